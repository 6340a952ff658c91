/**
 * Builds the Pagefind search index as the last step of `astro build`, so the one build command
 * produces a searchable site. Only elements marked `data-pagefind-body` (the main content) are
 * indexed; Pagefind makes one index per `<html lang>`. Pages without that mark (English standing
 * in for a translation, search, 404) are not even handed to Pagefind: most pages of a
 * seventeen-language site are such pages, and parsing them for nothing would double its time.
 *
 * Pages in Khmer, Lao and Burmese are indexed from a copy with their words set apart
 * (src/i18n/segment.ts): Pagefind does not split these scripts itself. The files in dist/ are
 * untouched, so readers see the text as written.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { transform } from 'esbuild';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { needsSplitting, splitForIndex } from '../i18n/segment.ts';

/** Pagefind's ready-made interfaces: the site has its own small search script (src/scripts/search.ts). */
const unusedPagefindFiles = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-worker.js',
];

/** The copy of a page Pagefind indexes: its words split where its language needs it. */
export function indexCopy(html: string): string {
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (!lang || !needsSplitting(lang)) return html;
  const tree = fromHtml(html);
  visit(tree, (node) => {
    if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return SKIP;
    if (node.type === 'text') node.value = splitForIndex(node.value, lang);
    return undefined;
  });
  return toHtml(tree);
}

export function pagefind(): AstroIntegration {
  return {
    name: 'asec:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = readdirSync(site, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith('.html'))
          .map((d) => join(d.parentPath, d.name))
          .sort()
          .map((file) => ({ file, content: readFileSync(file, 'utf8') }))
          .filter(({ content }) => content.includes('data-pagefind-body'));
        const added = await Promise.all(
          pages.map(({ file, content }) => {
            // The address Pagefind itself gives a file: its folder, from the site root.
            const url = `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');
            return index.addHTMLFile({ url, content: indexCopy(content) });
          }),
        );
        const failed = added.flatMap((a) => a.errors);
        if (failed.length) throw new Error(`Pagefind could not index the site: ${failed.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        for (const file of unusedPagefindFiles) rmSync(join(site, 'pagefind', file), { force: true });
        // Pagefind ships its loader unmangled: minified it is 1.8 KB smaller gzipped, which every
        // first search downloads.
        const loader = join(site, 'pagefind', 'pagefind.js');
        writeFileSync(loader, (await transform(readFileSync(loader, 'utf8'), { minify: true, format: 'esm', target: 'es2022' })).code);
        logger.info(`indexed ${added.length} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

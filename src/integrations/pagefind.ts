/**
 * Builds the Pagefind search index as the last step of `astro build`, so the one build command
 * produces a searchable site. Only elements marked `data-pagefind-body` (the main content) are
 * indexed; Pagefind makes one index per `<html lang>`. Pages without that mark (English standing
 * in for a translation, search, 404) are not even handed to Pagefind: most pages of a
 * seventeen-language site are such pages, and parsing them for nothing would double its time.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

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
            return index.addHTMLFile({ url, content });
          }),
        );
        const failed = added.flatMap((a) => a.errors);
        if (failed.length) throw new Error(`Pagefind could not index the site: ${failed.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${added.length} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

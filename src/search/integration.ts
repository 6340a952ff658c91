/**
 * Builds the Pagefind search indexes as the last step of `astro build`, so the one build command
 * produces a searchable site. Only elements marked `data-pagefind-body` (the main content) are
 * indexed. Each language gets a bundle of its own (pagefind/<language>/): a search, or saving a
 * language for offline reading, fetches only that language's files. Pages without that mark
 * (search, 404, the lists, the review view) are not even handed to Pagefind: parsing them for
 * nothing would double its time. A page showing English for a missing translation is indexed by
 * its title and the headings in the reader's language only (its English text is left out, as any
 * passage in another language is), and marked as English (`language` meta) for its result to say so.
 *
 * Pages in the six languages written without spaces are indexed from a copy with their words set
 * apart (src/search/text.ts). The files in dist/ are untouched, so readers see the text as
 * written.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { close, createIndex } from 'pagefind';
import { transform } from 'esbuild';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { baseLanguage, indexLanguage, needsSplitting, splitForIndex, WORD_BREAK, WORDS_FILE } from './text.ts';
import { localeOfTag, locales, type Locale } from '../i18n/locales.ts';
import { searchBundle } from './paths.ts';
import { sections } from '../site/routes.ts';

/** Pagefind's ready-made interfaces: the site has its own small search script (src/search/client.ts). */
const unusedPagefindFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** A built page's `<html lang>`. */
const pageLanguage = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

/**
 * The page without its inline stylesheets, for parsing: they hold no text to search, and they
 * are most of a page's characters (13 of 22 KB), each of which the HTML parser reads one by one.
 */
const withoutStyles = (html: string) => html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');

/**
 * The copy of a page Pagefind indexes. Its words are split where its language needs it, and
 * passages in another language are left out: a quote kept in English before its translation, a
 * name in its own script. They are shown on the page but are not text of this language's index.
 * Text nodes are split apart too: Pagefind joins the text of inline elements, so links listed with
 * 、 between them (`<a>孟加拉国</a>、<a>柬埔寨</a>`) would be one word. The words of the main
 * content are added to `words`, when given: the list the search script splits queries with. With
 * the language's `vocabulary` (addPageWords), a word is indexed as the words it holds (wordParts).
 */
export function indexCopy(html: string, names: readonly string[] = [], words?: Set<string>, vocabulary?: ReadonlySet<string>): string {
  const lang = pageLanguage(html);
  if (!lang) return html;
  html = withNames(html, names);
  const split = needsSplitting(lang);
  if (!split) {
    // Nothing to split: only the passages in another language to mark, which needs no tree of the page.
    const body = Math.max(0, html.indexOf('data-pagefind-body'));
    const marked = withOtherLanguagesIgnored(html.slice(body), lang);
    if (marked !== undefined) return html.slice(0, body) + marked;
  }
  const tree = fromHtml(withoutStyles(html));
  const indexed = new Set<unknown>();
  visit(tree, 'element', (node) => {
    if (node.properties['dataPagefindBody'] === undefined) return undefined;
    // Not what search leaves out (the timeline, source notes): a word split there alone would
    // make the query split differently from the same text in the indexed prose.
    visit(node, (inner) => {
      if (inner.type === 'element' && inner.properties['dataPagefindIgnore'] !== undefined) return SKIP;
      if (inner.type === 'text') indexed.add(inner);
      return undefined;
    });
    return SKIP;
  });
  visit(tree, (node) => {
    if (node.type === 'element') {
      if (node.tagName === 'script' || node.tagName === 'style') return SKIP;
      const own = node.properties['lang'];
      // The title stays: it names the page, which is in this language's site whatever its text.
      if (node.tagName !== 'html' && node.tagName !== 'h1' && typeof own === 'string' && baseLanguage(own) !== baseLanguage(lang)) {
        node.properties['dataPagefindIgnore'] = '';
        return SKIP;
      }
    }
    if (node.type === 'text' && split) {
      const text = splitOnce(node.value, lang, indexed.has(node) ? words : undefined, vocabulary);
      // Set apart from the text of the elements around it (see above).
      node.value = text.replace(/^(?=\S)|(?<=\S)$/gu, WORD_BREAK);
    }
    return undefined;
  });
  // The names once more as written, for a query the browser splits otherwise (tried as typed).
  return split ? withNames(toHtml(tree), names) : toHtml(tree);
}

/**
 * A start tag as Astro and the Markdown pipeline write it: attribute values in double quotes (in
 * which `>` may stand, `"` never does), or none. Comments, scripts and stylesheets are matched
 * whole first, so that nothing inside them is taken for a tag; a tag written any other way is
 * matched by the last branch alone, and the page then goes the parser's way.
 */
const tagOrOpaque =
  /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1>|<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)(\s*\/?)>|<(?=[a-z])/gi;

/**
 * `html` with every element in another language than `lang` marked `data-pagefind-ignore`, the
 * title (h1) excepted: what the tree walk of indexCopy does to a page written with spaces, without
 * parsing it (parsing the pages shown in English took most of the build's search time). Undefined
 * for a tag this does not read.
 */
function withOtherLanguagesIgnored(html: string, lang: string): string | undefined {
  let unread = false;
  const marked = html.replace(tagOrOpaque, (tag, opaque?: string, name?: string, attributes = '', end = '') => {
    if (opaque || tag.startsWith('<!--')) return tag;
    if (!name) unread = true;
    if (!name || /^(h1|html)$/i.test(name) || /\sdata-pagefind-ignore(?=[\s=]|$)/i.test(attributes)) return tag;
    const own = /\slang="([^"]*)"/i.exec(attributes)?.[1];
    return own !== undefined && baseLanguage(own) !== baseLanguage(lang) ? `<${name}${attributes} data-pagefind-ignore${end}>` : tag;
  });
  return unread ? undefined : marked;
}

/**
 * Every page repeats most of its texts (the menu, the footer, the headings of its kind), and the
 * splitting of a text (with Intl.Segmenter) costs more than looking it up: each text is split once
 * per language, the words it gave kept with it. Per vocabulary, so they go with it.
 */
const splits = new WeakMap<ReadonlySet<string>, Map<string, { text: string; words: string[] }>>();
const splitTexts = new WeakMap<ReadonlySet<string>, Set<string>>();

/** splitForIndex, split once for each text and vocabulary. */
function splitOnce(text: string, lang: string, words: Set<string> | undefined, vocabulary: ReadonlySet<string> | undefined): string {
  if (!vocabulary) return splitForIndex(text, lang, words);
  let known = splits.get(vocabulary);
  if (!known) splits.set(vocabulary, (known = new Map()));
  let split = known.get(text);
  if (!split) {
    const found = new Set<string>();
    split = { text: splitForIndex(text, lang, found, vocabulary), words: [...found] };
    known.set(text, split);
  }
  for (const word of split.words) words?.add(word);
  return split.text;
}

/** Adds the words of a text to `vocabulary`: a text added before adds nothing new. */
function addWords(text: string, lang: string, vocabulary: Set<string>): void {
  let added = splitTexts.get(vocabulary);
  if (!added) splitTexts.set(vocabulary, (added = new Set()));
  if (added.has(text)) return;
  added.add(text);
  splitForIndex(text, lang, vocabulary);
}

/**
 * Adds to `vocabulary` the words of a page in a language split here: all its text in that language,
 * its description included, whether search indexes it or not (wordParts).
 */
export function addPageWords(html: string, vocabulary: Set<string>): void {
  const lang = pageLanguage(html);
  if (!lang || !needsSplitting(lang)) return;
  visit(fromHtml(withoutStyles(html)), (node) => {
    if (node.type === 'element') {
      if (node.tagName === 'script' || node.tagName === 'style') return SKIP;
      const own = node.properties['lang'];
      if (typeof own === 'string' && baseLanguage(own) !== baseLanguage(lang)) return SKIP;
      const content = node.properties['content'];
      if (node.tagName === 'meta' && node.properties['name'] === 'description' && typeof content === 'string')
        addWords(content, lang, vocabulary);
    }
    if (node.type === 'text') addWords(node.value, lang, vocabulary);
    return undefined;
  });
}

/**
 * A country page's other names, indexed with its title's weight right after it: the name the
 * platform gives it in the page's language (`Intl.DisplayNames`, which may differ from the
 * translation's: "Myanmar (Burma)", ملائشیا beside ملائیشیا) and in English, which browsers without
 * the language's data show. So a name a reader has seen anywhere finds the country's page first.
 */
export function countryNames(lang: string, code: string): string[] {
  return [...new Set([lang, 'en'].map((l) => new Intl.DisplayNames([l], { type: 'region' }).of(code) ?? code))];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page with names added after the title of its indexed part (index copy only). */
function withNames(html: string, names: readonly string[]): string {
  const body = html.indexOf('data-pagefind-body');
  const title = html.indexOf('</h1>', body);
  if (!names.length || body === -1 || title === -1) return html;
  const at = title + '</h1>'.length;
  return `${html.slice(0, at)}<p data-pagefind-weight="10">${names.map(escapeHtml).join(' · ')}</p>${html.slice(at)}`;
}

/** Each country's code by the name of its page (its English file's name, without .md). */
function countryCodes(root: string): Map<string, string> {
  const dir = join(root, 'content', 'countries', 'en');
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => [basename(f, '.md'), (parseFrontmatter(readFileSync(join(dir, f), 'utf8')).frontmatter as { code: string }).code]),
  );
}

/**
 * Words per index chunk (Pagefind's default is 20,000 word locations). A search downloads only the
 * chunks holding its words: chunks this small keep the worst first search (two chunks, with the
 * word list of a language written without spaces) within its 100 KB budget, and a second search
 * within 20 KB. Read by the Pagefind binary from its environment (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE,
 * in Pagefind since 1.5).
 */
export const indexChunkSize = 1000;

export function pagefind(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'asec:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const codes = countryCodes(root);
        // Before the first createIndex starts Pagefind's service, which inherits the environment.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize);
        // Each page's file, not its text: the text is read again where it is used, so the build
        // never holds every page (and every index copy) in memory at once.
        const pages = new Map<Locale, { url: string; file: string; names: string[] }[]>();
        for (const d of readdirSync(site, { recursive: true, withFileTypes: true })) {
          if (!d.isFile() || !d.name.endsWith('.html')) continue;
          const file = join(d.parentPath, d.name);
          const content = readFileSync(file, 'utf8');
          if (!content.includes('data-pagefind-body')) continue;
          const locale = localeOfTag(pageLanguage(content));
          if (!locale) throw new Error(`${relative(site, file)} is marked for search but its <html lang> is not a language of the site`);
          // The address Pagefind itself gives a file: its folder, from the site root.
          const url = `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          const country = new RegExp(`/${sections.countries}/([^/]+)/$`).exec(url)?.[1];
          const code = country === undefined ? undefined : codes.get(country);
          if (country !== undefined && !code) throw new Error(`${relative(site, file)} is a country page without an English country file`);
          const names = code ? countryNames(locales[locale].lang, code) : [];
          pages.set(locale, [...(pages.get(locale) ?? []), { url, file, names }]);
        }
        const counts = await Promise.all(
          [...pages]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(async ([locale, list]) => {
              const { index, errors } = await createIndex({ forceLanguage: indexLanguage(locales[locale].lang) });
              if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
              list.sort((a, b) => a.url.localeCompare(b.url));
              // The language's words first, for the index to hold those inside longer ones (wordParts).
              const vocabulary = new Set<string>();
              for (const { file } of list) addPageWords(readFileSync(file, 'utf8'), vocabulary);
              const words = new Set<string>();
              // One page at a time per language, in order (the languages side by side keep Pagefind busy).
              const added = [];
              for (const { url, file, names } of list)
                added.push(await index.addHTMLFile({ url, content: indexCopy(readFileSync(file, 'utf8'), names, words, vocabulary) }));
              const failed = added.flatMap((a) => a.errors);
              if (failed.length) throw new Error(`Pagefind could not index the ${locale} pages: ${failed.join('; ')}`);
              const bundle = join(site, searchBundle(locale));
              const written = await index.writeFiles({ outputPath: bundle });
              if (written.errors.length) throw new Error(`Pagefind could not write the ${locale} index: ${written.errors.join('; ')}`);
              for (const file of unusedPagefindFiles) rmSync(join(bundle, file), { force: true });
              // The index's words, for the search script to split queries into (src/search/text.ts).
              if (words.size) writeFileSync(join(bundle, WORDS_FILE), [...words].sort().join('\n'));
              // Pagefind writes a generic WebAssembly beside a language's own (with its stemmer); a
              // search loads only the one its index names, and saving for offline fetches the bundle.
              const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
                languages: Record<string, { wasm: string | null }>;
              };
              const used = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
              for (const file of readdirSync(bundle)) if (file.startsWith('wasm.') && !used.has(file)) rmSync(join(bundle, file));
              // Pagefind ships its loader unmangled: minified it is 1.8 KB smaller gzipped, which every
              // first search downloads.
              const loader = join(bundle, 'pagefind.js');
              writeFileSync(
                loader,
                (await transform(readFileSync(loader, 'utf8'), { minify: true, format: 'esm', target: 'es2022' })).code,
              );
              return added.length;
            }),
        );
        await close();
        logger.info(
          `indexed ${counts.reduce((a, b) => a + b, 0)} pages in ${Math.round(performance.now() - started)} ms (${pages.size} languages)`,
        );
      },
    },
  };
}

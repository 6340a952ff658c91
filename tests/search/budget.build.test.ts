/**
 * The first-search budget for any query, not only the query table's: the worst case each
 * language's bundle allows. A first search downloads the search script, Pagefind's loader, its
 * entry file, the WebAssembly its index names, the index's metadata, the type filter (the counts),
 * in the languages written without spaces the index's word list (words.txt, which splits the query),
 * the index chunks holding the query's words, and the text of each result shown. The worst case
 * takes the largest chunk, twice (a word's prefix may span two chunks, and a query of two words
 * may need two), and the largest texts of a full first page of results. Counted as the browser
 * test counts them: each file gzipped as GitHub Pages sends it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { localeKeys, type Locale } from '../../src/i18n/locales.ts';
import { budgets } from '../../src/site/budgets.ts';
import { resultsShown, searchBundle } from '../../src/search/paths.ts';
import { basePath, distDir, fileForPath, pathIn } from '../helpers/dist.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
/** The largest n of a list of sizes, added up. */
const largest = (sizes: number[], n: number) =>
  [...sizes]
    .sort((a, b) => b - a)
    .slice(0, n)
    .reduce((a, b) => a + b, 0);

/** The search page's own script (every page has the service worker's registration besides). */
function searchScript(locale: Locale): string {
  const scripts = (path: string) =>
    parse(readFileSync(fileForPath(path)!, 'utf8'))
      .querySelectorAll('script[src]')
      .map((e) => e.getAttribute('src')!);
  const own = scripts(pathIn(locale, 'search')).filter((src) => !scripts(pathIn(locale, '')).includes(src));
  expect(own).toHaveLength(1);
  return join(distDir, own[0]!.slice(basePath.length));
}

/** The worst first search a language's bundle allows, file by file. */
export function worstFirstSearch(locale: Locale) {
  const bundle = join(distDir, searchBundle(locale));
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string | null }>;
  };
  const wasm = Object.values(entry.languages).map((l) => join(bundle, `wasm.${l.wasm ?? 'unknown'}.pagefind`));
  const files = (dir: string) => readdirSync(join(bundle, dir)).map((f) => gz(join(bundle, dir, f)));
  const chunks = files('index');
  const fragments = files('fragment');
  const parts = {
    script: gz(searchScript(locale)),
    loader: gz(join(bundle, 'pagefind.js')) + gz(join(bundle, 'pagefind-entry.json')),
    wasm: wasm.reduce((sum, f) => sum + gz(f), 0),
    meta: readdirSync(bundle)
      .filter((f) => f.endsWith('.pf_meta'))
      .reduce((sum, f) => sum + gz(join(bundle, f)), 0),
    filters: files('filter').reduce((a, b) => a + b, 0),
    words: existsSync(join(bundle, 'words.txt')) ? gz(join(bundle, 'words.txt')) : 0,
    chunks: largest(chunks, 1) * 2,
    results: largest(fragments, resultsShown),
  };
  expect(chunks.length).toBeGreaterThan(0);
  expect(fragments.length).toBeGreaterThanOrEqual(resultsShown);
  return { parts, total: Object.values(parts).reduce((a, b) => a + b, 0) };
}

describe(`a first search downloads at most ${kb(budgets.firstSearchBytes)}, whatever the query`, () => {
  it.each(localeKeys)('%s', (locale) => {
    const { parts, total } = worstFirstSearch(locale);
    console.log(
      `${locale} worst first search: ${total} bytes, ${kb(total)} (${Object.entries(parts)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ')})`,
    );
    expect(total).toBeLessThanOrEqual(budgets.firstSearchBytes);
  });
});

/** Page-weight budgets over dist/ (src/site/budgets.ts); the browser test measures the same in Chromium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { budgets } from '../../src/site/budgets.ts';
import { basePath, distDir, htmlPages } from '../helpers/dist.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

describe('page weight', () => {
  const pages = htmlPages();

  it(`every page is at most ${kb(budgets.pageBytes)} gzipped and needs at most ${budgets.pageRequests} requests`, () => {
    const rows: { path: string; bytes: number; requests: number }[] = [];
    for (const { path, file } of pages) {
      const html = readFileSync(file, 'utf8');
      const doc = parse(html);
      const subresources = [
        ...doc.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"]').map((e) => e.getAttribute('href')),
        ...doc.querySelectorAll('script[src], img[src]').map((e) => e.getAttribute('src')),
      ];
      rows.push({ path, bytes: gz(html), requests: 1 + subresources.length });
      expect(gz(html), path).toBeLessThanOrEqual(budgets.pageBytes);
      // Search and "Read offline" load a script of their own, for what a visitor does there.
      if (!path.endsWith('/search/') && !path.endsWith('/offline/'))
        expect(1 + subresources.length, path).toBeLessThanOrEqual(budgets.pageRequests);
    }
    const line = (r: (typeof rows)[number]) => `${r.path.padEnd(44)} ${kb(r.bytes).padStart(8)}  ${r.requests} requests`;
    const countries = rows.filter((r) =>
      /^\/(|th\/|ur\/|km\/)countries\/(bangladesh|thailand|pakistan|cambodia)\/$/.test(r.path.slice(basePath.length - 1)),
    );
    const heaviest = [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, 8);
    console.log(
      `Page weights (HTML with inlined CSS, gzip), ${rows.length} pages.\nHeaviest:\n${heaviest.map(line).join('\n')}\nCountry pages:\n${countries.map(line).join('\n')}`,
    );
    expect(rows.length).toBeGreaterThan(400);
  });

  it(`the search script is at most ${kb(budgets.searchScriptBytes)} gzipped`, () => {
    const scriptsOf = (path: string) =>
      parse(readFileSync(pages.find((p) => p.path === path)!.file, 'utf8'))
        .querySelectorAll('script[src]')
        .map((e) => e.getAttribute('src')!);
    // Every page has the service worker's registration (tests/offline); the search page one script more.
    const registration = scriptsOf(basePath);
    const scripts = scriptsOf(`${basePath}search/`).filter((src) => !registration.includes(src));
    expect(scripts).toHaveLength(1);
    const size = gz(readFileSync(join(distDir, scripts[0]!.slice(basePath.length))));
    console.log(`Search script: ${kb(size)} gzip`);
    expect(size).toBeLessThanOrEqual(budgets.searchScriptBytes);
  });
});

/** Page-weight budgets over dist/ (src/budgets.ts); the browser test measures the same in Chromium. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { budgets } from '../../src/budgets.ts';
import { basePath, distDir, htmlPages } from '../helpers/dist.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

describe('page weight', () => {
  const pages = htmlPages();

  it(`every page is at most ${kb(budgets.pageBytes)} gzipped and needs at most ${budgets.pageRequests} requests`, () => {
    const rows: string[] = [];
    for (const { path, file } of pages) {
      const html = readFileSync(file, 'utf8');
      const doc = parse(html);
      const subresources = [
        ...doc.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"]').map((e) => e.getAttribute('href')),
        ...doc.querySelectorAll('script[src], img[src]').map((e) => e.getAttribute('src')),
      ];
      rows.push(`${path.padEnd(42)} ${kb(gz(html)).padStart(8)}  ${1 + subresources.length} requests`);
      expect(gz(html), path).toBeLessThanOrEqual(budgets.pageBytes);
      if (path !== `${basePath}search/`) expect(1 + subresources.length, path).toBeLessThanOrEqual(budgets.pageRequests);
    }
    console.log(`Page weights (HTML with inlined CSS, gzip):\n${rows.join('\n')}`);
  });

  it(`the search script is at most ${kb(budgets.searchScriptBytes)} gzipped`, () => {
    const scripts = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
    expect(scripts).toHaveLength(1);
    const size = gz(readFileSync(join(distDir, '_astro', scripts[0]!)));
    console.log(`Search script: ${kb(size)} gzip`);
    expect(size).toBeLessThanOrEqual(budgets.searchScriptBytes);
  });
});

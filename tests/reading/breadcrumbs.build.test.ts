/** Country and leader pages lead back to their section, in every language (a page's contents list must not stand in for it). */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { htmlPages, localeOfPath, pathIn } from '../helpers/dist.ts';
import { readFileSync } from 'node:fs';

describe('breadcrumbs', () => {
  it("each country and leader page links to its section's index", () => {
    const pages = htmlPages().filter((p) => /\/(countries|leaders)\/[^/]+\/$/.test(p.path) && !p.path.includes('/review/'));
    expect(pages.length).toBeGreaterThanOrEqual(17 * 19);
    for (const { path, file } of pages) {
      const section = /\/(countries|leaders)\/[^/]+\/$/.exec(path)![1]!;
      const links = parse(readFileSync(file, 'utf8'))
        .querySelectorAll('.breadcrumbs a')
        .map((a) => a.getAttribute('href'));
      expect(links, path).toEqual([pathIn(localeOfPath(path), ''), pathIn(localeOfPath(path), section)]);
    }
  });
});

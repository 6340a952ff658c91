/**
 * The Lighthouse gate for one form factor, with settings for it, on the home page, a country, a
 * biography, the search page, a Thai country page and the Urdu home page: accessibility, best
 * practices and SEO must score 100, and a failure names the audits that cost points. A run mostly
 * waits for the page to settle (about half a core busy), and Lighthouse allows one run per
 * process at a time: so each form factor's pages are split in two halves, each half a test file
 * of its own with its own browser, and vitest runs the four side by side. Performance is
 * measured alone, by `npm run performance` and `npm run bench`.
 */
import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { audit, gatedCategories, launchChrome, measuredPages, type Audit } from '../../scripts/lib/lighthouse.ts';

/** The measured pages of one half (1 or 2): every other page, so each half has a Latin and a non-Latin page. */
export const halfOf = (half: 1 | 2) => measuredPages.filter((_, i) => i % 2 === half - 1);

export function lighthouseGate(formFactor: Audit['formFactor'], half: 1 | 2) {
  const site = inject('siteUrl');
  let chrome: LaunchedChrome;
  beforeAll(async () => {
    chrome = await launchChrome();
  });
  afterAll(() => {
    chrome?.kill();
  });

  it('the two halves hold every measured page once', () => {
    expect([...halfOf(1), ...halfOf(2)].sort()).toEqual([...measuredPages].sort());
  });

  it.each(halfOf(half))(
    `${formFactor}: /%s scores 100 in accessibility, best practices and SEO`,
    async (path) => {
      const result = await audit(chrome.port, new URL(path, site).href, formFactor, gatedCategories);
      console.log(
        `${formFactor} /${path}: ${Object.entries(result.scores)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
      expect(Object.keys(result.scores).sort()).toEqual([...gatedCategories].sort());
      expect(
        gatedCategories.flatMap((id) =>
          result.scores[id]! < 100 ? [`${id} ${result.scores[id]}: ${result.failures[id]?.join(', ') || 'no weighted audit failed'}`] : [],
        ),
      ).toEqual([]);
    },
    120_000,
  );
}

/**
 * The Lighthouse gate for one form factor, with settings for it, on the home page, a country, a
 * biography, the search page, a Thai country page and the Urdu home page: accessibility, best
 * practices and SEO must score 100, and a failure names the audits that cost points. Lighthouse
 * allows one run per process at a time, so each form factor has a test file of its own, and vitest
 * runs the two side by side, each with its own browser. Performance is measured alone, by
 * `npm run performance` and `npm run bench`.
 */
import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { audit, gatedCategories, launchChrome, measuredPages, type Audit } from '../../scripts/lib/lighthouse.ts';

export function lighthouseGate(formFactor: Audit['formFactor']) {
  const site = inject('siteUrl');
  let chrome: LaunchedChrome;
  beforeAll(async () => {
    chrome = await launchChrome();
  });
  afterAll(() => {
    chrome?.kill();
  });

  it.each(measuredPages)(
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

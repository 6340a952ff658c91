/**
 * Lighthouse (pinned, driving Debian's Chromium) with mobile settings on the home page, a country, a
 * biography, the search page, a Thai country page and the Urdu home page: accessibility, best
 * practices and SEO must score 100, and a failure names the audits that cost points. The mobile and
 * desktop files run side by side, each with its own browser; performance is measured alone, by
 * `npm run performance` and `npm run bench`.
 */
import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { audit, gatedCategories, launchChrome, measuredPages } from '../../scripts/lighthouse.ts';

const site = inject('siteUrl');
let chrome: LaunchedChrome;

beforeAll(async () => {
  chrome = await launchChrome();
});
afterAll(() => {
  chrome?.kill();
});

it.each(measuredPages)('mobile: /%s scores 100 in accessibility, best practices and SEO', async (path) => {
  const result = await audit(chrome.port, new URL(path, site).href, 'mobile', gatedCategories);
  console.log(`mobile /${path}: ${Object.entries(result.scores).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  expect(Object.keys(result.scores).sort()).toEqual([...gatedCategories].sort());
  expect(gatedCategories.flatMap((id) => (result.scores[id]! < 100 ? [`${id} ${result.scores[id]}: ${result.failures[id]?.join(', ') || 'no weighted audit failed'}`] : []))).toEqual([]);
}, 120_000);

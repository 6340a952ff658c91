/**
 * Lighthouse (pinned, driving Debian's Chromium) on the home page, a country, a biography, the
 * search page, a Thai country page and the Urdu home page, with mobile and desktop settings:
 * accessibility, best practices and SEO must score 100, and a failure names the audits that cost
 * points. Performance is measured too, but on a shared runner it is noise, not a gate: its scores
 * go to lighthouse-performance.json for the pull-request summary, and `npm run bench` reports it.
 */
import { writeFileSync } from 'node:fs';
import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, launchChrome, type Audit } from '../../scripts/lighthouse.ts';

const site = inject('siteUrl');
const gated = ['accessibility', 'best-practices', 'seo'] as const;
let chrome: LaunchedChrome;
const audits: Audit[] = [];

beforeAll(async () => {
  chrome = await launchChrome();
});
afterAll(() => {
  chrome?.kill();
  writeFileSync('lighthouse-performance.json', `${JSON.stringify(audits.map((a) => ({ path: new URL(a.url).pathname, formFactor: a.formFactor, performance: a.scores.performance })), null, 2)}\n`);
  console.log(`Lighthouse scores:\n${audits.map((a) => `${a.formFactor} ${new URL(a.url).pathname}: ${Object.entries(a.scores).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('\n')}`);
});

const pages = ['', 'countries/nepal/', 'leaders/eri-trinurini-adhi/', 'search/', 'th/countries/thailand/', 'ur/'];

describe.each(['mobile', 'desktop'] as const)('Lighthouse, %s', (formFactor) => {
  it.each(pages)('/%s scores 100 in accessibility, best practices and SEO', async (path) => {
    const result = await audit(chrome.port, new URL(path, site).href, formFactor);
    audits.push(result);
    expect(gated.flatMap((id) => (result.scores[id] < 100 ? [`${id} ${result.scores[id]}: ${result.failures[id]?.join(', ') || 'no weighted audit failed'}`] : []))).toEqual([]);
    expect(result.scores.performance).toBeGreaterThan(0);
  }, 120_000);
});

/**
 * Lighthouse (pinned, driving Debian's Chromium) on the home page, a country, a biography, the
 * search page, a Thai country page and the Urdu home page, with mobile and desktop settings:
 * every category must score 100, and a failure names the audits that cost points.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';

const site = inject('siteUrl');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
let chrome: chromeLauncher.LaunchedChrome;

beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    logLevel: 'silent',
  });
});
afterAll(() => {
  chrome?.kill();
});

const pages = ['', 'countries/nepal/', 'leaders/eri-trinurini-adhi/', 'search/', 'th/countries/thailand/', 'ur/'];
const scores: string[] = [];

describe.each(['mobile', 'desktop'] as const)('Lighthouse, %s', (formFactor) => {
  it.each(pages)('/%s scores 100 in every category', async (path) => {
    const result = await lighthouse(
      new URL(path, site).href,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result!.lhr;
    const failures: string[] = [];
    for (const id of categories) {
      const category = lhr.categories[id]!;
      const score = Math.round((category.score ?? 0) * 100);
      if (score < 100) {
        const audits = category.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.score})`);
        failures.push(`${id} ${score}: ${audits.join(', ') || 'no weighted audit failed'}`);
      }
    }
    scores.push(`${formFactor} /${path}: ${categories.map((id) => `${id} ${Math.round((lhr.categories[id]!.score ?? 0) * 100)}`).join(', ')}`);
    expect(failures).toEqual([]);
  }, 120_000);
});

afterAll(() => console.log(`Lighthouse scores:\n${scores.join('\n')}`));

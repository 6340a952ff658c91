/**
 * The budgets of src/site/budgets.ts measured in Chromium: every response a page load fetches,
 * gzipped as GitHub Pages would send it. The search budgets are measured in every language by
 * tests/search/search.browser.test.ts.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { budgets } from '../../src/site/budgets.ts';
import { useBrowser } from '../helpers/browser.ts';

const site = inject('siteUrl');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const browser = useBrowser();

/** Records every response from now on: its URL, resource type and gzipped size. */
function record(page: Page) {
  const seen: { url: string; type: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) =>
          void seen.push({ url: response.url(), type: response.request().resourceType(), bytes: gzipSync(body, { level: 9 }).length }),
        () => undefined,
      ),
    );
  });
  return async () => {
    await Promise.all(pending);
    return seen;
  };
}

describe('in the browser', () => {
  it.each([
    'about/',
    'countries/bangladesh/',
    'leaders/denison-jayasooria/',
    '',
    'th/countries/thailand/',
    'ur/countries/pakistan/',
    'km/countries/cambodia/',
    'th/',
    'ur/history/',
  ])("/%s loads within budget, its one script the service worker's registration", async (path) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const done = record(page);
    await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
    const responses = await done();
    const total = responses.reduce((sum, r) => sum + r.bytes, 0);
    console.log(
      `/${path}: ${responses.length} requests, ${kb(total)} (${responses.map((r) => `${new URL(r.url).pathname} ${kb(r.bytes)}`).join(', ')})`,
    );
    expect(responses.length).toBeLessThanOrEqual(budgets.pageRequests);
    expect(total).toBeLessThanOrEqual(budgets.pageBytes);
    // The one script is the registration of the service worker (tests/offline), within its own budget.
    const scripts = responses.filter((r) => r.type === 'script');
    expect(scripts).toHaveLength(1);
    expect(await page.evaluate(() => [...document.scripts].map((s) => s.src))).toEqual([scripts[0]!.url]);
    expect(scripts[0]!.bytes).toBeLessThanOrEqual(budgets.registrationScriptBytes);
    await context.close();
  });
});

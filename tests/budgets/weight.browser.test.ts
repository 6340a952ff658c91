/**
 * The budgets of src/site/budgets.ts measured in Chromium: every response a page load or a first
 * search fetches, gzipped as GitHub Pages would send it.
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
        (body) => void seen.push({ url: response.url(), type: response.request().resourceType(), bytes: gzipSync(body, { level: 9 }).length }),
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
  it.each(['about/', 'countries/bangladesh/', 'leaders/denison-jayasooria/', '', 'th/countries/thailand/', 'ur/countries/pakistan/', 'km/countries/cambodia/', 'th/', 'ur/history/'])('/%s loads within budget, with no script', async (path) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const done = record(page);
    await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
    const responses = await done();
    const total = responses.reduce((sum, r) => sum + r.bytes, 0);
    console.log(`/${path}: ${responses.length} requests, ${kb(total)} (${responses.map((r) => `${new URL(r.url).pathname} ${kb(r.bytes)}`).join(', ')})`);
    expect(responses.length).toBeLessThanOrEqual(budgets.pageRequests);
    expect(total).toBeLessThanOrEqual(budgets.pageBytes);
    expect(responses.filter((r) => r.type === 'script')).toEqual([]);
    await context.close();
  });

  it(`a first search downloads at most ${kb(budgets.firstSearchBytes)}, its code included`, async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(new URL('search/', site).href, { waitUntil: 'networkidle' });
    const done = record(page);
    await page.locator('#search-input').fill('cooperative');
    await page.locator('#search-results a').first().waitFor();
    await page.waitForLoadState('networkidle');
    const responses = await done();
    const script = (await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/_astro/')).map((e) => e.name)));
    const scriptBytes = gzipSync(Buffer.from(await (await page.request.get(script[0]!)).body()), { level: 9 }).length;
    // The favicon is the page's, not the search's.
    const searchResponses = responses.filter((r) => !r.url.endsWith('/favicon.svg'));
    const total = searchResponses.reduce((sum, r) => sum + r.bytes, 0) + scriptBytes;
    console.log(`First search: ${kb(total)} in ${searchResponses.length + 1} requests (search script ${kb(scriptBytes)}, ${searchResponses.map((r) => `${new URL(r.url).pathname.split('/').pop()} ${kb(r.bytes)}`).join(', ')})`);
    expect(script).toHaveLength(1);
    expect(searchResponses.some((r) => r.url.includes('/pagefind/'))).toBe(true);
    expect(total).toBeLessThanOrEqual(budgets.firstSearchBytes);
    await context.close();
  });
});

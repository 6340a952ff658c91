/**
 * The search page around the results: the status line (what a screen reader announces) repeats a
 * long query only in part, and switching language keeps the query.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { pathIn } from '../helpers/dist.ts';
import { runSearch } from './search-page.ts';

const site = inject('siteUrl');
const browser = useBrowser();

describe('the status line', () => {
  it.each([
    ['en', 'cooperative '],
    ['th', 'สหกรณ์'],
    ['ur', 'صوبے '],
  ] as const)('%s: a long query is cut short, not read out whole', async (locale, word) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(new URL(pathIn(locale, 'search'), site).href);
    const query = word.repeat(Math.ceil(2000 / word.length)).slice(0, 2000);
    await runSearch(page, query);
    const status = (await page.locator('#search-status').textContent())!;
    expect(status).not.toContain(query);
    // The count, and the start of the query to tell which search it is.
    expect(status.length).toBeLessThan(200);
    expect(status).toContain(query.slice(0, 20).trim());
    await context.close();
  });
});

describe('switching language on the search page', () => {
  it('keeps the query and the type', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(new URL(pathIn('th', 'search'), site).href);
    await runSearch(page, 'SANASA');
    await page.locator('input[name="type"][value="country"]').check();
    await page.waitForURL((url) => url.searchParams.get('type') === 'country');
    // The language menu's link to the English search page.
    const english = page.locator(`.language-menu a[hreflang="en"]`);
    const href = new URL((await english.getAttribute('href'))!, page.url());
    expect(href.pathname).toBe(pathIn('en', 'search'));
    expect(href.searchParams.get('q')).toBe('SANASA');
    expect(href.searchParams.get('type')).toBe('country');
    await page.locator('.language-menu summary').click();
    await Promise.all([page.waitForURL((url) => url.pathname === pathIn('en', 'search')), english.click()]);
    expect(await page.locator('#search-input').inputValue()).toBe('SANASA');
    expect(await page.locator('input[name="type"][value="country"]').isChecked()).toBe(true);
    await page.locator('#search-results li').first().waitFor();
    expect(new URL((await page.locator('#search-results a').first().getAttribute('href'))!, page.url()).pathname).toBe(
      pathIn('en', 'countries/sri-lanka'),
    );
    await context.close();
  });
});

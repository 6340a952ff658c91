/** Driving the search page in Chromium, for the search tests. */
import type { Page } from 'playwright-core';

/**
 * Searches for a query on the open search page as a visitor would (the box, then Enter) and waits
 * for the answer: the status line, emptied first by clearing the box, says something other than
 * "Searching…". Returns the path of the first result, if any.
 */
export async function runSearch(page: Page, query: string): Promise<string | undefined> {
  const input = page.locator('#search-input');
  await input.fill('');
  await input.press('Enter');
  await page.waitForFunction(() => document.getElementById('search-status')!.textContent === '');
  await input.fill(query);
  await input.press('Enter');
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')!.textContent ?? '';
    const { loading } = JSON.parse(document.querySelector<HTMLElement>('form[data-search]')!.dataset['messages']!) as { loading: string };
    return status !== '' && status !== loading;
  });
  // The results are on the page before the status names their count (src/search/client.ts).
  const href = await page.evaluate(() => document.querySelector('#search-results li a')?.getAttribute('href') ?? null);
  return href === null ? undefined : new URL(href, page.url()).pathname;
}

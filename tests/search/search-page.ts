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

/**
 * Many searches on the open search page, each typed into the box and submitted, run inside the
 * page one after another (a round trip to Chromium per query would cost more than the search).
 * The form gets the submit event that Enter would send it, dispatched directly: requestSubmit()
 * would first lay out the page to validate the form, a third of the browser's work per search
 * here, and runSearch presses Enter itself. Returns each query's results, as paths. With `texts`
 * (the searchable text of each page, by path), "Show more results" is pressed until a result
 * holds the query or there are no more; without, only the first results shown are returned.
 */
export async function searchAll(page: Page, queries: string[], texts: Record<string, string> = {}): Promise<string[][]> {
  return page.evaluate(
    async ([queries, texts]) => {
      const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
      const input = document.getElementById('search-input') as HTMLInputElement;
      const status = document.getElementById('search-status')!;
      const more = document.getElementById('search-more') as HTMLButtonElement;
      const { loading } = JSON.parse(form.dataset['messages']!) as { loading: string };
      const type = (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
      };
      const sleep = () => new Promise((r) => setTimeout(r, 5));
      const shown = () => [...document.querySelectorAll<HTMLAnchorElement>('#search-results li a')];
      const found: string[][] = [];
      for (const query of queries) {
        // Emptied first, so the next status is this query's (the search script writes it whole).
        status.textContent = '';
        type(query);
        const started = Date.now();
        // The answer repeats the query (its first 40 letters); the wait for Pagefind ("Searching…")
        // may hold its letters too (ក in Khmer).
        const echoed = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(query)]
          .slice(0, 40)
          .map((g) => g.segment)
          .join('')
          .trimEnd();
        const answered = () => {
          const text = status.textContent ?? '';
          return text !== loading && text.includes(echoed);
        };
        while (!answered() && Date.now() - started < 60_000) await sleep();
        if (Object.keys(texts).length) {
          const holds = () => shown().some((a) => texts[new URL(a.href).pathname]?.includes(query));
          while (!holds() && !more.hidden && Date.now() - started < 60_000) {
            const count = shown().length;
            more.click();
            while (shown().length === count && !more.hidden && Date.now() - started < 60_000) await sleep();
          }
        }
        found.push(shown().map((a) => new URL(a.href).pathname));
      }
      return found;
    },
    [queries, texts] as const,
  );
}

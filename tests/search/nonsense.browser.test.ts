/**
 * Letters that make no word, typed into the search page of a language written without spaces:
 * Pagefind answers a word it does not hold with the longest indexed word it begins with, and the
 * Thai index holds single letters (scraps of borrowed words), so such a query used to list pages
 * with nothing of the query marked. Now a result is shown only when its words are in the index:
 * every result marks a word of the query. Typed strings: two found by readers, and random ones per language.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales.ts';
import { useBrowser } from '../helpers/browser.ts';
import { pathIn } from '../helpers/dist.ts';
import { runSearch } from './search-page.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/**
 * Consonants of each script (no vowel signs): random runs of them are almost never words. Not
 * Burmese: Pagefind folds its vowel signs even with exact marks on, so a single letter of the
 * index (က) matches words that carry signs (ကို), a result that is right by Pagefind's rules.
 */
const letters: Partial<Record<Locale, string>> = {
  th: 'กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ',
  lo: 'ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮ',
  km: 'កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ',
};

/** A small seeded generator, so a failure can be typed again by hand. */
function randomRuns(alphabet: string, count: number, seed: number): string[] {
  const chars = [...alphabet];
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: 4 + Math.floor(next() * 3) }, () => chars[Math.floor(next() * chars.length)]).join(''),
  );
}

const cases = (Object.entries(letters) as [Locale, string][]).map(
  ([locale, alphabet], i) => [locale, [...(locale === 'th' ? ['กขคง', 'ฟหกดเ'] : []), ...randomRuns(alphabet, 8, 7 + i)]] as const,
);

describe('letters that make no word', () => {
  it.each(cases)('%s: every result shown marks a word of the query', async (locale, queries) => {
    expect(queries.length).toBeGreaterThanOrEqual(8);
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(new URL(pathIn(locale, 'search'), site).href);
    const unmarked: string[] = [];
    for (const query of queries) {
      await runSearch(page, query);
      const marks = await page
        .locator('#search-results li')
        .evaluateAll((items) => items.map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent!.trim())));
      // A match is a word of the query, or a word it begins (the query typed part way).
      const matched = (mark: string) => mark !== '' && (query.includes(mark) || mark.startsWith(query));
      if (marks.some((texts) => !texts.some(matched))) unmarked.push(`${query} (${marks.flat().join(' ')})`);
    }
    await context.close();
    expect(unmarked).toEqual([]);
  });

  it('th: the strings readers typed find nothing', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(new URL(pathIn('th', 'search'), site).href);
    for (const query of ['กขคง', 'ฟหกดเ']) expect(await runSearch(page, query), query).toBeUndefined();
    await context.close();
  });
});

/**
 * Two findings of the search page, typed into it in Chromium: Chinese links listed with 、 between
 * them are words of their own (not one match of a whole list), and Vietnamese words typed with
 * their tones find those words, not every word with the same letters.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales.ts';
import { useBrowser } from '../helpers/browser.ts';
import { fileForPath, htmlPages, localeOfPath, pathIn } from '../helpers/dist.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** Types a query, presses Enter, and returns the address and marked words of every result. */
async function search(page: Page, locale: Locale, query: string) {
  await page.goto(new URL(pathIn(locale, 'search'), site).href);
  await page.locator('#search-input').fill(query);
  await page.locator('#search-input').press('Enter');
  await page.waitForFunction((q) => (document.getElementById('search-status')?.textContent ?? '').includes(q), query);
  // Every result, not only the first five.
  while (await page.locator('#search-more').isVisible()) {
    const shown = await page.locator('#search-results li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown);
  }
  return page.locator('#search-results li').evaluateAll((items) =>
    items.map((li) => ({
      path: new URL(li.querySelector('a')!.href).pathname,
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

/** The searchable text of the built pages of a language that hold a phrase. */
const pagesWith = (locale: Locale, phrase: string) =>
  htmlPages()
    .filter(({ path, file }) => {
      const html = readFileSync(file, 'utf8');
      return (
        localeOfPath(path) === locale &&
        html.includes('data-pagefind-body') &&
        html
          .slice(html.indexOf('data-pagefind-body'))
          .replace(/<[^>]+>/g, '')
          .includes(phrase)
      );
    })
    .map(({ path }) => path);

describe('Chinese links listed with 、', () => {
  it('are words of their own: 孟加拉国 finds the About page, and marks no list around it', async () => {
    // The About page lists the sixteen countries as links, 、 between them.
    const about = readFileSync(fileForPath(pathIn('zh-hans', 'about'))!, 'utf8');
    expect(about).toMatch(/>孟加拉国<\/a>、<a /);
    const context = await browser().newContext();
    const results = await search(await context.newPage(), 'zh-hans', '孟加拉国');
    await context.close();
    expect(results.map((r) => r.path)).toContain(pathIn('zh-hans', 'about'));
    const marks = results.flatMap((r) => r.marks);
    expect(marks.length).toBeGreaterThan(0);
    // Words, never a run of names and the punctuation between them.
    for (const mark of marks) expect(mark).not.toMatch(/\p{P}/u);
    expect(results.find((r) => r.path === pathIn('zh-hans', 'about'))!.marks.some((mark) => mark.startsWith('孟加拉'))).toBe(true);
  });
});

describe('Vietnamese tones', () => {
  it('typed, find those words: “bàn tròn” (round table) finds the pages that hold it, and marks nothing else', async () => {
    const holding = pagesWith('vi', 'bàn tròn');
    expect(holding.length).toBeGreaterThan(1);
    const context = await browser().newContext();
    const results = await search(await context.newPage(), 'vi', 'bàn tròn');
    await context.close();
    expect(results.map((r) => r.path).sort()).toEqual(holding.sort());
    const marks = results.flatMap((r) => r.marks.map((m) => m.toLowerCase().normalize('NFC')));
    expect(marks.length).toBeGreaterThan(0);
    // Not trong (in), trông (look), bản (copy): other words with the same letters.
    expect(new Set(marks)).toEqual(new Set(['bàn', 'tròn']));
  });

  it('left out, find every word with those letters: “ban tron” still finds the round table', async () => {
    const holding = pagesWith('vi', 'bàn tròn');
    const context = await browser().newContext();
    const results = await search(await context.newPage(), 'vi', 'ban tron');
    await context.close();
    for (const path of holding) expect(results.map((r) => r.path)).toContain(path);
    expect(results.length).toBeGreaterThan(holding.length);
  });
});

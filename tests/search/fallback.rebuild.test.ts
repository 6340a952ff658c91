/**
 * The changed copy of the project (tests/helpers/changed-site.ts), with translations taken out
 * (every page of the real site has one), searched in Chromium: a page that shows English for a missing translation is found by its
 * title in the reader's language and its result says the page is in English; its English text is
 * no result in the reader's language.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { changedSite } from '../helpers/changed-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { pathIn } from '../helpers/dist.ts';
import { serveSite } from '../offline/static-server.ts';
import { runSearch } from './search-page.ts';

const { dist } = changedSite();
let server: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveSite(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The search page of a language, with a query's results: each one's path and its type line. */
async function results(page: Page, locale: Locale, query: string) {
  await page.goto(new URL(pathIn(locale, 'search'), server.url).href);
  await runSearch(page, query);
  return page.locator('#search-results li').evaluateAll((items) =>
    items.map((li) => ({
      path: new URL(li.querySelector('a')!.href).pathname,
      type: li.querySelector('.search-type')!.textContent ?? '',
      hreflang: li.querySelector('a')!.getAttribute('hreflang'),
    })),
  );
}

describe('a page shown in English for a missing translation', () => {
  const inEnglish = (locale: Locale) => new Intl.DisplayNames([locales[locale].lang], { type: 'language' }).of('en')!;

  it('is found by its title in the reader’s language, and says it is in English', async () => {
    const page = await browser.newPage();
    const found = await results(page, 'zh-hans', '缅甸');
    expect(found[0]?.path).toBe(pathIn('zh-hans', 'countries/myanmar'));
    expect(found[0]?.type).toContain(inEnglish('zh-hans'));
    expect(found[0]?.hreflang).toBe('en');
    // A translated page's result says nothing of the kind.
    const translated = await results(page, 'zh-hans', '老挝');
    expect(translated[0]?.path).toBe(pathIn('zh-hans', 'countries/laos'));
    expect(translated[0]?.type).not.toContain(inEnglish('zh-hans'));
    await page.close();
  });

  it('is found by its English title, in the language it stands in for', async () => {
    const page = await browser.newPage();
    const found = await results(page, 'th', 'History');
    const history = found.find((r) => r.path === pathIn('th', 'history'));
    expect(history?.type).toContain(inEnglish('th'));
    await page.close();
  });

  it('is no result for a word of its English text', async () => {
    const page = await browser.newPage();
    // "registered", from the English Myanmar page; the English index finds it there.
    expect((await results(page, 'en', 'registered')).map((r) => r.path)).toContain(pathIn('en', 'countries/myanmar'));
    expect((await results(page, 'zh-hans', 'registered')).map((r) => r.path)).not.toContain(pathIn('zh-hans', 'countries/myanmar'));
    await page.close();
  });
});

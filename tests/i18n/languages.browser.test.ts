/**
 * Languages in headless Chromium: the language menu by keyboard and without JavaScript, Urdu laid
 * out right to left, and every script drawn with a real font of its own (Debian's Noto fonts here),
 * not with boxes.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { latinFonts, platformFonts, scriptFonts } from '../helpers/fonts.ts';
import { localeKeys, locales, type Locale } from '../../src/i18n/locales.ts';

const site = inject('siteUrl');
const browser = useBrowser();

describe('language menu', () => {
  it('opens from the keyboard and leads to the same page in the chosen language', async () => {
    const page = await browser().newPage();
    await page.goto(new URL('th/history/', site).href);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site title
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await page.locator('details.language-menu').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('lang'))).toBe('en');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/history/') && !url.pathname.includes('/th/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });

  it('works without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('countries/japan/', site).href);
    await page.locator('.language-menu summary').click();
    await page.locator('.language-menu a[lang="ja"]').click();
    await page.waitForURL(/\/ja\/countries\/japan\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await context.close();
  });
});

describe('right to left', () => {
  it('Urdu pages run right to left: menu, breadcrumbs and their arrows are mirrored', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL('ur/countries/pakistan/', site).href);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    const nav = page.locator('.site-nav a');
    const first = (await nav.nth(0).boundingBox())!;
    const second = (await nav.nth(1).boundingBox())!;
    expect(first.x).toBeGreaterThan(second.x);
    const crumbs = page.locator('.breadcrumbs li');
    expect((await crumbs.nth(0).boundingBox())!.x).toBeGreaterThan((await crumbs.nth(1).boundingBox())!.x);
    const arrow = await crumbs.nth(0).evaluate((li) => getComputedStyle(li, '::after').content);
    expect(arrow).toContain('‹');
    // The same arrow points the other way in a left-to-right language.
    await page.goto(new URL('th/countries/thailand/', site).href);
    expect(
      await page
        .locator('.breadcrumbs li')
        .nth(0)
        .evaluate((li) => getComputedStyle(li, '::after').content),
    ).toContain('›');
    await page.close();
  });
});

/** The script a language is written in (ISO 15924), from CLDR's likely subtags (Intl), not from the site's own tables. */
const scriptOf = (locale: Locale) => new Intl.Locale(locales[locale].lang).maximize().script!;
/** Unicode scripts where the code is not one: Chinese is written in Han, Japanese in Han and kana. */
const mixed: Record<string, string> = { Hans: '\\p{sc=Hani}', Jpan: '\\p{sc=Hani}\\p{sc=Hira}\\p{sc=Kana}' };
const lettersOf = (locale: Locale) => new RegExp(`[${mixed[scriptOf(locale)] ?? `\\p{sc=${scriptOf(locale)}}`}]`, 'gu');

describe('fonts', () => {
  const expected = scriptFonts;

  it.each(Object.keys(expected))('%s text is drawn with a font for its script, every glyph of it', async (locale) => {
    const page = await browser().newPage();
    await page.goto(new URL(`${locale}/`, site).href);
    const fonts = (await platformFonts(page, '.prose p'))[0]!;
    // Latin text inside the paragraph (names kept in English) has a Latin font (src/styles/global.css):
    // of the others, the font drawing most glyphs is the script's.
    const main = [...fonts].filter((f) => !latinFonts.test(f.familyName)).sort((a, b) => b.glyphCount - a.glyphCount)[0]!;
    expect(main.familyName, JSON.stringify(fonts)).toMatch(expected[locale]!);
    // No glyph fell back to a font that lacks the script (which would draw boxes).
    expect(
      fonts.filter((f) => !expected[locale]!.test(f.familyName) && !/Noto Sans|DejaVu|Liberation/.test(f.familyName)),
      JSON.stringify(fonts),
    ).toEqual([]);
    // The paragraph measured is written in the language's own script, not English standing in for it.
    const text = await page.locator('.prose p').first().innerText();
    expect(text.match(lettersOf(locale as Locale))?.length ?? 0, text).toBeGreaterThanOrEqual(20);
    await page.close();
  });

  it('covers every language whose script is not Latin', () => {
    const nonLatin = localeKeys.filter((l) => scriptOf(l) !== 'Latn');
    expect(Object.keys(expected).sort()).toEqual(nonLatin.sort());
  });
});

describe('search in other languages', () => {
  // A word from each language's own pages; Pagefind keeps one index per language.
  it.each([
    ['th', 'สหกรณ์'],
    ['zh-hans', '合作社'],
    ['id', 'koperasi'],
    ['ur', 'کوآپریٹو'],
  ])('the %s search page finds pages of its own language for "%s"', async (locale, word) => {
    const page = await browser().newPage();
    await page.goto(new URL(`${locale}/search/?q=${encodeURIComponent(word)}`, site).href);
    const first = page.locator('#search-results a').first();
    await first.waitFor({ timeout: 60_000 });
    const hrefs = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toContain(`/${locale}/`);
    await page.close();
  });
});

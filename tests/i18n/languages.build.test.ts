/**
 * Every page in every language, over dist/: the language menu, hreflang alternates, links inside
 * content staying in the reader's language, English standing in (marked as English) where a
 * translation is missing, translations marked as drafts, the status page and the 404 page.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeKeys, locales, type Locale } from '../../src/i18n/locales.ts';
import { translationStatus } from '../../src/i18n/status.ts';
import { basePath, indexedPages, localeOfPath, pathIn, readDist } from '../helpers/dist.ts';

const pages = indexedPages();
const docs = new Map(pages.map((p) => [p.path, parse(readFileSync(p.file, 'utf8'))]));
const doc = (path: string): HTMLElement =>
  docs.get(path) ??
  (() => {
    throw new Error(`no page at ${path}`);
  })();
/** Path of a page inside its language: "/th/countries/japan/" -> "countries/japan". */
const routeOf = (path: string) => path.slice(pathIn(localeOfPath(path), '').length).replace(/\/$/, '');
const status = new Map(translationStatus(process.cwd()).map((s) => [s.locale, s]));

describe('language menu and alternates', () => {
  it("are checked on every language's pages: at least its 25 content pages each", () => {
    const counts = localeKeys.map((l) => [l, [...docs.keys()].filter((path) => localeOfPath(path) === l).length] as const);
    expect(counts.filter(([, n]) => n < 25)).toEqual([]);
  });

  it('every page links to itself in each language, each named in its own language', () => {
    let links = 0;
    for (const [path, d] of docs) {
      const route = routeOf(path);
      const menu = d.querySelectorAll('.language-menu a');
      expect(
        menu.map((a) => a.getAttribute('href')),
        path,
      ).toEqual(localeKeys.map((l) => pathIn(l, route)));
      for (const [i, a] of menu.entries()) {
        const locale = localeKeys[i]!;
        expect(a.getAttribute('lang'), path).toBe(locales[locale].lang);
        expect(a.text.trim(), path).toBe(locales[locale].label);
        expect(a.getAttribute('aria-current') === 'page', path).toBe(locale === localeOfPath(path));
        links++;
      }
      // A disclosure: it opens by keyboard and without JavaScript.
      expect(d.querySelector('details.language-menu > summary'), path).not.toBeNull();
    }
    expect(links).toBe(docs.size * localeKeys.length);
  });

  it('every page names its versions in every language with hreflang, reciprocally, and English as x-default', () => {
    for (const [path, d] of docs) {
      const alternates = d.querySelectorAll('link[rel="alternate"][hreflang]');
      const byLang = new Map(alternates.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
      expect(byLang.size, path).toBe(localeKeys.length + 1);
      expect(byLang.get('x-default'), path).toBe(pathIn(defaultLocale, routeOf(path)));
      for (const locale of localeKeys) {
        const target = byLang.get(locales[locale].lang)!;
        expect(target, path).toBe(pathIn(locale, routeOf(path)));
        // Reciprocal: the other version points back here.
        const back = doc(target)
          .querySelector(`link[rel="alternate"][hreflang="${locales[localeOfPath(path)].lang}"]`)
          ?.getAttribute('href');
        expect(new URL(back!).pathname, `${target} -> ${path}`).toBe(path);
      }
    }
  });

  it('the sitemap gives each address its alternates in every language', () => {
    const xml = readDist('sitemap-0.xml');
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
    expect(urls).toHaveLength(pages.length);
    for (const url of urls)
      expect(url.match(/<xhtml:link rel="alternate" hreflang="[\w-]+"/g), url.slice(0, 80)).toHaveLength(localeKeys.length);
    expect(xml).toContain('hreflang="zh-Hans"');
  });
});

describe("text in the reader's language", () => {
  it('site links inside content lead to pages of the same language', () => {
    let checked = 0;
    for (const [path, d] of docs) {
      const locale = localeOfPath(path);
      for (const a of d.querySelectorAll('.prose a[href^="/"]')) {
        const href = a.getAttribute('href')!;
        expect(localeOfPath(href), `${path}: ${href}`).toBe(locale);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(docs.size);
  });

  it('every page of every language has its translation (English standing in is tested on a copy, in outdated.rebuild.test.ts)', () => {
    const missing = [...status].flatMap(([locale, { pages: rows }]) =>
      rows.filter((r) => r.state === 'missing').map((r) => `${locale}/${r.route}`),
    );
    expect(missing).toEqual([]);
    expect([...status.values()].reduce((sum, s) => sum + s.pages.length, 0)).toBe(16 * 25);
  });

  it('a translation is marked as a draft (or reviewed) with a link to its English page, and carries no English block', () => {
    let translated = 0;
    for (const [locale, { pages: rows }] of status) {
      for (const row of rows.filter((r) => r.state !== 'missing')) {
        const d = doc(pathIn(locale, row.route));
        const notice = d.querySelector('.notice');
        expect(notice, `${locale}/${row.route}`).not.toBeNull();
        expect(notice!.querySelector(`a[href="${pathIn(defaultLocale, row.route)}"]`), `${locale}/${row.route}`).not.toBeNull();
        expect(d.querySelector('h1')!.getAttribute('lang') ?? null, `${locale}/${row.route}`).toBeNull();
        expect(d.querySelector('.prose')!.getAttribute('lang') ?? null, `${locale}/${row.route}`).toBeNull();
        translated++;
      }
    }
    expect(translated).toBeGreaterThanOrEqual(16 * 4);
  });

  it('every translation the content records is a draft or reviewed, none outdated', () => {
    const outdated = [...status.values()].flatMap((s) => s.pages.filter((p) => p.state === 'outdated').map((p) => p.file));
    expect(outdated).toEqual([]);
  });

  it('on a right-to-left page, every Latin letter of the document title is inside an isolate (LRI … PDI); other pages have none', () => {
    let isolated = 0;
    for (const [path, d] of docs) {
      const title = d.querySelector('title')!.text;
      if (locales[localeOfPath(path)].dir === 'rtl') {
        expect(title.replace(/\u2066[^\u2066\u2069]*\u2069/g, ''), path).not.toMatch(/[A-Za-z]/);
        if (/[A-Za-z]/.test(title)) isolated++;
      } else expect(title, path).not.toMatch(/[\u2066-\u2069]/);
    }
    // "ASEC" ends every Urdu title but the home page's.
    expect(isolated).toBeGreaterThanOrEqual(25);
  });

  it("numbers, lists and dates are written in the page's language", () => {
    expect(doc(pathIn('bn', 'countries/india')).querySelector('.facts-box')!.text).toContain('এবং');
    expect(doc(pathIn('zh-hans', 'history')).querySelector('.timeline time')!.text).toBe('1997年7月1日');
    expect(doc(pathIn('en', 'history')).querySelector('.timeline time')!.text).toBe('July 1, 1997');
  });
});

describe('translation status page', () => {
  it.each(localeKeys.filter((l) => l !== defaultLocale))(
    '%s lists every English page with its state and the file to edit',
    (locale: Locale) => {
      const d = doc(pathIn(locale, 'translations'));
      const rows = d.querySelectorAll('#pages-heading ~ table tbody tr');
      const expected = status.get(locale)!.pages;
      expect(rows).toHaveLength(expected.length);
      for (const [i, row] of rows.entries()) {
        expect(row.id).toBe(expected[i]!.route.replaceAll('/', '-') || 'home');
        expect(row.querySelector('th a')!.getAttribute('href')).toBe(pathIn(locale, expected[i]!.route));
        expect(row.querySelector(`.status--${expected[i]!.state}`)).not.toBeNull();
      }
    },
  );

  it("the English page gives every language's progress", () => {
    const rows = doc(pathIn('en', 'translations')).querySelectorAll('#overview-heading ~ table tbody tr');
    expect(rows.map((r) => r.querySelector('a')!.getAttribute('href'))).toEqual(
      localeKeys.filter((l) => l !== defaultLocale).map((l) => pathIn(l, 'translations')),
    );
  });
});

describe('the 404 page', () => {
  it("helps in every language: each one's home page and search, in its own words", () => {
    const d = parse(readDist('404.html'));
    const lines = d.querySelectorAll('.not-found li');
    expect(lines.map((li) => li.getAttribute('lang'))).toEqual(localeKeys.map((l) => locales[l].lang));
    for (const [i, li] of lines.entries()) {
      const locale = localeKeys[i]!;
      expect(li.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([pathIn(locale, ''), pathIn(locale, 'search')]);
    }
    expect(d.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(basePath).toMatch(/\/$/);
  });
});

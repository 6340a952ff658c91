/**
 * Interface strings and formatting: placeholders, plural forms chosen by Intl.PluralRules, numbers,
 * dates and lists in each language, English as the fallback, and site links in content rewritten
 * to the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { localizeLinks } from '../../src/markdown/links.ts';

import { countryName, format, formatDate, formatList, translator } from '../../src/i18n/format.ts';

describe('translator', () => {
  const english = {
    'nav.home': 'Home',
    'map.title.one': 'Map of {count} country',
    'map.title.other': 'Map of {count} countries',
    'person.fullName': '{honorific} {name}',
  };

  it("uses the language's string, and English where it has none", () => {
    const t = translator('th', { 'nav.home': 'หน้าแรก' }, english);
    expect(t('nav.home')).toBe('หน้าแรก');
    expect(t('person.fullName', { honorific: 'Dr', name: 'Eri Trinurini Adhi' })).toBe('Dr Eri Trinurini Adhi');
  });

  it('fails on a key English lacks, instead of printing it', () => {
    const t = translator('th', {}, english);
    expect(() => t('site.name')).toThrow(/"site.name" is missing from content\/ui\/en.yaml/);
  });

  it("picks plural forms with Intl.PluralRules and writes numbers the language's way", () => {
    const en = translator('en', english, english);
    expect(en.plural('map.title', 1)).toBe('Map of 1 country');
    expect(en.plural('map.title', 16)).toBe('Map of 16 countries');
    const bn = translator('bn', { 'map.title.one': '{count}টি দেশের মানচিত্র', 'map.title.other': '{count}টি দেশের মানচিত্র' }, english);
    expect(bn.plural('map.title', 16)).toBe('১৬টি দেশের মানচিত্র');
    // Thai has one form ("other"); a language without any form falls back to English's.
    expect(translator('th', { 'map.title.other': 'แผนที่ {count} ประเทศ' }, english).plural('map.title', 1)).toBe('แผนที่ 1 ประเทศ');
    expect(translator('ja', {}, english).plural('map.title', 1)).toBe('Map of 1 country');
  });

  it('formats numbers in placeholders and leaves unknown placeholders as they are', () => {
    expect(format('{count} pages', { count: 34512 }, 'en')).toBe('34,512 pages');
    expect(format('{count} pages, {other}', { count: 2 }, 'en')).toBe('2 pages, {other}');
  });
});

describe('Intl formatting', () => {
  it('writes dates as precisely as they are known, in Gregorian years', () => {
    expect(formatDate('en', '1997-07-01')).toBe('July 1, 1997');
    expect(formatDate('en', '2002-12')).toBe('December 2002');
    expect(formatDate('en', '2001')).toBe('2001');
    expect(formatDate('th', '1997-07-01')).toContain('1997');
    expect(formatDate('zh-hans', '1997-07-01')).toBe('1997年7月1日');
  });

  it("joins lists and names countries in the reader's language", () => {
    expect(formatList('en', ['Urdu', 'English'])).toBe('Urdu and English');
    expect(formatList('id', ['Urdu', 'Inggris'])).toBe('Urdu dan Inggris');
    expect(countryName('ja', 'LK')).toBe('スリランカ');
    expect(countryName('en', 'MM')).toBe('Myanmar (Burma)');
  });
});

describe('localizeLinks', () => {
  const to = (locale: string) => (path: string) => `/asec/${locale}/${path}`;

  it("points site links to the same page in the reader's language, keeping anchors", () => {
    const html = '<p><a href="/asec/countries/japan/">Japan</a> and <a href="/asec/history/#lima">Lima</a></p>';
    expect(localizeLinks(html, '/asec/', to('th'))).toBe(
      '<p><a href="/asec/th/countries/japan/">Japan</a> and <a href="/asec/th/history/#lima">Lima</a></p>',
    );
  });

  it('leaves citations, other sites and other attributes alone', () => {
    const html =
      '<a href="#source-1">1</a> <a href="https://www.ripess.org/" rel="noopener noreferrer">RIPESS</a> <img src="/asec/_astro/a.webp" alt="">';
    expect(localizeLinks(html, '/asec/', to('th'))).toBe(html);
  });
});

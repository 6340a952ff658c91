/**
 * How search reads each script (src/search/text.ts and the index copy of src/search/integration.ts),
 * and the premise of the query table: each query is where the table says, inside a sentence.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { indexLanguage, keepsMarks, needsSplitting, removeWordBreaks, splitForIndex, splitQuery, WORD_BREAK } from '../../src/search/text.ts';
import { indexCopy } from '../../src/search/integration.ts';
import { queries, unspacedLocales } from './queries.ts';

const filesOf = (locale: string) =>
  ['pages', 'countries', 'people'].flatMap((collection) => {
    const dir = join('content', collection, locale);
    try {
      return readdirSync(dir).map((name) => join(dir, name));
    } catch {
      return [];
    }
  });

describe('the query table', () => {
  it.each(queries.map((row) => [row.locale, row.query, row] as const))('%s “%s” is taken from the middle of a sentence', (_, query, row) => {
    const text = readFileSync(row.file, 'utf8');
    const before = [...text.matchAll(new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => text.slice(Math.max(0, m.index - 2), m.index));
    expect(before.length).toBeGreaterThan(0);
    if (unspacedLocales.includes(row.locale)) {
      // Inside a run of letters: nothing but the script's own letters and marks just before it.
      expect(before.some((b) => /[\p{L}\p{M}]$/u.test(b))).toBe(true);
    } else {
      // After another word of the same sentence, not at its start.
      expect(before.some((b) => /[\p{L}\p{M}\p{N},)] $/u.test(b))).toBe(true);
    }
  });

  it('covers every language the issue names, and more', () => {
    const covered = new Set(queries.map((q) => q.locale));
    for (const locale of ['en', 'th', 'km', 'lo', 'my', 'zh-hans', 'ja', 'ur', 'bn', 'id'] as const) expect(covered).toContain(locale);
    expect(covered.size).toBe(Object.keys(locales).length);
  });
});

describe('word splitting for the languages written without spaces', () => {
  const texts = ['th', 'km', 'lo', 'my', 'zh-hans', 'ja'].flatMap((locale) => filesOf(locale).map((file) => [file, locale, readFileSync(file, 'utf8')] as const));

  it('has content to split in each of the six languages', () => {
    expect(new Set(texts.map(([, locale]) => locale))).toEqual(new Set(['th', 'km', 'lo', 'my', 'zh-hans', 'ja']));
  });

  it.each(texts)('%s: splitting, then removing the breaks, gives back the text as written', (_, locale, text) => {
    const split = splitForIndex(text, locale === 'zh-hans' ? 'zh-Hans' : locale);
    expect(split).toContain(WORD_BREAK);
    expect(split.length).toBeGreaterThan(text.length);
    expect(removeWordBreaks(split)).toBe(text);
  });

  it.each(queries.filter((q) => needsSplitting(q.locale)).map((q) => [q.locale, q.query, q] as const))('%s “%s”: the query splits into words the index has', (_, query, row) => {
    const lang = locales[row.locale].lang;
    const indexWords = new Set(splitForIndex(readFileSync(row.file, 'utf8'), lang).split(/\s+/));
    const words = splitQuery(query, lang).split(' ');
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(indexWords).toContain(word);
  });

  it('splits a query of two words written together', () => {
    expect(splitQuery('សហគមន៍កសិកម្ម', 'km').split(' ')).toHaveLength(2);
  });

  it('leaves queries in languages written with spaces as typed', () => {
    for (const [lang, query] of [['en', 'social economy'], ['vi', 'kinh tế xã hội'], ['ur', 'سماجی معیشت']] as const) {
      expect(needsSplitting(lang)).toBe(false);
      expect(splitQuery(query, lang)).toBe(query);
    }
  });

  it('splits Thai, Chinese and Japanese too, and indexes them under codes Pagefind does not split again', () => {
    expect(splitQuery('เศรษฐกิจสังคม', 'th').split(' ').length).toBeGreaterThan(1);
    expect(splitQuery('农民合作社', 'zh-Hans').split(' ').length).toBeGreaterThan(1);
    expect(splitQuery('日本の協同組合', 'ja').split(' ').length).toBeGreaterThan(1);
    expect([indexLanguage('th'), indexLanguage('zh-Hans'), indexLanguage('ja')]).toEqual(['tha', 'zho', 'jpn']);
    for (const lang of ['en', 'km', 'lo', 'my', 'ur', 'bn']) expect(indexLanguage(lang)).toBe(lang);
  });
});

describe('marks kept exact', () => {
  it('for scripts whose vowel signs are letters, and not for Latin, Arabic, Chinese or Japanese script', () => {
    for (const lang of ['bn', 'hi', 'ne', 'si', 'ta', 'th', 'km', 'lo', 'my']) expect(keepsMarks(lang)).toBe(true);
    for (const lang of ['en', 'id', 'ms', 'fil', 'vi', 'ur', 'zh-Hans', 'ja']) expect(keepsMarks(lang)).toBe(false);
  });
});

describe('the index copy of a page', () => {
  const page = (lang: string, text: string) =>
    `<!doctype html><html lang="${lang}"><head><title>${text}</title><style>p{}</style></head><body><main data-pagefind-body><h1 title="${text}">${text}</h1><p>${text}</p></main></body></html>`;

  it('splits the words of a Khmer page, but not its attributes', () => {
    const text = 'សេដ្ឋកិច្ចសង្គមនិងសាមគ្គីភាព';
    const copy = indexCopy(page('km', text));
    expect(copy).toContain(`<p>${splitForIndex(text, 'km')}</p>`);
    expect(copy).toContain(`title="${text}"`);
    expect(removeWordBreaks(copy)).toContain(`<p>${text}</p>`);
  });

  it('leaves out passages in another language: a quote kept in English before its translation', () => {
    const html = page('th', 'เศรษฐกิจ').replace('</main>', '<blockquote lang="en"><p>The ILO definition</p></blockquote></main>');
    expect(indexCopy(html)).toMatch(/<blockquote lang="en" data-pagefind-ignore="">/);
  });

  it('gives other pages to Pagefind as they are', () => {
    const html = page('ur', 'سماجی اور یکجہتی معیشت');
    expect(indexCopy(html)).toBe(html);
  });
});

describe('the forms of a query tried in turn', () => {
  it('split into words first, then as typed, where splitting applies and changes it', async () => {
    const { queryForms, splitQuery } = await import('../../src/search/text.ts');
    // Khmer "constitution": the build's dictionary keeps it one word; a browser may split it in two.
    expect(queryForms('  រដ្ឋធម្មនុញ្ញ ', 'km')).toEqual([...new Set([splitQuery('រដ្ឋធម្មនុញ្ញ', 'km'), 'រដ្ឋធម្មនុញ្ញ'])]);
    expect(queryForms('សហគមន៍កសិកម្ម', 'km')[0]).toBe(splitQuery('សហគមន៍កសិកម្ម', 'km'));
    expect(queryForms('សហគមន៍កសិកម្ម', 'km').at(-1)).toBe('សហគមន៍កសិកម្ម');
    // Spaced languages: the query once, as the reader wrote it.
    expect(queryForms('bàn  tròn', 'vi')).toEqual(['bàn  tròn']);
  });
});

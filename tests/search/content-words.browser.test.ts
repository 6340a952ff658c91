/**
 * Every word of the content, typed into the search page of its language, must find a page that
 * holds it, in the six languages written without spaces: the query has to be split the way the
 * index was, whatever dictionary the browser's `Intl.Segmenter` has. So each language runs twice:
 * in Chromium as it is, and with `Intl.Segmenter` replaced by a splitter into syllables (as a
 * browser with other ICU data, or none for the language, would split).
 *
 * The words come from content/, split by Node's own `Intl.Segmenter` (not the site's code), and
 * only those a built page holds in its searchable text count. Khmer and Lao are typed whole (the
 * issue found 30 % and 18 % of their words missing); Thai, Burmese, Chinese and Japanese, 200
 * words each spread over their sorted list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { useBrowser } from '../helpers/browser.ts';
import { fileForPath, htmlPages, localeOfPath, pathIn } from '../helpers/dist.ts';
import { searchAll } from './search-page.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** A word of the language: letters of its own script. */
const ownScript: Record<string, RegExp> = {
  th: /\p{Script=Thai}/u,
  km: /\p{Script=Khmer}/u,
  lo: /\p{Script=Lao}/u,
  my: /\p{Script=Myanmar}/u,
  'zh-hans': /\p{Script=Han}/u,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
};

/** How many words of each language are typed: all of them, or an even sample of this many. */
const languages: [Locale, number | 'all'][] = [
  ['km', 'all'],
  ['lo', 'all'],
  ['th', 200],
  ['my', 200],
  ['zh-hans', 200],
  ['ja', 200],
];

/**
 * The searchable text of a built page: its main content (data-pagefind-body), without what it
 * leaves out of search (data-pagefind-ignore: the timeline, source notes) or text in another
 * language (a native name, a quote kept in English).
 */
function bodyText(html: string) {
  const root = parseHtml(html);
  const base = (tag: string) => tag.split('-')[0]!.toLowerCase();
  const lang = base(root.querySelector('html')!.getAttribute('lang')!);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return '';
  for (const el of body.querySelectorAll('[data-pagefind-ignore], [lang]'))
    if (el.hasAttribute('data-pagefind-ignore') || base(el.getAttribute('lang')!) !== lang) el.remove();
  return body.text;
}

const texts = new Map<string, string>();
const textOf = (path: string) => {
  if (!texts.has(path)) texts.set(path, bodyText(readFileSync(fileForPath(path)!, 'utf8')));
  return texts.get(path)!;
};

/** The distinct words of a language's content files, and those that its built pages show. */
function contentWords(locale: Locale) {
  const segmenter = new Intl.Segmenter(locales[locale].lang, { granularity: 'word' });
  const words = new Set<string>();
  for (const collection of ['pages', 'countries', 'people']) {
    const dir = join('content', collection, locale);
    for (const name of readdirSync(dir)) {
      for (const { segment, isWordLike } of segmenter.segment(readFileSync(join(dir, name), 'utf8'))) {
        if (isWordLike && ownScript[locale]!.test(segment)) words.add(segment);
      }
    }
  }
  const pages = htmlPages()
    .filter(({ path }) => localeOfPath(path) === locale)
    .map(({ path }) => textOf(path))
    .join('\n');
  const sorted = [...words].sort();
  return { all: sorted.length, shown: sorted.filter((w) => pages.includes(w)) };
}

/**
 * Replaces `Intl.Segmenter`'s word splitting with syllables: grapheme clusters grouped so that a
 * stacked consonant (Khmer coeng, Burmese virama), a Thai or Lao vowel written before its
 * consonant, a Burmese final (asat) and one closing consonant stay with their syllable; every
 * Chinese or Japanese character is a syllable of its own. Other granularities stay as they were.
 */
function useSyllableSegmenter() {
  const Real = Intl.Segmenter;
  const graphemes = new Real(undefined, { granularity: 'grapheme' });
  const joinsNext = /[\u17D2\u1039\u0E40-\u0E44\u0EC0-\u0EC4]$/u;
  const letter = /^[\p{L}\p{N}]/u;
  const bare = /^\p{L}$/u;
  const unspaced = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
  class Syllables {
    #real: Intl.Segmenter;
    #word: boolean;
    constructor(locales?: string | string[], options: Intl.SegmenterOptions = {}) {
      this.#real = new Real(locales, options);
      this.#word = options.granularity === 'word';
    }
    resolvedOptions() {
      return this.#real.resolvedOptions();
    }
    segment(input: string) {
      if (!this.#word) return this.#real.segment(input);
      const out: { segment: string; index: number; input: string; isWordLike: boolean; closed: boolean; vowel: boolean }[] = [];
      for (const { segment, index } of graphemes.segment(input)) {
        const last = out.at(-1);
        const isLetter = letter.test(segment);
        const joins =
          last?.isWordLike &&
          isLetter &&
          unspaced.test(segment) &&
          unspaced.test(last.segment) &&
          (joinsNext.test(last.segment) || segment.includes('\u103A') || (bare.test(segment) && last.vowel && !last.closed));
        if (last && joins) {
          last.segment += segment;
          last.closed = bare.test(segment) || segment.includes('\u103A');
          continue;
        }
        out.push({ segment, index, input, isWordLike: isLetter, closed: false, vowel: !bare.test(segment) || joinsNext.test(segment) });
      }
      return out.map(({ segment, index, input, isWordLike }) => ({ segment, index, input, isWordLike }));
    }
  }
  Object.defineProperty(Intl, 'Segmenter', { value: Syllables, configurable: true, writable: true });
}

describe.concurrent.each([
  ['the browser’s own word splitting', false],
  ['Intl.Segmenter replaced by a syllable splitter', true],
] as const)('every content word finds its page, with %s', (_, syllables) => {
  it.each(languages)('%s', { timeout: 900_000 }, async (locale, size) => {
    const { all, shown } = contentWords(locale);
    const words = size === 'all' ? shown : Array.from({ length: size }, (_, i) => shown[Math.floor((i * shown.length) / size)]!);
    // Guards against an empty corpus: each language has over a thousand distinct words.
    expect(shown.length).toBeGreaterThan(700);
    expect(new Set(words).size).toBe(size === 'all' ? shown.length : size);

    const context = await browser().newContext();
    if (syllables) await context.addInitScript(useSyllableSegmenter);
    const page = await context.newPage();
    await page.goto(new URL(pathIn(locale, 'search'), site).href);
    if (syllables)
      expect(await page.evaluate(() => [...new Intl.Segmenter('km', { granularity: 'word' }).segment('សហគមន៍')].length)).toBeGreaterThan(1);
    const texts = Object.fromEntries(
      htmlPages()
        .filter(({ path }) => localeOfPath(path) === locale)
        .map(({ path }) => [path, textOf(path)]),
    );
    // Not drawn while it searches: what counts here is which pages are found (how results look is
    // search.browser.test.ts's), and drawing thousands of result lists took a third of the work.
    await page.evaluate(() => document.body.style.setProperty('display', 'none'));
    const results = await searchAll(page, words, texts);
    await context.close();

    const missed = words.filter((word, i) => !results[i]!.some((path) => textOf(path).includes(word)));
    console.log(
      `${locale}${syllables ? ' (syllable splitter)' : ''}: ${words.length - missed.length} of ${words.length} words found (${shown.length} of ${all} content words on indexed pages); missed: ${missed.slice(0, 30).join(' ')}`,
    );
    expect(missed).toEqual([]);
  });
});

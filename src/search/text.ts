/**
 * How search reads text in each script: word splitting, and marks kept exact.
 *
 * Six of the site's languages are written without spaces between words: Thai, Khmer, Lao,
 * Burmese, Chinese and Japanese. Pagefind splits none of Khmer, Lao or Burmese: it takes a whole
 * run of text for one word, so only a query for its first word finds it. It splits Chinese,
 * Japanese and Thai with a dictionary of its own, and adds every pair of characters to the index to
 * bridge the differences with the browser's splitting of the query: that nearly triples the Thai
 * index, past what a first search may download.
 *
 * So the site splits all six itself. The build indexes a copy of each page with the words set
 * apart, under a language code Pagefind does not split again (indexLanguage); the search script
 * splits a query the same way. Both use the platform's dictionary-based `Intl.Segmenter`, so the
 * same text gives the same words. Free of Astro and Node imports: the browser runs it too.
 */

/** Page languages (the `<html lang>` tag's language) whose text is split here. */
export const unsplitLanguages: readonly string[] = ['th', 'km', 'lo', 'my', 'zh', 'ja'];

/** Languages Pagefind would split itself, and the ISO 639-3 code that names each without that. */
const ownSplitting: Readonly<Record<string, string>> = { th: 'tha', zh: 'zho', ja: 'jpn' };

/**
 * What goes between two words of the index copy: spaces, so Pagefind sees two words, around an
 * invisible separator (U+2063), which Pagefind keeps in its excerpts but does not index. The search
 * script removes it with the spaces around it, so readers see the text as written.
 */
export const WORD_BREAK = ' \u2063 ';
const WORD_BREAKS = / ?\u2063 ?/g;

/** The language of a BCP 47 tag, without script or region: "zh-Hans" -> "zh". */
export const baseLanguage = (lang: string) => lang.split('-')[0]!.toLowerCase();

export function needsSplitting(lang: string): boolean {
  return unsplitLanguages.includes(baseLanguage(lang));
}

/** The language Pagefind indexes a page of this language as. */
export function indexLanguage(lang: string): string {
  return ownSplitting[baseLanguage(lang)] ?? lang;
}

/**
 * Languages whose scripts write vowels and other sounds as combining marks (Bengali, Devanagari,
 * Sinhala, Tamil, Thai, Khmer, Lao, Myanmar). Pagefind folds marks away by default, as it would
 * accents (é -> e): here that would leave a query's first consonant, and ချေးငွေ would find every
 * word starting with ခ. Search keeps their marks exact.
 */
const marksAreLetters: readonly string[] = ['bn', 'hi', 'ne', 'si', 'ta', 'th', 'km', 'lo', 'my'];

export function keepsMarks(lang: string): boolean {
  return marksAreLetters.includes(baseLanguage(lang));
}

/**
 * How much more a word with the query's own marks weighs than the same letters with others
 * (Pagefind's ranking.diacriticSimilarity; its default, 0.8, makes a match less than twice as
 * strong). Vietnamese writes its tones as accents: bàn (table), bản (copy) and ban (board) are
 * different words, so a word typed with its tones comes first, while a word typed without them
 * still finds every form.
 */
const tonesAreLetters: Readonly<Record<string, number>> = { vi: 20 };

export function diacriticSimilarity(lang: string): number | undefined {
  return tonesAreLetters[baseLanguage(lang)];
}

const segmenters = new Map<string, Intl.Segmenter>();
function segments(text: string, lang: string): Intl.SegmentData[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  return [...segmenter.segment(text)];
}

/** Text for the index: a break between any two segments that touch; spaces already there stay. */
export function splitForIndex(text: string, lang: string): string {
  let out = '';
  let previous = '';
  for (const { segment } of segments(text, lang)) {
    if (previous && !/\s$/u.test(previous) && !/^\s/u.test(segment)) out += WORD_BREAK;
    out += segment;
    previous = segment;
  }
  return out;
}

/**
 * A visitor's query as words separated by spaces, as the index copy has them. The browser's
 * dictionary may split a word more finely than the build's did (Chromium splits some Khmer and
 * Lao words into syllables): when this finds nothing, the search script tries the query as
 * typed (see queryForms).
 */
export function splitQuery(query: string, lang: string): string {
  if (!needsSplitting(lang)) return query;
  return segments(query, lang)
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .join(' ');
}

/** Text from the index (an excerpt, a title) as the page writes it. */
export function removeWordBreaks(text: string): string {
  return text.replace(WORD_BREAKS, '');
}

/** The forms of a query to try in turn: split into words, then, where that differs, as typed. */
export function queryForms(query: string, lang: string): string[] {
  const split = splitQuery(query, lang);
  const typed = query.trim().replace(/\s+/g, ' ');
  return split === typed || !needsSplitting(lang) ? [split] : [split, typed];
}

/**
 * Word splitting for the languages written without spaces that Pagefind does not split itself
 * (it splits Chinese, Japanese and Thai). Without this, Pagefind takes a whole run of Khmer, Lao or
 * Burmese text between two spaces for one word, and only a query for its first word finds it.
 *
 * The build indexes a copy of each page in these languages with the words set apart; the search
 * script splits a query the same way. Both use the platform's dictionary-based `Intl.Segmenter`,
 * so the same text gives the same words. Free of Astro and Node imports: the browser runs it too.
 */

/** Page languages (the `<html lang>` tag's language) whose text is split here. */
export const unsplitLanguages: readonly string[] = ['km', 'lo', 'my'];

/**
 * What goes between two words of the index copy: spaces, so Pagefind sees two words, around an
 * invisible separator (U+2063), which Pagefind keeps in its excerpts but does not index. The search
 * script removes it with the spaces around it, so readers see the text as written.
 */
export const WORD_BREAK = ' \u2063 ';
const WORD_BREAKS = / ?\u2063 ?/g;

export function needsSplitting(lang: string): boolean {
  return unsplitLanguages.includes(lang.split('-')[0]!.toLowerCase());
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

/** A visitor's query as words separated by spaces, as the index copy has them. */
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

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
 * apart, under a language code Pagefind does not split again (indexLanguage), with Node's
 * dictionary-based `Intl.Segmenter`. Browsers ship other dictionaries (Chromium splits many Khmer
 * and Lao words into syllables), so the search script does not split a query with its own: the
 * build ships the index's words with each language's bundle (WORDS_FILE), and the query is split
 * into those (splitQuery). Free of Astro and Node imports: the browser runs it too.
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

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const length = (text: string) => [...graphemes.segment(text)].length;
/** A kanji after kana is often a word of its own (考え|方, way of thinking; 話し|手, speaker). */
const kanjiAfterKana = (start: string, end: string) =>
  /^\p{Script=Han}$/u.test(end) && /[\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(start);

/**
 * A word of the index as the words it ends with, when the language has them. The dictionary
 * splits the same letters differently in different sentences (考え方 in one, 示し|方 in another;
 * យ៉ាងដូចម្ដេច, and មានន័យ|ដូចម្ដេច), and Pagefind finds a word at the start of a longer one, not
 * at its end: so a word of the language (`vocabulary`, every word its pages' text was split into)
 * that ends a longer one is indexed as a word of its own, and what comes before it too (split the
 * same way, for a word in the middle). The longest such word, so a word splits the same way
 * wherever it is. Both parts have two letters or more, except a kanji after kana: a single letter
 * is mostly what the dictionary leaves of a word it does not know (ជាស|មា|ជិ|ក), and a single Han
 * character would split names (孟加拉|国) and hundreds of other words for nothing.
 */
export function wordParts(word: string, vocabulary: ReadonlySet<string>): string[] {
  const chars = [...word];
  for (let i = 1; i < chars.length; i++) {
    const start = chars.slice(0, i).join('');
    const end = chars.slice(i).join('');
    if (vocabulary.has(end) && length(start) > 1 && (length(end) > 1 || kanjiAfterKana(start, end)))
      return [...wordParts(start, vocabulary), ...wordParts(end, vocabulary)];
  }
  return [word];
}

/**
 * Text for the index: a break between any two segments that touch; spaces already there stay.
 * The words found are added to `words`, when given (see dictionaryWord); with a `vocabulary`, a
 * word is indexed as its parts (wordParts), and `words` gets those, and the parts together on one
 * line, space between them: the query splitter then splits the word as the index did.
 */
export function splitForIndex(text: string, lang: string, words?: Set<string>, vocabulary?: ReadonlySet<string>): string {
  let out = '';
  let previous = '';
  for (const { segment, isWordLike } of segments(text, lang)) {
    if (previous && !/\s$/u.test(previous) && !/^\s/u.test(segment)) out += WORD_BREAK;
    const parts = isWordLike && dictionaryWord(segment) ? (vocabulary ? wordParts(segment, vocabulary) : [segment]) : [];
    for (const part of parts) words?.add(part);
    if (parts.length > 1) words?.add(parts.join(' '));
    out += parts.length > 1 ? parts.join(WORD_BREAK) : segment;
    previous = segment;
  }
  return out;
}

/** The file of a split language's bundle that lists its index's words, one a line. */
export const WORDS_FILE = 'words.txt';

/**
 * A word the query splitter needs to know: one with letters of a script written without spaces.
 * Latin words and numbers are set apart from those scripts by the build's splitting as by the
 * query's, so they need no list (and leaving them out keeps the list small).
 */
const dictionaryWord = (word: string) => /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(word);

/**
 * A language's index words, as the search script holds them: the words, and every start of one;
 * and the words indexed as their parts (wordParts), with those parts.
 */
export interface Dictionary {
  words: ReadonlySet<string>;
  starts: ReadonlySet<string>;
  longest: number;
  parts: ReadonlyMap<string, string>;
  /** Every word the index holds: the words, and the parts of those indexed as parts. */
  indexed: ReadonlySet<string>;
}

export function dictionary(list: Iterable<string>): Dictionary {
  const words = new Set<string>();
  const starts = new Set<string>();
  const parts = new Map<string, string>();
  const indexed = new Set<string>();
  let longest = 0;
  for (const line of list) {
    if (!line) continue;
    const word = line.replaceAll(' ', '');
    const chars = [...word];
    words.add(word);
    // Not the starts of a word indexed as its parts: typed part way, it is split into those.
    for (const part of line.split(' ')) indexed.add(part);
    if (word !== line) parts.set(word, line);
    else for (let i = 1; i <= chars.length; i++) starts.add(chars.slice(0, i).join(''));
    longest = Math.max(longest, chars.length);
  }
  return { words, starts, longest, parts, indexed };
}

/** A letter no index word holds weighs this much more than a word, so known words always win. */
const UNKNOWN = 1000;

/**
 * A run of letters split into the fewest index words. The last piece may be the start of a word
 * (Pagefind matches a query word as the start of a longer one), so a query typed part way finds
 * its word; letters of no word at all are kept together as one piece.
 */
function splitRun(run: string, dict: Dictionary): string[] {
  const chars = [...run];
  const n = chars.length;
  // cost[i]: the best split of chars[i..]; next[i]: where its first piece ends (negative: unknown letter).
  const cost = new Array<number>(n + 1).fill(Infinity);
  const next = new Array<number>(n + 1).fill(0);
  cost[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    cost[i] = UNKNOWN + cost[i + 1]!;
    next[i] = -(i + 1);
    for (let j = Math.min(n, i + dict.longest); j > i; j--) {
      const piece = chars.slice(i, j).join('');
      const known = dict.words.has(piece) || (j === n && dict.starts.has(piece));
      if (known && 1 + cost[j]! < cost[i]!) {
        cost[i] = 1 + cost[j]!;
        next[i] = j;
      }
    }
  }
  const pieces: string[] = [];
  let unknown = '';
  for (let i = 0; i < n;) {
    const j = next[i]!;
    if (j < 0) {
      unknown += chars[i];
      i = -j;
      continue;
    }
    if (unknown) pieces.push(unknown);
    unknown = '';
    pieces.push(chars.slice(i, j).join(''));
    i = j;
  }
  if (unknown) pieces.push(unknown);
  return pieces;
}

/**
 * A visitor's query as words separated by spaces, as the index copy has them: each run of letters
 * of a split language is split into the index's own words (the build ships them), never by the
 * browser's dictionary. Latin words and numbers stay whole; punctuation is left to Pagefind, which
 * drops it from queries.
 */
export function splitQuery(query: string, lang: string, dict: Dictionary): string {
  if (!needsSplitting(lang)) return query;
  return (
    query
      .split(/\s+/u)
      // A number keeps its separators (1,217 and ၁၂.၀၄ are one word of the index, as a word's apostrophe is).
      .flatMap((part) => part.match(/[\p{Script=Latin}\p{N}]+(?:[.,'’][\p{Script=Latin}\p{N}]+)*|[^\p{Script=Latin}\p{N}]+/gu) ?? [])
      .flatMap((run) => (dictionaryWord(run) ? splitRun(run, dict).map((word) => dict.parts.get(word) ?? word) : [run]))
      .join(' ')
  );
}

/** Text from the index (an excerpt, a title) as the page writes it. */
export function removeWordBreaks(text: string): string {
  return text.replace(WORD_BREAKS, '');
}

/**
 * Whether every word of a split query is one the index holds (the last may be the start of one).
 * Pagefind answers a word it does not hold with the longest indexed word it begins with, so
 * letters that are no word (กขคง) would find pages with a single letter marked: such a form is
 * not searched at all.
 */
function allIndexed(terms: string, dict: Dictionary): boolean {
  const pieces = terms.split(' ');
  return pieces.every(
    (piece, i) => !dictionaryWord(piece) || dict.indexed.has(piece) || (i === pieces.length - 1 && dict.starts.has(piece)),
  );
}

/** A form of a query to search for, and whether its marks must match exactly. */
export interface QueryForm {
  terms: string;
  exactDiacritics: boolean;
}

/** Has the text accents or other marks (Vietnamese tones)? */
const marked = (text: string) => /\p{M}/u.test(text.normalize('NFD'));

/**
 * The forms of a query to try in turn, until one finds something. In a split language: split into
 * the index's words, then, where that differs, as typed (Pagefind matches it as a whole word, or
 * the start of one). In Vietnamese, typed with tones: those tones exactly (bàn tròn, round table,
 * finds neither bản nor trong), then folded; typed without: every word with those letters.
 * Scripts whose marks are letters always match them exactly (keepsMarks).
 */
export function queryForms(query: string, lang: string, dict?: Dictionary): QueryForm[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  const exactDiacritics = keepsMarks(lang);
  if (needsSplitting(lang) && dict) {
    const split = splitQuery(query, lang, dict);
    return [...new Set([split, typed])].filter((terms) => terms && allIndexed(terms, dict)).map((terms) => ({ terms, exactDiacritics }));
  }
  if (diacriticSimilarity(lang) && marked(typed))
    return [
      { terms: typed, exactDiacritics: true },
      { terms: typed, exactDiacritics: false },
    ];
  return [{ terms: typed, exactDiacritics }];
}

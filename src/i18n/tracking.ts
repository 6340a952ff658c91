/**
 * Translation tracking: each translation records the version of the English file it was made from
 * (a short hash of its text) and whether a person has reviewed it. Comparing that hash with the
 * English file as it is now tells whether the translation has fallen behind.
 * Free of Astro's runtime and fs imports: the build, the scripts and the tests all use it.
 */
import { createHash } from 'node:crypto';
import { isMap, isScalar, parseDocument } from 'yaml';
import { splitFrontMatter } from '../markdown/front-matter.ts';

/** What a translation records in its front matter. */
export interface TranslationMeta {
  /** Version of the English file this translation follows. */
  source: string;
  reviewed: boolean;
}

export type TranslationState = 'reviewed' | 'draft' | 'outdated' | 'missing';

/** A short version code of a file's text; line endings and trailing space do not count. */
export function sourceHash(text: string): string {
  const normalized = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trimEnd();
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}

/**
 * Where a translation file stands against its English file, from its translation record (none when
 * the file has no valid one) and the English file's version. The one place this is decided: the
 * pages' notices and the status page both ask here. A translation without a record is outdated:
 * nobody knows which English text it follows. Outdated wins over reviewed. ("Missing" is no state
 * of a file: it is a page without a translation file, where English stands in.)
 */
export function translationState(record: TranslationMeta | undefined, englishHash: string): Exclude<TranslationState, 'missing'> {
  if (!record || record.source !== englishHash) return 'outdated';
  return record.reviewed ? 'reviewed' : 'draft';
}

/**
 * The translation's text with `translation.source` (and `reviewed`, when asked) set. Only those
 * values change: every other byte of the file stays as written (a byte-order mark, Windows line
 * endings, comments, spacing), so the change a volunteer commits is the record and nothing else.
 */
export function markTranslated(text: string, hash: string, reviewed?: boolean): string {
  const found = splitFrontMatter(text);
  if (!found) throw new Error('the file has no front matter between two --- lines');
  const { yaml, start } = found;
  const newline = yaml.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(yaml);
  if (doc.errors.length) throw new Error(`the front matter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}): fix it first`);
  // Quoted, so that a code made only of digits is never read as a number.
  const value = { source: `"${hash}"`, reviewed: String(reviewed ?? false) };
  const record = doc.get('translation', true);
  const source = doc.getIn(['translation', 'source'], true);
  const review = doc.getIn(['translation', 'reviewed'], true);
  let edited: string;
  if (!doc.has('translation')) {
    // A new record goes at the end of the front matter, as the content check tells volunteers to paste it.
    edited = `${yaml}translation:${newline}  source: ${value.source}${newline}  reviewed: ${value.reviewed}${newline}`;
  } else if (
    isMap(record) &&
    !record.flow &&
    isScalar(source) &&
    source.range &&
    (review === undefined || (isScalar(review) && review.range))
  ) {
    const edits: [number, number, string][] = [[source.range[0], source.range[1], value.source]];
    if (isScalar(review) && review.range) {
      if (reviewed !== undefined) edits.push([review.range[0], review.range[1], value.reviewed]);
    } else {
      // The line after source's, indented as source's is.
      const lineStart = yaml.lastIndexOf('\n', source.range[0]) + 1;
      const lineEnd = yaml.indexOf('\n', source.range[1]);
      const indent = /^[ \t]*/.exec(yaml.slice(lineStart))![0];
      edits.push([lineEnd + 1, lineEnd + 1, `${indent}reviewed: ${value.reviewed}${newline}`]);
    }
    edited = edits.sort((a, b) => b[0] - a[0]).reduce((t, [from, to, replacement]) => t.slice(0, from) + replacement + t.slice(to), yaml);
  } else {
    throw new Error(
      'the "translation" field is not in the form "translation:", "  source: ...", "  reviewed: ...": fix it by hand, or remove it and run this again',
    );
  }
  return text.slice(0, start) + edited + text.slice(start + yaml.length);
}

/** The lines a translation records, to paste at the end of its front matter. */
export function translationRecord(englishText: string): string {
  return `translation:\n  source: "${sourceHash(englishText)}"\n  reviewed: false`;
}

/** The English original of a translation's path: content/pages/th/about.md -> content/pages/en/about.md. */
export function englishPathOf(file: string, defaultLocale = 'en'): string {
  return file.replace(/^(content\/[^/]+\/)[^/]+\//, `$1${defaultLocale}/`);
}

/**
 * Translation tracking: each translation records the version of the English file it was made from
 * (a short hash of its text) and whether a person has reviewed it. Comparing that hash with the
 * English file as it is now tells whether the translation has fallen behind.
 * Free of Astro and fs imports: the build, the scripts and the tests all use it.
 */
import { createHash } from 'node:crypto';
import { parseDocument, Scalar } from 'yaml';

/** What a translation records in its front matter. */
export interface TranslationMeta {
  /** Version of the English file this translation follows. */
  source: string;
  reviewed: boolean;
}

export type TranslationState = 'reviewed' | 'draft' | 'outdated' | 'missing';

/** A short version code of a file's text; line endings and trailing space do not count. */
export function sourceHash(text: string): string {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
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

const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---\r?\n?)/;

/** The translation's text with `translation.source` (and `reviewed`, when asked) set. */
export function markTranslated(text: string, hash: string, reviewed?: boolean): string {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error('the file has no front matter between two --- lines');
  const doc = parseDocument(match[2] ?? '');
  // Quoted, so that a code made only of digits is never read as a number.
  const source = new Scalar(hash);
  source.type = Scalar.QUOTE_DOUBLE;
  doc.setIn(['translation', 'source'], source);
  if (reviewed !== undefined) doc.setIn(['translation', 'reviewed'], reviewed);
  else if (!doc.hasIn(['translation', 'reviewed'])) doc.setIn(['translation', 'reviewed'], false);
  return `${match[1]}${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}${match[3]}${text.slice(match[0].length)}`;
}

/** The lines a translation records, to paste at the end of its front matter. */
export function translationRecord(englishText: string): string {
  return `translation:\n  source: "${sourceHash(englishText)}"\n  reviewed: false`;
}

/** The English original of a translation's path: content/pages/th/about.md -> content/pages/en/about.md. */
export function englishPathOf(file: string, defaultLocale = 'en'): string {
  return file.replace(/^(content\/[^/]+\/)[^/]+\//, `$1${defaultLocale}/`);
}

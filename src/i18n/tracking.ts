/**
 * Translation tracking: each translation records the version of the English file it was made from
 * (a short hash of its text) and whether a person has reviewed it. Comparing that hash with the
 * English file as it is now tells whether the translation has fallen behind.
 * Free of Astro and fs imports: the build, the scripts and the tests all use it.
 */
import { createHash } from 'node:crypto';

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

/** Where a translation stands against its English file. Outdated wins over reviewed. */
export function translationState(meta: TranslationMeta | undefined, englishHash: string): TranslationState {
  if (!meta) return 'missing';
  if (meta.source !== englishHash) return 'outdated';
  return meta.reviewed ? 'reviewed' : 'draft';
}

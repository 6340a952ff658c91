/**
 * Reading the collections for routes: the entries a language shows, in display order, each with
 * where its text comes from (its own translation, or English in its place) and how that
 * translation stands against the English page; plus the checks a single file's schema cannot make
 * (one file per member country, no code twice).
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, locales, splitId, type Locale } from '../i18n/index.ts';
import { withFallback, type Localized } from '../i18n/fallback.ts';
import { sourceHash, translationState, type TranslationMeta, type TranslationState } from '../i18n/tracking.ts';
import { checkCountryCodes } from '../content-check/country-codes.ts';
import { formatProblem } from '../content-check/problems.ts';
import type { ContentCollection } from '../site/routes.ts';

export interface Item<C extends ContentCollection> extends Localized<CollectionEntry<C>> {
  /** How the text stands against English: a translation's state, "missing" when English stands in; none for English itself. */
  state?: TranslationState | undefined;
  /** The file volunteers edit for this page, and on a fallback page the translation to create. */
  source: { file: string; translationFile?: string | undefined };
}

// Read once per version of a file (Astro's digest changes with its text, also in `astro dev`).
const hashes = new Map<string, string>();
function englishHash(file: string, digest: string | number | undefined): string {
  const key = `${file}:${digest}`;
  let hash = hashes.get(key);
  if (!hash) hashes.set(key, (hash = sourceHash(readFileSync(file, 'utf8'))));
  return hash;
}

/** The entries a language shows: its translations, and English where a translation is missing. */
export async function entriesOf<C extends ContentCollection>(collection: C, locale: Locale): Promise<Item<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  const english = new Map(entries.filter((e) => splitId(e.id).locale === defaultLocale).map((e) => [splitId(e.id).slug, e]));
  return withFallback(
    entries.map((entry) => ({ entry, ...splitId(entry.id) })),
    locale,
  ).map((item) => {
    const file = item.entry.filePath ?? `content/${collection}/${item.entry.id}.md`;
    const original = english.get(item.slug);
    const record = (item.entry.data as { translation?: TranslationMeta }).translation;
    const state =
      locale === defaultLocale
        ? undefined
        : item.fallback
          ? 'missing'
          : translationState(record, original?.filePath ? englishHash(original.filePath, original.digest) : '');
    const translationFile = item.fallback
      ? `content/${collection}/${locale}/${item.slug}${file.endsWith('.mdx') ? '.mdx' : '.md'}`
      : undefined;
    return { ...item, state, source: { file, translationFile } };
  });
}

/** One entry of a language by slug (the home page's text, for one). */
export async function entryOf<C extends ContentCollection>(collection: C, locale: Locale, slug: string): Promise<Item<C>> {
  const item = (await entriesOf(collection, locale)).find((i) => i.slug === slug);
  if (!item) throw new Error(`content/${collection}/${defaultLocale}/${slug}.md is missing: the site needs it.`);
  return item;
}

export async function countriesOf(locale: Locale) {
  const countries = await entriesOf('countries', locale);
  if (locale === defaultLocale) {
    const problems = checkCountryCodes(
      countries.map(({ entry }) => ({ file: entry.filePath ?? entry.id, code: entry.data.code })),
      `content/countries/${defaultLocale}/`,
    );
    if (problems.length) throw new Error(`Country files need fixing:\n${problems.map(formatProblem).join('\n')}`);
  }
  return countries.sort((a, b) => a.entry.data.name.localeCompare(b.entry.data.name, locales[locale].lang));
}

export async function peopleOf(locale: Locale) {
  return (await entriesOf('people', locale)).sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/**
 * Reading the collections for routes: entries of one language, in display order, with the
 * checks a single file's schema cannot make (one file per member country, no code twice).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, locales, splitId, type Locale } from '../i18n/index.ts';
import { withFallback } from '../i18n/fallback.ts';
import { checkCountryCodes, formatProblem } from './checks.ts';
import type { ContentCollection } from '../routes.ts';

/** The entries a language shows: its translations, and English where a translation is missing. */
export async function entriesOf<C extends ContentCollection>(collection: C, locale: Locale) {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return withFallback(entries.map((entry) => ({ entry, ...splitId(entry.id) })), locale);
}

/** Where a page's text comes from, for "Edit this page" / "Translate this page". */
export function sourceOf(item: { entry: { filePath?: string | undefined; id: string }; fallback: boolean; slug: string }, collection: ContentCollection, locale: Locale) {
  const file = item.entry.filePath ?? `content/${collection}/${item.entry.id}.md`;
  return { file, translationFile: item.fallback ? `content/${collection}/${locale}/${item.slug}${file.endsWith('.mdx') ? '.mdx' : '.md'}` : undefined };
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


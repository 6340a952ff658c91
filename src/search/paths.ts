/** Where search's files are published, and the kinds of page it tells apart. */
import type { Locale } from '../i18n/locales.ts';
import { sections } from '../site/routes.ts';

/** Results shown at a time: each one costs a download of its page's text (counted in the first-search budget). */
export const resultsShown = 5;

/** The kinds of page search tells apart (and can be narrowed to). */
export const searchTypes = ['page', 'country', 'leader'] as const;
export type SearchType = (typeof searchTypes)[number];

/** The kind of page at a path inside a language: a country, a leader, or any other page. */
export function searchTypeOf(route: string): SearchType {
  if (route.startsWith(`${sections.countries}/`)) return 'country';
  if (route.startsWith(`${sections.leaders}/`)) return 'leader';
  return 'page';
}

/** Where a language's search bundle (Pagefind's script and index) is published, from the site root. */
export function searchBundle(locale: Locale): string {
  return `pagefind/${locale}`;
}

/**
 * Which entry each language shows: its own translation where one exists, otherwise the English
 * original, marked as a fallback so the page can say so and invite a translation.
 */
import { defaultLocale, type Locale } from './locales.ts';

export interface Localized<T> {
  entry: T;
  slug: string;
  /** The entry's own language; differs from the page's on a fallback page. */
  contentLocale: Locale;
  fallback: boolean;
}

export function withFallback<T>(entries: { entry: T; locale: Locale; slug: string }[], locale: Locale): Localized<T>[] {
  const own = entries.filter((e) => e.locale === locale);
  const translated = new Set(own.map((e) => e.slug));
  const english = locale === defaultLocale ? [] : entries.filter((e) => e.locale === defaultLocale && !translated.has(e.slug));
  return [
    ...own.map((e) => ({ entry: e.entry, slug: e.slug, contentLocale: e.locale, fallback: false })),
    ...english.map((e) => ({ entry: e.entry, slug: e.slug, contentLocale: e.locale, fallback: true })),
  ];
}

/**
 * The languages of the site: one entry per language. English is the source every translation
 * follows, and it is served without a path prefix; other languages live under /<key>/.
 * Kept free of Astro imports so astro.config.mjs and plain Node scripts can read it.
 */
export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>` and Pagefind's per-language index. */
  lang: string;
  /** Name of the language in itself, for the language menu. */
  label: string;
  dir: 'ltr' | 'rtl';
}

export const locales = {
  en: { lang: 'en', label: 'English', dir: 'ltr' },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'en';
export const localeKeys = Object.keys(locales) as Locale[];

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && value in locales;
}

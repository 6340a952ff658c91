/**
 * The languages of the site: one entry per language. English is the source every translation
 * follows, and it is served without a path prefix; other languages live under /<key>/, where the
 * key is the lower-case URL segment and `lang` the BCP 47 tag. Adding a language is one entry
 * here plus its files under content/ (at least content/ui/<key>.yaml).
 * Kept free of Astro imports so astro.config.mjs and plain Node scripts can read it.
 */
export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>`, `hreflang` and Pagefind's per-language index. */
  lang: string;
  /** Name of the language in itself, for the language menu. */
  label: string;
  dir: 'ltr' | 'rtl';
}

export const locales = {
  en: { lang: 'en', label: 'English', dir: 'ltr' },
  bn: { lang: 'bn', label: 'বাংলা', dir: 'ltr' },
  fil: { lang: 'fil', label: 'Filipino', dir: 'ltr' },
  hi: { lang: 'hi', label: 'हिन्दी', dir: 'ltr' },
  id: { lang: 'id', label: 'Bahasa Indonesia', dir: 'ltr' },
  ja: { lang: 'ja', label: '日本語', dir: 'ltr' },
  km: { lang: 'km', label: 'ខ្មែរ', dir: 'ltr' },
  lo: { lang: 'lo', label: 'ລາວ', dir: 'ltr' },
  ms: { lang: 'ms', label: 'Bahasa Melayu', dir: 'ltr' },
  my: { lang: 'my', label: 'မြန်မာ', dir: 'ltr' },
  ne: { lang: 'ne', label: 'नेपाली', dir: 'ltr' },
  si: { lang: 'si', label: 'සිංහල', dir: 'ltr' },
  ta: { lang: 'ta', label: 'தமிழ்', dir: 'ltr' },
  th: { lang: 'th', label: 'ไทย', dir: 'ltr' },
  ur: { lang: 'ur', label: 'اردو', dir: 'rtl' },
  vi: { lang: 'vi', label: 'Tiếng Việt', dir: 'ltr' },
  'zh-hans': { lang: 'zh-Hans', label: '简体中文', dir: 'ltr' },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'en';
export const localeKeys = Object.keys(locales) as Locale[];

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && value in locales;
}

/** The locale whose BCP 47 tag this is (Astro reports `Astro.currentLocale` as the tag). */
export function localeOfTag(tag: string | undefined): Locale | undefined {
  return localeKeys.find((key) => locales[key].lang.toLowerCase() === tag?.toLowerCase() || key === tag);
}

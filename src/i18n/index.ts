/**
 * Everything language-related, in one module: the locale list, interface strings (t), formatting
 * through Intl, and localized paths. Pages and components read the page's locale and its `t` from
 * `Astro.locals` (set once per page by src/middleware.ts).
 */
import { getCollection } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { defaultLocale, isLocale, localeKeys, localeOfTag, locales, type Locale, type LocaleInfo } from './locales.ts';
import type { UiKey } from './ui-keys.ts';

export { defaultLocale, isLocale, localeKeys, localeOfTag, locales, type Locale, type UiKey };

type Strings = Partial<Record<string, string>>;
let cache: Map<string, Strings> | undefined;

async function loadStrings(): Promise<Map<string, Strings>> {
  cache ??= new Map((await getCollection('ui')).map((entry) => [entry.id, entry.data]));
  return cache;
}

/** Keys with plural forms (`x.one`, `x.other`, …), named without the form. */
export type PluralKey = UiKey extends infer K ? (K extends `${infer Stem}.other` ? Stem : never) : never;
type Values = Record<string, string | number>;

/** Fill `{name}` placeholders; numbers are written the locale's way (NumberFormat). */
export function format(template: string, values: Values = {}, lang = 'en'): string {
  const numbers = new Intl.NumberFormat(lang);
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/**
 * t(key, values): the string in `locale`, else English. t.plural(key, count, values) picks the form
 * Intl.PluralRules names for `count` (`key.one`, `key.few`, …, falling back to `key.other`).
 */
export function translator(locale: Locale, own: Strings, english: Strings) {
  const { lang } = locales[locale];
  const lookup = (key: string) => own[key] ?? english[key];
  const t = (key: UiKey, values?: Values) => {
    const template = lookup(key);
    // A key missing in English is a programming error: fail the build, never print the key.
    if (template === undefined) throw new Error(`Interface string "${key}" is missing from content/ui/${defaultLocale}.yaml`);
    return format(template, values, lang);
  };
  const rules = new Intl.PluralRules(lang);
  t.plural = (key: PluralKey, count: number, values: Values = {}) => {
    const form = `${key}.${rules.select(count)}`;
    const template = own[form] ?? own[`${key}.other`] ?? english[`${key}.${new Intl.PluralRules('en').select(count)}`] ?? english[`${key}.other`];
    if (template === undefined) throw new Error(`Interface string "${key}.other" is missing from content/ui/${defaultLocale}.yaml`);
    return format(template, { count, ...values }, lang);
  };
  return t;
}
export type Translate = ReturnType<typeof translator>;

export async function useTranslations(locale: Locale): Promise<Translate> {
  const all = await loadStrings();
  return translator(locale, all.get(locale) ?? {}, all.get(defaultLocale) ?? {});
}

/** English keys that a locale's file leaves out (they show in English), for the status page. */
export async function missingStrings(locale: Locale): Promise<{ missing: string[]; total: number }> {
  const all = await loadStrings();
  const english = Object.keys(all.get(defaultLocale) ?? {});
  const own = all.get(locale) ?? {};
  const pluralStem = (key: string) => key.replace(/\.(zero|one|two|few|many|other)$/, '');
  // A plural form counts as done when the locale has its own "other" form.
  const missing = english.filter((key) => own[key] === undefined && !(key !== pluralStem(key) && own[`${pluralStem(key)}.other`] !== undefined));
  return { missing, total: english.length };
}

/** Site path of a page in a locale, with the base path and a trailing slash: localePath('th', 'countries/japan'). */
export function localePath(locale: Locale, path = ''): string {
  // Astro takes the BCP 47 tag and writes its lower-case path (zh-Hans -> /zh-hans/).
  const url = getRelativeLocaleUrl(locales[locale].lang, path.replace(/^\/|\/$/g, ''));
  return url.endsWith('/') ? url : `${url}/`;
}

/** Entry ids are `<locale>/<slug>`; split them. */
export function splitId(id: string): { locale: Locale; slug: string } {
  const [locale, ...rest] = id.split('/');
  if (!isLocale(locale)) throw new Error(`Content entry "${id}" is not in a language folder the site knows (${localeKeys.join(', ')})`);
  return { locale, slug: rest.join('/') };
}

/**
 * A language's name in the reader's language, without the region: "Chinese (Simplified)" for
 * zh-Hans-SG, "Bengali" for bn-BD.
 */
export function languageName(locale: Locale, tag: string): string {
  const { language, script } = new Intl.Locale(tag);
  const names = new Intl.DisplayNames([locales[locale].lang], { type: 'language' });
  return names.of(script ? `${language}-${script}` : language) ?? tag;
}

/** A member country's name in the reader's language (ISO 3166-1 code), from the platform's data. */
export function countryName(locale: Locale, code: string): string {
  return new Intl.DisplayNames([locales[locale].lang], { type: 'region' }).of(code) ?? code;
}

/** "Bengali, English and Hindi" in the reader's language. */
export function formatList(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(locales[locale].lang, { type: 'conjunction' }).format(items);
}

/** A date written YYYY, YYYY-MM or YYYY-MM-DD, in the reader's language, as precise as it is known. */
export function formatDate(locale: Locale, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  // Gregorian years everywhere, as the text around them writes them (Thai would default to the Buddhist era).
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC', calendar: 'gregory' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(locales[locale].lang, options).format(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
}

/**
 * `lang` and `dir` for text whose language differs from its page's (an English page shown in
 * place of a missing translation); nothing when they match.
 */
export function textLanguage(page: Locale, text: Locale): { lang?: string; dir?: LocaleInfo['dir'] } {
  if (page === text) return {};
  const { lang, dir } = (locales as Record<string, LocaleInfo>)[text]!;
  return { lang, dir };
}

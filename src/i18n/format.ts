/**
 * Interface strings and formatting, free of Astro imports: t() with placeholders and plural forms
 * (Intl.PluralRules), numbers (NumberFormat), dates (DateTimeFormat), lists (ListFormat) and the
 * names of languages and countries (DisplayNames), each in the reader's language.
 */
import { defaultLocale, locales, type Locale, type LocaleInfo } from './locales.ts';
import type { UiKey } from './ui-keys.ts';
import { fill } from './fill.ts';

type Strings = Partial<Record<string, string>>;

/** Intl objects are costly to make and every page uses the same few: one per language and kind. */
function perLanguage<T>(make: (lang: string) => T): (lang: string) => T {
  const made = new Map<string, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) made.set(lang, (value = make(lang)));
    return value;
  };
}
const numberFormat = perLanguage((lang) => new Intl.NumberFormat(lang));
const pluralRules = perLanguage((lang) => new Intl.PluralRules(lang));
const listFormat = perLanguage((lang) => new Intl.ListFormat(lang, { type: 'conjunction' }));
const regionNames = perLanguage((lang) => new Intl.DisplayNames([lang], { type: 'region' }));
const languageNames = perLanguage((lang) => new Intl.DisplayNames([lang], { type: 'language' }));

/** A key's name without its plural form: "map.title.few" -> "map.title"; other keys as they are. */
export function pluralStem(key: string): string {
  return key.replace(/\.(zero|one|two|few|many|other)$/, '');
}

/** The English string a translated key follows: its own, or for a plural form English lacks (few, many, …), English's "other". */
export function englishFor(key: string, english: Partial<Record<string, string>>): string | undefined {
  return english[key] ?? (pluralStem(key) === key ? undefined : english[`${pluralStem(key)}.other`]);
}

/** Keys with plural forms (`x.one`, `x.other`, …), named without the form. */
export type PluralKey = UiKey extends infer K ? (K extends `${infer Stem}.other` ? Stem : never) : never;
type Values = Record<string, string | number>;

/** Fill `{name}` placeholders; numbers are written the locale's way (NumberFormat). */
export function format(template: string, values: Values = {}, lang = 'en'): string {
  return fill(template, values, numberFormat(lang));
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
  const rules = pluralRules(lang);
  t.plural = (key: PluralKey, count: number, values: Values = {}) => {
    const form = `${key}.${rules.select(count)}`;
    const template = own[form] ?? own[`${key}.other`] ?? english[`${key}.${pluralRules('en').select(count)}`] ?? english[`${key}.other`];
    if (template === undefined) throw new Error(`Interface string "${key}.other" is missing from content/ui/${defaultLocale}.yaml`);
    return format(template, { count, ...values }, lang);
  };
  /**
   * Every plural form of a key in this language, placeholders unfilled, for a script that counts
   * in the browser with Intl.PluralRules: { one: "…", other: "…" }. Forms the language lacks fall
   * back as in t.plural.
   */
  t.forms = (key: PluralKey): Record<string, string> => {
    const forms: Record<string, string> = {};
    for (const form of new Set([...rules.resolvedOptions().pluralCategories, 'other'])) {
      const template = own[`${key}.${form}`] ?? own[`${key}.other`] ?? english[`${key}.${form}`] ?? english[`${key}.other`];
      if (template === undefined) throw new Error(`Interface string "${key}.other" is missing from content/ui/${defaultLocale}.yaml`);
      forms[form] = template;
    }
    return forms;
  };
  return t;
}
export type Translate = ReturnType<typeof translator>;

/**
 * A language's name in the reader's language, without the region: "Chinese (Simplified)" for
 * zh-Hans-SG, "Bengali" for bn-BD.
 */
export function languageName(locale: Locale, tag: string): string {
  const { language, script } = new Intl.Locale(tag);
  return languageNames(locales[locale].lang).of(script ? `${language}-${script}` : language) ?? tag;
}

/** A member country's name in the reader's language (ISO 3166-1 code), from the platform's data. */
export function countryName(locale: Locale, code: string): string {
  return regionNames(locales[locale].lang).of(code) ?? code;
}

/** "Bengali, English and Hindi" in the reader's language. */
export function formatList(locale: Locale, items: string[]): string {
  return listFormat(locales[locale].lang).format(items);
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

/**
 * Everything language-related, in one module: the locale list, interface strings (t), and
 * localized paths. Pages and components get their strings through `useTranslations(locale)`.
 */
import { getCollection } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { defaultLocale, isLocale, localeKeys, locales, type Locale, type LocaleInfo } from './locales.ts';

export { defaultLocale, isLocale, localeKeys, locales, type Locale };

type Strings = Record<string, string>;
let cache: Map<string, Strings> | undefined;

async function loadStrings(): Promise<Map<string, Strings>> {
  cache ??= new Map((await getCollection('ui')).map((entry) => [entry.id, entry.data]));
  return cache;
}

/** Fill `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * Returns t(key, values): the string in `locale`, else English. A key missing in English is a
 * programming error, so it fails the build instead of printing the key on a page.
 */
export async function useTranslations(locale: Locale) {
  const all = await loadStrings();
  const own = all.get(locale) ?? {};
  const english = all.get(defaultLocale) ?? {};
  return (key: string, values?: Record<string, string | number>) => {
    const template = own[key] ?? english[key];
    if (template === undefined) throw new Error(`Interface string "${key}" is missing from content/ui/${defaultLocale}.yaml`);
    return format(template, values);
  };
}
export type Translate = Awaited<ReturnType<typeof useTranslations>>;

/** Site path of a page in a locale, with the base path and a trailing slash: localePath('en', 'countries/japan'). */
export function localePath(locale: Locale, path = ''): string {
  const url = getRelativeLocaleUrl(locale, path.replace(/^\/|\/$/g, ''));
  return url.endsWith('/') ? url : `${url}/`;
}

/** `getStaticPaths` params for every locale: English has no prefix. */
export function localeParams(locale: Locale): { locale: string | undefined } {
  return { locale: locale === defaultLocale ? undefined : locale };
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

/**
 * `lang` and `dir` for text whose language differs from its page's (an English page shown in
 * place of a missing translation); nothing when they match.
 */
export function textLanguage(page: Locale, text: Locale): { lang?: string; dir?: LocaleInfo['dir'] } {
  if (page === text) return {};
  const { lang, dir } = (locales as Record<string, LocaleInfo>)[text]!;
  return { lang, dir };
}

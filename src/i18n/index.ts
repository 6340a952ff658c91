/**
 * Everything language-related, in one module: the locale list, interface strings (t), formatting
 * through Intl (src/i18n/format.ts), and localized paths. Pages and components read the page's
 * locale and its `t` from `Astro.locals` (set once per page by src/middleware.ts).
 */
import { getCollection } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { defaultLocale, isLocale, localeKeys, localeOfTag, locales, type Locale } from './locales.ts';
import { translator, type Translate } from './format.ts';
import type { UiKey } from './ui-keys.ts';

export { defaultLocale, isLocale, localeKeys, localeOfTag, locales, type Locale, type UiKey };
export {
  countryName,
  format,
  formatDate,
  formatList,
  languageName,
  textLanguage,
  translator,
  type PluralKey,
  type Translate,
} from './format.ts';

type Strings = Partial<Record<string, string>>;
let cache: Map<string, Strings> | undefined;

async function loadStrings(): Promise<Map<string, Strings>> {
  cache ??= new Map((await getCollection('ui')).map((entry) => [entry.id, entry.data]));
  return cache;
}

export async function useTranslations(locale: Locale): Promise<Translate> {
  const all = await loadStrings();
  return translator(locale, all.get(locale) ?? {}, all.get(defaultLocale) ?? {});
}

const paths = new Map<string, string>();
/** Site path of a page in a locale, with the base path and a trailing slash: localePath('th', 'countries/japan'). */
export function localePath(locale: Locale, path = ''): string {
  // Every page links to itself in 17 languages: remember the answers.
  const key = `${locale}:${path}`;
  let url = paths.get(key);
  if (url === undefined) {
    // Astro takes the BCP 47 tag and writes its lower-case path (zh-Hans -> /zh-hans/).
    url = getRelativeLocaleUrl(locales[locale].lang, path.replace(/^\/|\/$/g, ''));
    if (!url.endsWith('/')) url = `${url}/`;
    paths.set(key, url);
  }
  return url;
}

/** Entry ids are `<locale>/<slug>`; split them. */
export function splitId(id: string): { locale: Locale; slug: string } {
  const [locale, ...rest] = id.split('/');
  if (!isLocale(locale)) throw new Error(`Content entry "${id}" is not in a language folder the site knows (${localeKeys.join(', ')})`);
  return { locale, slug: rest.join('/') };
}

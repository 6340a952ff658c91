/**
 * Where everything is published: the path of each page inside its language, and the static paths
 * of every route in every language. One mapping for the routes, links, the content check, the
 * translation status, the pull-request summary and the tests; no other file spells a section.
 * Free of Astro imports.
 */
import { defaultLocale, localeKeys, type Locale } from '../i18n/locales.ts';

export const collections = ['pages', 'countries', 'people'] as const;
export type ContentCollection = (typeof collections)[number];

/** The home page's text (content/pages/<language>/home.md) has the index route. */
export const HOME = 'home';

/** Sections of the site, by what they hold. */
export const sections = {
  countries: 'countries',
  leaders: 'leaders',
  search: 'search',
  translations: 'translations',
  offline: 'offline',
  /** A draft beside its English page, for reviewers (not indexed, not in the sitemap, search or offline saves). */
  review: 'review',
} as const;

/** Path inside a language of a part of a translation's review view: "review/countries/japan/1". */
export function reviewRoute(collection: ContentCollection, slug: string, part = 1): string {
  return `${sections.review}/${collection}/${slug}/${part}`;
}

/** Path inside a language of the page a content file makes: "", "about", "countries/japan". */
export function routeOf(collection: ContentCollection, slug: string): string {
  if (collection === 'pages') return slug === HOME ? '' : slug;
  return `${collection === 'people' ? sections.leaders : sections.countries}/${slug}`;
}

/** The id of a page's row on the translation status page ("countries/japan" -> "countries-japan"). */
export function statusRowId(route: string): string {
  return route.replaceAll('/', '-') || 'home';
}

/** Pages that exist without a content file of their own. */
export const fixedRoutes = ['', sections.countries, sections.leaders, sections.search, sections.translations, sections.offline] as const;

/** `getStaticPaths` params of a language: English has no prefix. */
export function localeParams(locale: Locale): { locale: string | undefined } {
  return { locale: locale === defaultLocale ? undefined : locale };
}

/** `getStaticPaths` of a route that exists once in every language. */
export function pathsForEveryLocale() {
  return localeKeys.map((locale) => ({ params: localeParams(locale), props: { locale } }));
}

/** `getStaticPaths` of a route with one page per item (`param` is the item's slug) in every language. */
export async function pathsForItems<Param extends string, Item extends { slug: string }>(
  param: Param,
  itemsOf: (locale: Locale) => Promise<Item[]>,
) {
  const paths = [];
  for (const locale of localeKeys) {
    for (const item of await itemsOf(locale)) {
      paths.push({
        params: { ...localeParams(locale), [param]: item.slug } as Record<Param | 'locale', string | undefined>,
        props: { locale, item },
      });
    }
  }
  return paths;
}

/** The deployment's base path as "/" or "/name/", however BASE_PATH was written. */
export function basePathFrom(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

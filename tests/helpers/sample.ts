/**
 * Which pages the browser tests open: every page template in English, Thai, Urdu (right to left)
 * and Khmer, with each of those languages' own translated country page, and one template in each
 * other language, a different one each; plus the two offline pages and the 404 page. Loading
 * all ~500 pages in a browser would take minutes and prove little more: the build tests read
 * every page.
 */
import { localeKeys, type Locale } from '../../src/i18n/locales.ts';

/** One page of each template, as paths inside a language. */
export const templates = [
  '',
  'about',
  'history',
  'countries',
  'countries/sri-lanka',
  'leaders',
  'leaders/eri-trinurini-adhi',
  'search',
  'translations',
];

export const fullLocales = ['en', 'th', 'ur', 'km'] as const satisfies readonly Locale[];
const ownCountry: Record<(typeof fullLocales)[number], string> = {
  en: 'countries/bangladesh',
  th: 'countries/thailand',
  ur: 'countries/pakistan',
  km: 'countries/cambodia',
};

/** Site paths relative to the site root ("th/history/"), for `new URL(path, site)`. */
export function samplePaths(): string[] {
  const at = (locale: Locale, route: string) => `${locale === 'en' ? '' : `${locale}/`}${route ? `${route}/` : ''}`;
  const full = fullLocales.flatMap((locale) => [...templates, ownCountry[locale]].map((route) => at(locale, route)));
  const rest = localeKeys
    .filter((l) => !(fullLocales as readonly string[]).includes(l))
    .map((locale, i) => at(locale, templates[i % templates.length]!));
  // The offline pages once each: "Read offline", and the page the service worker shows for a page
  // never opened (right to left).
  return [...full, ...rest, at('th', 'offline'), at('ur', 'offline/unavailable'), '404.html'];
}

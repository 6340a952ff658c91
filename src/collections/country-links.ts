/** Turns country entries into the links the map and the country list show, named in the reader's language. */
import type { CollectionEntry } from 'astro:content';
import { countryName, localePath, locales, type Locale } from '../i18n/index.ts';
import type { CountryCode } from '../site/members.ts';
import { routeOf } from '../site/routes.ts';

export function countryLinks(locale: Locale, countries: { entry: CollectionEntry<'countries'>; slug: string }[]) {
  const list = countries
    .map(({ entry, slug }) => ({
      code: entry.data.code,
      name: countryName(locale, entry.data.code),
      href: localePath(locale, routeOf('countries', slug)),
      nativeName: entry.data.nativeNames[0],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locales[locale].lang));
  const byCode: Partial<Record<CountryCode, { href: string; name: string }>> = Object.fromEntries(
    list.map((c) => [c.code, { href: c.href, name: c.name }]),
  );
  return { list, byCode };
}

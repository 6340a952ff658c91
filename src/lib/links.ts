/** Turns country entries into the links the map and the country list show. */
import type { CollectionEntry } from 'astro:content';
import { localePath, type Locale } from '../i18n/index.ts';
import type { CountryCode } from '../members.ts';

export function countryLinks(locale: Locale, countries: { entry: CollectionEntry<'countries'>; slug: string }[]) {
  const list = countries.map(({ entry, slug }) => ({
    code: entry.data.code,
    name: entry.data.name,
    href: localePath(locale, `countries/${slug}`),
    nativeName: entry.data.nativeNames[0],
  }));
  const byCode: Partial<Record<CountryCode, { href: string; name: string }>> = Object.fromEntries(
    list.map((c) => [c.code, { href: c.href, name: c.name }]),
  );
  return { list, byCode };
}

/**
 * The web app manifest of each language, so the site can be added to a phone's home screen: the
 * site's name in that language, its home page, the site's own icon, and the colours of the
 * stylesheet (read from its custom properties, so they cannot drift apart).
 */
import type { APIRoute } from 'astro';
import styles from '../../styles/global.css?raw';
import { localePath, locales, useTranslations, type Locale } from '../../i18n/index.ts';
import { pathsForEveryLocale } from '../../site/routes.ts';

export function getStaticPaths() {
  return pathsForEveryLocale();
}

/** A colour of the light theme (the first `:root` block of the stylesheet). */
function colour(property: string): string {
  const value = new RegExp(`${property}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(styles)?.[1];
  if (!value) throw new Error(`src/styles/global.css has no colour ${property}`);
  return value;
}

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale } }) => {
  const t = await useTranslations(locale);
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: t('site.name'),
    short_name: t('site.shortName'),
    lang: locales[locale].lang,
    dir: locales[locale].dir,
    start_url: localePath(locale),
    scope: base,
    display: 'standalone',
    theme_color: colour('--accent'),
    background_color: colour('--bg'),
    icons: [{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(JSON.stringify(manifest, null, 2));
};

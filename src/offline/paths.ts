/** Where offline reading's own files are published, from the site root. */
import type { Locale } from '../i18n/locales.ts';
import { sections } from '../site/routes.ts';

/**
 * The page the service worker shows, offline, in place of a page never opened: not a page of its
 * own (noindex, outside the sitemap and the search index).
 */
export const offlineFallback = `${sections.offline}/unavailable`;

/** The list of every file of a language that "Save for offline reading" downloads, from the site root. */
export function offlineListFile(locale: Locale): string {
  return `${sections.offline}/${locale}.json`;
}

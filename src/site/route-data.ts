/**
 * What a page's layout and components need to know about the page itself, set once by its route
 * on `Astro.locals.route` (typed in src/env.d.ts), so it is not handed down through every layer.
 */
import type { Locale } from '../i18n/locales.ts';
import type { TranslationState } from '../i18n/tracking.ts';

export interface RouteData {
  /** Path inside the locale ("countries/japan"); empty for home; undefined for a page without an address of its own (the 404 page, the offline fallback, review views). */
  path: string | undefined;
  /** The file volunteers edit to change this page (and, on a fallback page, the translation to create). */
  source: { file: string; translationFile?: string | undefined };
  /** Language of the page's text: the page's own, or English standing in for a missing translation. */
  contentLocale: Locale;
  /** How the text stands against English; none for English and for pages made of interface strings. */
  state: TranslationState | undefined;
  /** Whether a person reviewed the translation (its record): said also when the English has changed since. */
  reviewed?: boolean | undefined;
}

/**
 * Sets the page's route data. A page made of interface strings needs only its path: its source is
 * its language's strings file, its text in its own language.
 */
export function setRoute(locals: App.Locals, route: Pick<RouteData, 'path'> & Partial<RouteData>): void {
  locals.route = { source: { file: `content/ui/${locals.locale}.yaml` }, contentLocale: locals.locale, state: undefined, ...route };
}

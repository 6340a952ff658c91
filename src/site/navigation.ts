/** The main navigation, in order: a path inside a locale and the interface string naming it. */
import type { UiKey } from '../i18n/ui-keys.ts';
import { routeOf, sections } from './routes.ts';

export const navigation: readonly { path: string; label: UiKey }[] = [
  { path: '', label: 'nav.home' },
  { path: routeOf('pages', 'about'), label: 'nav.about' },
  { path: routeOf('pages', 'history'), label: 'nav.history' },
  { path: routeOf('pages', 'sse-definition'), label: 'nav.sseDefinition' },
  { path: routeOf('pages', 'five-dimensions'), label: 'nav.fiveDimensions' },
  { path: routeOf('pages', 'network'), label: 'nav.network' },
  { path: sections.countries, label: 'nav.countries' },
  { path: sections.leaders, label: 'nav.leaders' },
];

/** The main navigation, in order: a path inside a locale and the interface string naming it. */
export const navigation = [
  { path: '', label: 'nav.home' },
  { path: 'about', label: 'nav.about' },
  { path: 'history', label: 'nav.history' },
  { path: 'sse-definition', label: 'nav.sseDefinition' },
  { path: 'five-dimensions', label: 'nav.fiveDimensions' },
  { path: 'network', label: 'nav.network' },
  { path: 'countries', label: 'nav.countries' },
  { path: 'leaders', label: 'nav.leaders' },
] as const;

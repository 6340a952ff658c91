/**
 * What every page and component reads from `Astro.locals`: its locale and interface strings (set
 * by src/middleware.ts), and the page's own route data (set by the page: src/site/route-data.ts).
 */
declare namespace App {
  interface Locals {
    locale: import('./i18n/locales.ts').Locale;
    t: import('./i18n/index.ts').Translate;
    route: import('./site/route-data.ts').RouteData;
  }
}

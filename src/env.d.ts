/** What src/middleware.ts gives every page and component: its locale and its interface strings. */
declare namespace App {
  interface Locals {
    locale: import('./i18n/locales.ts').Locale;
    t: import('./i18n/index.ts').Translate;
  }
}

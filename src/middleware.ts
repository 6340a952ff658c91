/**
 * Sets the page's locale (from Astro's i18n routing) and its interface strings on `locals`, once
 * per page, so components read them there instead of having them passed down; then puts the
 * rendered page's security policy first in its head, listing only what the page uses
 * (src/site/csp.ts), before the page is written: no step reads every page back from dist/ for it.
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, localeOfTag, useTranslations } from './i18n/index.ts';
import { tightenPolicy } from './site/csp.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = localeOfTag(context.currentLocale) ?? defaultLocale;
  context.locals.locale = locale;
  context.locals.t = await useTranslations(locale);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(tightenPolicy(await response.text()), { status: response.status, statusText: response.statusText, headers });
});

/**
 * Sets the page's locale (from Astro's i18n routing) and its interface strings on `locals`, once
 * per page, so components read them there instead of having them passed down.
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, localeOfTag, useTranslations } from './i18n/index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = localeOfTag(context.currentLocale) ?? defaultLocale;
  context.locals.locale = locale;
  context.locals.t = await useTranslations(locale);
  return next();
});

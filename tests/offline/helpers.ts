/** What the offline tests share: the interface strings of a language, and waiting for the service worker. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { parse } from 'yaml';
import type { Locale } from '../../src/i18n/locales.ts';
import type { OfflineList } from '../../src/offline/integration.ts';
import { distDir } from '../helpers/dist.ts';
import { serveSite } from './static-server.ts';

const read = (locale: Locale) => parse(readFileSync(join(process.cwd(), 'content/ui', `${locale}.yaml`), 'utf8')) as Record<string, string>;

/** A language's interface strings, English where it has none (as the site shows them). */
export function stringsOf(locale: Locale): Record<string, string> {
  return { ...read('en'), ...read(locale) };
}

/** Fills {placeholders} that are words (numbers are the browser's to format). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The build's list of what "Save for offline reading" downloads for a language. */
export function offlineList(locale: Locale, dir = distDir): OfflineList {
  return JSON.parse(readFileSync(join(dir, 'offline', `${locale}.json`), 'utf8')) as OfflineList;
}

/** Waits until the service worker is active and controls the page. */
export async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The names of the page's caches, and whether a URL is in one of them. */
export const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
export const cached = (page: Page, urls: string[]) =>
  page.evaluate((list) => Promise.all(list.map(async (url) => (await caches.match(url)) !== undefined)), urls);

export type { Misbehaviour } from './static-server.ts';

/** A built site served as GitHub Pages serves it, and a page of it open in a fresh context, under the service worker's control. */
export async function visitServed(browser: Browser, path: string, root = distDir, options: BrowserContextOptions = {}) {
  const server = await serveSite(root);
  const at = (p: string) => new URL(p, server.url).href;
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(at(path));
  await controlled(page);
  return { server, at, context, page, close: () => context.close().then(() => server.close()) };
}

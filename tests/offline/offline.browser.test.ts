/**
 * Offline reading in Chromium (browser offline mode): pages opened online read again offline, a
 * page never opened shows the offline page of its language (even a language never visited), a
 * search run online runs again offline, one never run says what is missing; with the service
 * worker blocked or JavaScript off, pages work as before.
 */
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { useBrowser } from '../helpers/browser.ts';
import { controlled, fill, stringsOf } from './helpers.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const at = (path: string) => new URL(path, site).href;
const th = stringsOf('th');
const km = stringsOf('km');

describe('offline', () => {
  it('keeps the pages opened and the search run, and shows the offline page for the rest, in its language', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Online: the first page registers the worker (it was loaded before the worker ran).
    await page.goto(at(''));
    await controlled(page);
    // Pages are asked of the network while the worker starts, not after.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).navigationPreload.getState().then((s) => s.enabled))).toBe(
      true,
    );
    const headings = new Map<string, string>([['', await page.locator('h1').innerText()]]);
    await page.goto(at('th/countries/thailand/'));
    headings.set('th/countries/thailand/', await page.locator('h1').innerText());
    await page.goto(at('search/?q=cooperative'));
    await page.locator('#search-results a').first().waitFor();
    const results = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(results.length).toBeGreaterThan(0);
    // The Thai search page, opened but never used online.
    await page.goto(at('th/search/'));

    await context.setOffline(true);
    for (const [path, heading] of headings) {
      await page.goto(at(path));
      await expect(page.locator('h1').innerText(), path).resolves.toBe(heading);
      await page.reload();
      await expect(page.locator('h1').innerText(), `${path} reloaded`).resolves.toBe(heading);
    }

    // Never opened: the offline page of the address's language, at that address.
    await page.goto(at('th/countries/japan/'));
    expect(page.url()).toBe(at('th/countries/japan/'));
    expect(await page.locator('html').getAttribute('lang')).toBe(locales.th.lang);
    await expect(page.locator('h1').innerText()).resolves.toBe(th['offline.unavailableTitle']);
    await expect(page.locator('main a:visible').first().getAttribute('href')).resolves.toBe(new URL(at('th/')).pathname);

    // A language never visited on this device: its offline page all the same, in its language.
    await page.goto(at('km/history/'));
    expect(await page.locator('html').getAttribute('lang')).toBe(locales.km.lang);
    await expect(page.locator('h1').innerText()).resolves.toBe(km['offline.unavailableTitle']);
    await expect(page.locator('main a:visible').first().getAttribute('href')).resolves.toBe(new URL(at('km/')).pathname);
    await page.goto(at('ur/about/'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect(page.locator('h1').innerText()).resolves.toBe(stringsOf('ur')['offline.unavailableTitle']);

    // The same search, offline, from the files it used online.
    await page.goto(at('search/?q=cooperative'));
    await page.locator('#search-results a').first().waitFor();
    expect(await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(results);

    // A search never run online, in a language not saved: it says what is missing, and where to save it.
    await page.goto(at('th/search/?q=สหกรณ์'));
    await expect
      .poll(() => page.locator('#search-status').innerText())
      .toContain(fill(th['search.offline']!, { language: locales.th.label }));
    await expect(page.locator('#search-status a').getAttribute('href')).resolves.toBe(new URL(at('th/offline/')).pathname);

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search with files missing', () => {
  it('counts the results whose text could not be had, and shows the rest', async () => {
    // Without the worker, so that the failures below reach the page as a device would see them.
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(at('search/'));
    // Every other result's text fails to arrive (as on a device holding only part of a language).
    let fragment = 0;
    await page.route('**/*.pf_fragment', (route) => (fragment++ % 2 ? route.abort() : route.continue()));
    await page.locator('#search-input').fill('cooperative');
    await page.locator('#search-input').press('Enter');
    const en = stringsOf('en');
    await expect
      .poll(() => page.locator('#search-status').innerText())
      .toMatch(new RegExp(en['search.missing.other']!.replace('{count}', '\\d+').replace(/[.:]/g, '\\$&')));
    const shown = await page.locator('#search-results li').count();
    const status = await page.locator('#search-status').innerText();
    const total = Number(/^(\d+)/.exec(status)![1]);
    const missing = Number(new RegExp(en['search.missing.other']!.replace('{count}', '(\\d+)').replace(/[.:]/g, '\\$&')).exec(status)![1]);
    expect(shown).toBeGreaterThan(0);
    expect(missing).toBeGreaterThan(0);
    expect(shown + missing).toBe(Math.min(total, 5));
    await context.close();
  });
});

describe('without the service worker', () => {
  it('pages work with the service worker blocked, and the offline page says saving is not possible', async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(at('th/countries/thailand/'));
    await expect(page.locator('h1').innerText()).resolves.not.toBe('');
    await page.goto(at('th/offline/'));
    await expect.poll(() => page.locator('#offline-status').innerText()).toBe(th['offline.unsupported']);
    expect(await page.locator('#offline-save').isVisible()).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await context.close();
  });

  it('pages work without JavaScript, and the offline page says saving needs it', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('ur/countries/pakistan/'));
    await expect(page.locator('h1').innerText()).resolves.not.toBe('');
    await page.goto(at('th/offline/'));
    // The <noscript> note, shown as text (Playwright's text search skips <noscript> itself).
    expect(await page.locator('.offline-save').innerText()).toContain(th['offline.noScript']);
    expect(await page.locator('#offline-save').isVisible()).toBe(false);
    await context.close();
  });
});

/**
 * As an attacker, and as a reader on a bad connection, in Chromium:
 * - another site on the same origin plants a page in Cache Storage: the worker never serves it;
 * - a page answered late, with a 5xx, or cut off mid-body is shown from the kept copy, never
 *   replaced by the bad answer, and says it is a kept copy, with its date, in its language.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { useBrowser } from '../helpers/browser.ts';
import { basePath, distDir } from '../helpers/dist.ts';
import { stringsOf, visitServed, type Misbehaviour } from './helpers.ts';
import { serveSite } from './static-server.ts';

const browser = useBrowser();
const th = stringsOf('th');

describe('the worker trusts only itself', () => {
  it('never serves what another site on the same origin put in Cache Storage', async () => {
    const { at, context, page, close } = await visitServed(browser(), 'th/');
    // Same origin, so the same Cache Storage: a page and a script planted under ASEC's addresses.
    await page.evaluate(
      async ([pageUrl, scriptUrl]) => {
        const cache = await caches.open('another site');
        await cache.put(
          pageUrl!,
          new Response('<!doctype html><title>planted</title><h1>planted</h1>', { headers: { 'content-type': 'text/html' } }),
        );
        await cache.put(scriptUrl!, new Response('document.title = "planted"', { headers: { 'content-type': 'text/javascript' } }));
      },
      [at('th/countries/japan/'), at('favicon.svg')],
    );
    await context.setOffline(true);
    await page.goto(at('th/countries/japan/'));
    await expect(page.locator('h1').innerText()).resolves.toBe(th['offline.unavailableTitle']);
    expect(await page.title()).not.toBe('planted');
    await close();
  });
});

describe('nothing published can run as a document', () => {
  it('every picture and icon of the built site, opened at its own address, runs no script', async () => {
    const { readdirSync } = await import('node:fs');
    const { join, relative, sep } = await import('node:path');
    const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(svgz?|png|jpe?g|webp|avif|gif|ico)$/i.test(d.name))
      .map((d) => relative(distDir, join(d.parentPath, d.name)).split(sep).join('/'));
    expect(files.length).toBeGreaterThan(0);
    const server = await serveSite(distDir);
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const ran: string[] = [];
    page.on('dialog', (dialog) => {
      ran.push(dialog.message());
      void dialog.dismiss();
    });
    for (const file of files) {
      await page.goto(new URL(file, server.url).href);
      // No script element, and nothing written where a planted script would write.
      expect(await page.evaluate(() => document.querySelectorAll('script').length), file).toBe(0);
      expect(await page.evaluate(() => caches.keys()), file).toEqual([]);
    }
    expect(ran).toEqual([]);
    await context.close();
    await server.close();
  });
});

describe('a bad connection', () => {
  const cases: [string, Misbehaviour][] = [
    ['slower than the timeout', { delay: 5000 }],
    ['a fast 503', { status: 503 }],
    ['a body cut off mid-transfer', { cut: true }],
  ];
  it.each(cases)("%s: the kept copy, marked as such with its date, in the page's language", async (_, how) => {
    const { server, at, page, close } = await visitServed(browser(), 'th/history/');
    await page.goto(at('th/about/'));
    await page.goto(at('th/history/'));
    const heading = await page.locator('h1').innerText();
    expect(await page.locator('[data-kept-copy]').isVisible()).toBe(false);

    server.misbehave(`${basePath}th/history/`, how);
    // A reload asks the server again (a plain visit may be answered by the HTTP cache).
    await page.reload();
    await expect(page.locator('h1').innerText()).resolves.toBe(heading);
    const notice = page.locator('[data-kept-copy]');
    await expect(notice.isVisible()).resolves.toBe(true);
    const [before, after] = th['offline.keptCopy']!.split('{date}');
    const text = await notice.innerText();
    expect(text.startsWith(before!.trim())).toBe(true);
    expect(text).toContain(after!.trim());
    // The date, written the Thai way, of when the copy was kept (today).
    const datetime = await notice.locator('time').getAttribute('datetime');
    expect(Date.now() - Date.parse(datetime!)).toBeLessThan(120_000);
    const written = await page.evaluate(
      (iso) => new Intl.DateTimeFormat('th', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
      datetime!,
    );
    expect(await notice.locator('time').innerText()).toBe(written);
    expect(await notice.locator('a').innerText()).toBe(th['offline.reload']);
    expect(await page.locator('html').getAttribute('lang')).toBe(locales.th.lang);

    // Once the host behaves (and a late answer has arrived), a reload shows the page from the network, without the notice.
    if ('delay' in how) await expect.poll(() => server.takeSent().has(`${basePath}th/history/`), { timeout: 60_000 }).toBe(true);
    server.misbehave(`${basePath}th/history/`, undefined);
    await page.reload();
    await expect(page.locator('[data-kept-copy]').isVisible()).resolves.toBe(false);
    await close();
  });
});

/**
 * "Save Thai for offline reading" in Chromium, by keyboard, on a server that counts what it sends:
 * the size announced before the download is what the download fetches, file by file; afterwards
 * every page of the language (and its search) opens offline; "Remove" empties the saved copy.
 * With too little room on the device it says so and keeps nothing; "Remove" during a save stops it.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { useBrowser } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { cached, cacheNames, controlled, fill, offlineList, stringsOf, visitServed } from './helpers.ts';
import { serveSite } from './static-server.ts';

const browser = useBrowser();
const th = stringsOf('th');
const language = locales.th.label;

describe('save a language for offline reading', () => {
  it('announces the size, downloads exactly that, and every Thai page then opens offline until removed', async () => {
    const { files } = offlineList('th');
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    const pages = files.filter((f) => f.url.endsWith('/')).map((f) => f.url);
    expect(pages.length).toBeGreaterThan(25);
    const server = await serveSite(distDir);
    const at = (path: string) => new URL(path, server.url).href;
    const context = await browser().newContext();
    const page = await context.newPage();

    await page.goto(at('th/offline/'));
    await controlled(page);
    // Announced before anything starts: the list's total, in kilobytes or megabytes, the Thai way.
    const size = await page.evaluate(
      (bytes) =>
        new Intl.NumberFormat('th', { style: 'unit', unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
          bytes >= 1e6 ? bytes / 1e6 : bytes / 1e3,
        ),
      total,
    );
    const count = await page.evaluate((n) => new Intl.NumberFormat('th').format(n), files.length);
    const announced = fill(fill(th['offline.size.other']!, { language }), { size, count });
    await expect.poll(() => page.locator('#offline-size').innerText()).toBe(announced);
    expect(await page.locator('#offline-save').innerText()).toBe(fill(th['offline.save']!, { language }));
    server.takeSent();

    // By keyboard: once saved, the keyboard goes on from the Remove button that replaced Save.
    await page.locator('#offline-save').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#offline-status').innerText(), { timeout: 60_000 })
      .toBe(fill(th['offline.saved']!, { language }));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('offline-remove');
    const sent = server.takeSent();
    // Every file of the list, once, whole: the bytes announced are the bytes fetched.
    expect(files.filter((f) => sent.get(new URL(at(f.url)).pathname) !== f.bytes)).toEqual([]);
    expect(files.reduce((sum, f) => sum + (sent.get(new URL(at(f.url)).pathname) ?? 0), 0)).toBe(total);
    expect(await page.locator('#offline-remove').isVisible()).toBe(true);
    console.log(`Save Thai for offline: ${files.length} files, ${total} bytes (${announced})`);

    await context.setOffline(true);
    expect((await cached(page, pages)).filter((hit) => !hit)).toEqual([]);
    for (const path of ['th/history/', 'th/countries/japan/', 'th/leaders/']) {
      await page.goto(at(path));
      await expect(page.locator('h1').innerText(), path).resolves.not.toBe(th['offline.unavailableTitle']);
    }
    // Its search too, never run online: "สหกรณ์" (cooperative).
    await page.goto(at('th/search/?q=สหกรณ์'));
    await page.locator('#search-results a').first().waitFor();

    await page.goto(at('th/offline/'));
    await page.locator('#offline-remove').click();
    await expect.poll(() => page.locator('#offline-status').innerText()).toBe(th['offline.removed']);
    expect((await cacheNames(page)).filter((name) => name.includes('saved'))).toEqual([]);
    await page.goto(at('th/countries/japan/'));
    await expect(page.locator('h1').innerText()).resolves.toBe(th['offline.unavailableTitle']);

    await context.close();
    await server.close();
  });
});

describe('saving with too little room, or removing during a save', () => {
  it('says there is not enough space, and leaves nothing half-saved', async () => {
    const { server, context, page, close } = await visitServed(browser(), 'th/offline/');
    // A device nearly full: the origin may store far less than the language needs.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: 150_000 });
    await page.locator('#offline-save').click();
    await expect.poll(() => page.locator('#offline-status').innerText(), { timeout: 60_000 }).toBe(fill(th['offline.full']!, { language }));
    expect((await cacheNames(page)).filter((name) => name.includes('saved'))).toEqual([]);
    expect(await page.locator('#offline-save').isVisible()).toBe(true);
    await close();
  });

  it('stops a save when Remove is pressed during it, and never reports it saved', async () => {
    const { server, at, page, close } = await visitServed(browser(), 'th/offline/');
    // A slow connection: every Thai page takes a while.
    for (const { url } of offlineList('th').files.filter((f) => f.url.endsWith('/')))
      server.misbehave(new URL(at(url)).pathname, { delay: 400 });
    await page.locator('#offline-save').click();
    await page.locator('#offline-progress').waitFor({ state: 'visible' });
    // Offered during the save, and pressed while it is under way.
    expect(await page.locator('#offline-remove').isVisible()).toBe(true);
    await page.locator('#offline-remove').click({ timeout: 2000 });
    await expect.poll(() => page.locator('#offline-status').innerText(), { timeout: 60_000 }).toBe(th['offline.removed']);
    // Until every download under way has ended (the server quiet for a while): still removed, nothing kept.
    await expect
      .poll(
        async () => {
          const before = server.takeSent().size;
          await page.waitForTimeout(800);
          return before + server.takeSent().size;
        },
        { timeout: 30_000 },
      )
      .toBe(0);
    expect(await page.locator('#offline-status').innerText()).toBe(th['offline.removed']);
    expect((await cacheNames(page)).filter((name) => name.includes('saved'))).toEqual([]);
    await close();
  });
});

/**
 * A deploy while a visitor has the site's service worker: a copy of dist/ is served, then replaced
 * by a copy with a page's text changed and its service worker written again by the build's own
 * function. The next online visit shows the new text, the old deploy's caches are gone, and a
 * language saved before the deploy is offered for saving again, not downloaded behind the
 * visitor's back.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { writeOfflineFiles } from '../../src/integrations/service-worker.ts';
import { useBrowser } from '../helpers/browser.ts';
import { basePath, distDir } from '../helpers/dist.ts';
import { cacheNames, controlled, fill, stringsOf } from './helpers.ts';
import { serveSite } from './static-server.ts';

const browser = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'asec-deploy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const lo = stringsOf('lo');

describe('a new deploy', () => {
  it('reaches the visitor at the next online visit, and replaces the old caches', async () => {
    const before = join(work, 'before');
    const after = join(work, 'after');
    cpSync(distDir, before, { recursive: true });
    const oldVersion = /version:"(\w+)"/.exec(readFileSync(join(before, 'sw.js'), 'utf8'))?.[1];
    expect(oldVersion).toBeDefined();
    const server = await serveSite(before);
    const context = await browser().newContext();
    const page = await context.newPage();
    const at = (path: string) => new URL(path, server.url).href;

    await page.goto(at('about/'));
    await controlled(page);
    const heading = await page.locator('h1').innerText();
    await page.goto(at('lo/offline/'));
    await page.locator('#offline-save').click();
    await expect.poll(() => page.locator('#offline-status').innerText(), { timeout: 20_000 }).toBe(fill(lo['offline.saved']!, { language: locales.lo.label }));
    expect((await cacheNames(page)).some((name) => name.endsWith(`${oldVersion} saved lo`))).toBe(true);

    // The deploy: the About page's title changes, and the build's last step runs again.
    cpSync(before, after, { recursive: true });
    const file = join(after, 'about', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`>${heading}</h1>`, `>${heading}, changed</h1>`));
    const { version } = await writeOfflineFiles(after, basePath);
    expect(version).not.toBe(oldVersion);
    server.deploy(after);

    await page.goto(at('about/'));
    await expect(page.locator('h1').innerText()).resolves.toBe(`${heading}, changed`);
    // The browser checks for a new worker at each visit; asking again makes the wait short.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect.poll(() => cacheNames(page), { timeout: 10_000 }).not.toContainEqual(expect.stringContaining(oldVersion!));
    expect(await cacheNames(page)).toContainEqual(expect.stringContaining(version));

    // The saved language went with the old deploy: the page offers to save it again.
    await page.goto(at('lo/offline/'));
    await page.locator('#offline-save').waitFor();
    expect(await page.locator('#offline-status').innerText()).toBe('');

    // And offline, the new text is the one kept.
    await page.goto(at('about/'));
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1').innerText()).resolves.toBe(`${heading}, changed`);

    await context.close();
    await server.close();
  });
});

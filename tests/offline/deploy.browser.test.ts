/**
 * Deploys while a visitor has the site's service worker: a copy of dist/ is served, then replaced
 * by a copy with pages changed and its service worker written again by the build's own function.
 * The next online visit shows the new text; the old deploy's caches go, but a language saved for
 * offline reading stays, brought up to date in the background by fetching only what changed.
 * Pages open during the deploy are kept as the server has them now, not as the HTTP cache does.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { writeOfflineFiles } from '../../src/offline/integration.ts';
import { offlineListFile } from '../../src/offline/paths.ts';
import { useBrowser } from '../helpers/browser.ts';
import { basePath, distDir } from '../helpers/dist.ts';
import { cacheNames, fill, offlineList, stringsOf, visitServed } from './helpers.ts';

const browser = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'asec-deploy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const lo = stringsOf('lo');

const versionOf = (dir: string) => /version:"(\w+)"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))?.[1];

/** A deploy: a copy of `from` with each page's <h1> changed, and the build's last step run again. */
async function deployChanging(from: string, to: string, pages: string[]) {
  cpSync(from, to, { recursive: true });
  for (const path of pages) {
    const file = join(to, path, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<h1([^>]*)>([^<]*)<\/h1>/, '<h1$1>$2, changed</h1>'));
  }
  return writeOfflineFiles(to, basePath);
}

/** Asks the browser to look for a new worker now (it would at the next visit anyway), and waits for its caches. */
async function newWorker(page: Page, version: string) {
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect.poll(() => cacheNames(page), { timeout: 60_000 }).toContainEqual(expect.stringContaining(version));
}

// Each test is a whole story (save, deploy, update, go offline): it may take a while on a busy machine.
describe('a new deploy', { timeout: 120_000 }, () => {
  it('keeps a saved language, fetching in the background only the files that changed', async () => {
    const before = join(work, 'saved-before');
    const after = join(work, 'saved-after');
    cpSync(distDir, before, { recursive: true });
    const oldVersion = versionOf(before)!;
    const { server, at, context, page, close } = await visitServed(browser(), 'lo/offline/', before);
    await page.locator('#offline-save').click();
    await expect
      .poll(() => page.locator('#offline-status').innerText(), { timeout: 60_000 })
      .toBe(fill(lo['offline.saved']!, { language: locales.lo.label }));
    const heading = await page.evaluate(
      async (url) => (await (await caches.match(url))?.text())?.match(/<h1[^>]*>([^<]*)</)?.[1],
      at('lo/about/'),
    );
    expect(heading).toBeTruthy();

    // The deploy changes one Lao page (and one English one, which Lao readers do not download).
    const { version } = await deployChanging(before, after, ['lo/about', 'about']);
    expect(version).not.toBe(oldVersion);
    const oldList = offlineList('lo', before).files;
    const newList = offlineList('lo', after).files;
    const changed = newList.filter((f) => oldList.find((o) => o.url === f.url)?.hash !== f.hash).map((f) => f.url);
    expect(changed).toContain(`${basePath}lo/about/`);
    expect(changed.length).toBeLessThan(newList.length / 4);
    server.deploy(after);
    server.takeSent();

    // The next online visit: the new worker takes over, and brings the saved copy up to date.
    await page.goto(at('lo/'));
    await newWorker(page, version);
    await page.goto(at('lo/history/'));
    await expect
      .poll(() => page.evaluate(async (url) => (await (await caches.match(url))?.text())?.includes(', changed</h1>'), at('lo/about/')), {
        timeout: 60_000,
      })
      .toBe(true);
    const sent = server.takeSent();
    // Of the Lao files, only the changed ones came down again (aside from pages visited meanwhile,
    // and the few files every page loads, which the new worker keeps when it installs).
    const shell = JSON.parse(/shell:(\[[^\]]*\])/.exec(readFileSync(join(after, 'sw.js'), 'utf8'))![1]!) as string[];
    expect(shell.length).toBeGreaterThan(0);
    const visited = new Set([`${basePath}lo/`, `${basePath}lo/history/`, `${basePath}lo/countries/`, ...shell]);
    const fetchedAgain = newList.map((f) => f.url).filter((url) => sent.has(url) && !visited.has(url));
    expect(fetchedAgain.sort(), `sent: ${[...sent.keys()].join(' ')}`).toEqual(changed.filter((url) => !visited.has(url)).sort());
    // The old deploy's caches are gone by the next page (the old worker may have been writing to them as it left).
    await page.goto(at('lo/countries/'));
    await expect
      .poll(() => cacheNames(page).then((names) => names.filter((name) => name.includes(oldVersion))), { timeout: 60_000 })
      .toEqual([]);
    expect((await cacheNames(page)).filter((name) => name.endsWith('saved lo'))).toHaveLength(1);

    // Offline, the saved language is whole and current; its Read offline page says it is saved.
    await context.setOffline(true);
    await page.goto(at('lo/about/'));
    await expect(page.locator('h1').innerText()).resolves.toBe(`${heading}, changed`);
    await page.goto(at('lo/countries/japan/'));
    await expect(page.locator('h1').innerText()).resolves.not.toBe(lo['offline.unavailableTitle']);
    await page.goto(at('lo/offline/'));
    await expect.poll(() => page.locator('#offline-status').innerText()).toBe(fill(lo['offline.saved']!, { language: locales.lo.label }));

    await close();
  });

  it('says so when a saved language could not be brought up to date, on its Read offline page and on the next visit', async () => {
    const before = join(work, 'outdated-before');
    const after = join(work, 'outdated-after');
    cpSync(distDir, before, { recursive: true });
    const { server, at, page, close } = await visitServed(browser(), 'lo/offline/', before);
    await page.locator('#offline-save').click();
    await expect
      .poll(() => page.locator('#offline-status').innerText(), { timeout: 60_000 })
      .toBe(fill(lo['offline.saved']!, { language: locales.lo.label }));

    const { version } = await deployChanging(before, after, ['lo/about']);
    server.deploy(after);
    // The changed page cannot be had: the host fails on it. The language's list comes slowly, so
    // the next page opens while the update still runs, and must say so when the update fails.
    server.misbehave(`${basePath}lo/about/`, { status: 503 });
    server.misbehave(`${basePath}${offlineListFile('lo')}`, { delay: 3000 });
    await page.goto(at('lo/'));
    await newWorker(page, version);
    await page.goto(at('lo/history/'));
    await expect.poll(() => page.locator('[data-saved-outdated]').isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await page.locator('[data-saved-outdated]').innerText()).toContain(
      fill(lo['offline.outdatedNotice']!, { language: locales.lo.label }),
    );

    await page.goto(at('lo/offline/'));
    await expect.poll(() => page.locator('#offline-status').innerText()).toBe(lo['offline.outdated']);
    expect(await page.locator('#offline-save').innerText()).toBe(lo['offline.update']);
    // The saved copy is still whole: offline, the old page reads as before.
    server.misbehave(`${basePath}lo/about/`, undefined);
    server.misbehave(`${basePath}${offlineListFile('lo')}`, undefined);
    await page.locator('#offline-save').click();
    await expect
      .poll(() => page.locator('#offline-status').innerText(), { timeout: 60_000 })
      .toBe(fill(lo['offline.saved']!, { language: locales.lo.label }));
    await page.goto(at('lo/history/'));
    await expect(page.locator('[data-saved-outdated]').isVisible()).resolves.toBe(false);

    await close();
  });

  it('keeps the pages open during the deploy as the server has them, not as the HTTP cache does', async () => {
    const before = join(work, 'open-before');
    const after = join(work, 'open-after');
    cpSync(distDir, before, { recursive: true });
    const { server, at, context, page, close } = await visitServed(browser(), 'history/', before);
    const heading = await page.locator('h1').innerText();
    const { version } = await deployChanging(before, after, ['history']);
    server.deploy(after);
    // No navigation: the new worker keeps the open page (which the HTTP cache holds, 10 minutes, as it was).
    await newWorker(page, version);
    await expect
      .poll(
        () =>
          page.evaluate(
            async ([name, url]) => (await caches.open(name!)).match(url!).then((r) => r !== undefined),
            [`asec ${basePath} ${version} pages`, at('history/')],
          ),
        { timeout: 60_000 },
      )
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1').innerText()).resolves.toBe(`${heading}, changed`);

    await close();
  });
});

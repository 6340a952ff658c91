/**
 * Headless Chromium (Debian's package) driven by playwright-core, and the one setup every browser
 * test file uses: `const browser = useBrowser()` launches it before the file's tests and closes it
 * after; `browser()` returns it. `openPage` opens a page and records what went wrong on it.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
  });
}

export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running: call useBrowser() at the top of the test file.');
    return browser;
  };
}

export interface OpenOptions {
  width?: number;
  javaScript?: boolean;
  colorScheme?: 'light' | 'dark';
}

/**
 * Opens a page of the site in a context of its own, recording console errors, failed requests,
 * error responses and requests to other hosts in `problems`.
 */
export async function openPage(browser: Browser, site: string, path: string, options: OpenOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(site).origin;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request cut short by moving on to the next page (ERR_ABORTED) has not failed.
  page.on(
    'requestfailed',
    (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`),
  );
  page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`off-site request: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
  return { page, problems, close: () => context.close() };
}

/**
 * Headless Chromium (Debian's package) driven by playwright-core, and the one setup every browser
 * test file uses: `const browser = useBrowser()` launches it before the file's tests and closes it
 * after; `browser()` returns it.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { chromiumPath } from '../../scripts/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Closed network here: stop Chromium's own background traffic so it cannot fail or stall.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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

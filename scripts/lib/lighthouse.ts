/**
 * Lighthouse (pinned) on Debian's Chromium: one shared way to run it, for the accessibility, best
 * practices and SEO gate in `npm test`, and for the performance figures of `npm run bench` and of
 * `npm run performance` (which writes lighthouse-performance.json for the pull-request summary).
 * Performance is a measurement, not a gate, and it is measured alone: the gate's runs go side by
 * side to save time, which would make their performance figures noise.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { chromiumFlags, chromiumPath } from './chromium.ts';

export { chromiumPath };
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The categories `npm test` holds at 100. */
export const gatedCategories = ['accessibility', 'best-practices', 'seo'] as const;
/** The pages whose performance is reported: home, a country, a biography, search, a Thai country page, the Urdu home page. */
export const measuredPages = ['', 'countries/nepal/', 'leaders/eri-trinurini-adhi/', 'search/', 'th/countries/thailand/', 'ur/'];
export type Category = (typeof categories)[number];
/** Below this performance score the pull-request summary flags a page. */
export const performanceThreshold = 90;

export interface Audit {
  url: string;
  formFactor: 'mobile' | 'desktop';
  /** Scores of the categories audited. */
  scores: Partial<Record<Category, number>>;
  /** Per category below 100: the weighted audits that cost points. */
  failures: Partial<Record<Category, string[]>>;
}

export async function launchChrome() {
  return chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
    logLevel: 'silent',
  });
}

export async function audit(
  port: number,
  url: string,
  formFactor: Audit['formFactor'],
  only: readonly Category[] = categories,
): Promise<Audit> {
  // bf-cache weighs nothing in any score, and its check navigates away and back: a second per run.
  const flags = { port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...only], skipAudits: ['bf-cache'] };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  const lhr = result!.lhr;
  const scores: Audit['scores'] = {};
  const failures: Audit['failures'] = {};
  for (const id of only) {
    const category = lhr.categories[id]!;
    const score = Math.round((category.score ?? 0) * 100);
    scores[id] = score;
    if (score < 100) {
      failures[id] = category.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.score})`);
    }
  }
  return { url, formFactor, scores, failures };
}

/**
 * Performance of the measured pages, mobile and desktop, one run after another in one browser:
 * the site in dist/ served by `astro preview`. Used by `npm run bench` and `npm run performance`.
 */
export async function measurePerformance(root: string): Promise<{ path: string; formFactor: Audit['formFactor']; performance: number }[]> {
  const { preview } = await import('astro');
  const { freePort } = await import('./free-port.ts');
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: await freePort() } });
  const chrome = await launchChrome();
  try {
    const results = [];
    for (const path of measuredPages) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const { scores } = await audit(chrome.port, `http://127.0.0.1:${server.port}/${path}`, formFactor, ['performance']);
        results.push({ path: `/${path}`, formFactor, performance: scores.performance ?? 0 });
      }
    }
    return results;
  } finally {
    chrome.kill();
    await server.stop();
  }
}

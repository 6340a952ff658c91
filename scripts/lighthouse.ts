/**
 * Lighthouse (pinned) on Debian's Chromium: one shared way to run it, for the accessibility, best
 * practices and SEO gate in `npm test` and for the performance figures of `npm run bench` and the
 * pull-request summary. Performance on a shared, busy machine is a measurement, not a gate.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { chromiumPath } from './chromium.ts';

export { chromiumPath };
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
/** Below this performance score the pull-request summary flags a page. */
export const performanceThreshold = 90;

export interface Audit {
  url: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<Category, number>;
  /** Per category below 100: the weighted audits that cost points. */
  failures: Partial<Record<Category, string[]>>;
}

export async function launchChrome() {
  return chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    logLevel: 'silent',
  });
}

export async function audit(port: number, url: string, formFactor: Audit['formFactor']): Promise<Audit> {
  // bf-cache weighs nothing in any score, and its check navigates away and back: a second per run.
  const flags = { port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...categories], skipAudits: ['bf-cache'] };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  const lhr = result!.lhr;
  const scores = {} as Audit['scores'];
  const failures: Audit['failures'] = {};
  for (const id of categories) {
    const category = lhr.categories[id]!;
    scores[id] = Math.round((category.score ?? 0) * 100);
    if (scores[id] < 100) {
      failures[id] = category.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.score})`);
    }
  }
  return { url, formFactor, scores, failures };
}

/**
 * `npm run performance`: Lighthouse's performance score of a few pages of the built site (dist/),
 * mobile and desktop, written to lighthouse-performance.json for the pull-request summary, which
 * flags pages under the threshold. A measurement, not a gate: run after `npm test`, alone.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { chromiumPath, measurePerformance, performanceThreshold } from './lib/lighthouse.ts';

if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath} (set CHROMIUM_PATH).`);
const results = await measurePerformance(process.cwd());
writeFileSync('lighthouse-performance.json', `${JSON.stringify(results, null, 2)}\n`);
for (const r of results) console.log(`${r.performance < performanceThreshold ? '⚠️ ' : ''}${r.formFactor} ${r.path}: ${r.performance}`);

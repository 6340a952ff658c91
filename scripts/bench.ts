/**
 * `npm run bench`: builds the site and reports how long it took and how heavy its pages are.
 * Figures, not tests: the README records them.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(process.cwd(), 'dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const started = performance.now();
execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildMs = performance.now() - started;

const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
const html = files.filter((d) => d.name.endsWith('.html') && !d.parentPath.includes('pagefind'));
const total = files.reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);

console.log(`Build: ${(buildMs / 1000).toFixed(2)} s for ${html.length} pages (${(buildMs / html.length).toFixed(0)} ms per page)`);
console.log(`dist/: ${files.length} files, ${kb(total)}`);
console.log('\nPage weights (one request each: the CSS is inlined; sizes as raw / gzip):');
for (const [label, path] of [
  ['Home', 'index.html'],
  ['About', 'about/index.html'],
  ['Country (Bangladesh)', 'countries/bangladesh/index.html'],
  ['Leader (Jayasooria)', 'leaders/denison-jayasooria/index.html'],
  ['Countries index', 'countries/index.html'],
]) {
  const text = readFileSync(join(dist, path!), 'utf8');
  const css = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const svg = [...text.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
  console.log(
    `  ${label!.padEnd(22)} HTML ${kb(text.length)} / ${kb(gzipSync(text).length)}` +
      `  of which CSS ${kb(css.length)} / ${kb(gzipSync(css).length)}` +
      (svg ? `, map SVG ${kb(svg.length)} / ${kb(gzipSync(svg).length)}` : ''),
  );
}

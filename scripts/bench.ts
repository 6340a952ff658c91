/**
 * `npm run bench`: builds the site as it is, then a temporary copy with about 2,000 more pages
 * (generated leader biographies, each built in every language), and reports build time, peak
 * memory, output size and page weights.
 * Figures, not tests: the README records them.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { localeKeys, type Locale } from '../src/i18n/locales.ts';
import { searchBundle } from '../src/search/paths.ts';
import { chromium } from 'playwright-core';
import { queries } from '../tests/search/queries.ts';
import { freePort } from './lib/free-port.ts';
import { chromiumPath, measurePerformance, performanceThreshold } from './lib/lighthouse.ts';

const root = process.cwd();
const EXTRA_PAGES = 2000;
// Every English page is built in every language, so this many files make about EXTRA_PAGES pages.
const EXTRA_FILES = Math.ceil(EXTRA_PAGES / localeKeys.length);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en');
const rawGzip = (s: string) => (s ? `${kb(Buffer.byteLength(s))} / ${kb(gzipSync(s).length)}` : '-');

// GNU time sees the whole process tree (Pagefind's indexer is a separate binary); without it, the
// Node process reports its own peak through a preloaded exit hook.
const gnuTime = existsSync('/usr/bin/time');
const memoryMethod = gnuTime
  ? '/usr/bin/time -f %M (largest process of the build, Pagefind binary included)'
  : "process.resourceUsage().maxRSS of the Node process (Pagefind's binary not included)";
const rssHook = `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))`;

/** Runs a Node script in `dir`: wall time, peak memory (KB) and output; throws with the output if it fails. */
function run(dir: string, rssFile: string, ...args: string[]) {
  // process.execPath is the project's Node 24 (npm run puts it first on the PATH).
  const [cmd, ...rest] = gnuTime
    ? ['/usr/bin/time', '-o', rssFile, '-f', '%M', process.execPath, ...args]
    : [process.execPath, '--import', rssHook, ...args];
  const started = performance.now();
  const child = spawnSync(cmd!, rest, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, BENCH_RSS_FILE: rssFile } });
  const ms = performance.now() - started;
  const output = `${child.stdout}${child.stderr}`;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed in ${dir}:\n${output}`);
  const rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { ms, rssKb, output };
}

/**
 * `npm run build` as it runs (the content check and astro build side by side), and the content
 * check once more alone, to tell its share apart.
 */
function build(dir: string, rssFile: string) {
  const check = run(dir, rssFile, 'scripts/check-content.ts');
  const astro = run(dir, rssFile, 'scripts/build.ts');
  const built = /\[build\] \d+ page\(s\) built in ([\d.]+)s/.exec(astro.output);
  const pagefind = /indexed (\d+) pages in (\d+) ms/.exec(astro.output);
  if (!pagefind) throw new Error('No "[asec:pagefind] indexed N pages in X ms" line in the output of astro build');
  const offline = /offline lists in (\d+) ms/.exec(astro.output);
  if (!offline) throw new Error('No "[asec:service-worker] … offline lists in X ms" line in the output of astro build');

  const dist = join(dir, 'dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => ({ path: relative(dist, join(d.parentPath, d.name)), size: statSync(join(d.parentPath, d.name)).size }));
  const search = files.filter((f) => f.path.startsWith('pagefind/'));
  const sum = (list: typeof files) => list.reduce((total, f) => total + f.size, 0);
  return {
    // The one page that grows with the number of leaders: it lists them all.
    leadersIndex: rawGzip(readFileSync(join(dist, 'leaders/index.html'), 'utf8')),
    check,
    astro,
    /** Astro's own count, from start-up to the last page written. */
    astroMs: Number(built?.[1]) * 1000,
    totalMs: astro.ms,
    pages: files.filter((f) => f.path.endsWith('.html') && !f.path.startsWith('pagefind/')).length,
    indexedPages: Number(pagefind[1]),
    pagefindMs: Number(pagefind[2]),
    offlineMs: Number(offline[1]),
    files: files.length,
    bytes: sum(files),
    searchFiles: search.length,
    searchBytes: sum(search),
  };
}

// Seeded generator (mulberry32): the same pages on every run, so runs compare.
let seed = 2011;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const words = (
  'cooperative solidarity economy members network village market credit union farmers women workers training ' +
  'savings fair trade local community forum enterprise council regional meeting learning exchange housing health ' +
  'water seeds harvest fishers weavers artisans youth mutual aid fund loans shares surplus care energy food ' +
  'school wages rights policy research report partners volunteers assembly members plan budget tools skills'
).split(' ');
const sentence = () => {
  const text = Array.from({ length: between(6, 16) }, () => pick(words)).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};
const paragraph = () => Array.from({ length: between(3, 7) }, sentence).join(' ');

/** A leader biography valid against personSchema, plainly marked as generated. */
function benchPerson(n: number) {
  const id = String(n).padStart(4, '0');
  const body = [
    'This page was generated by `npm run bench` to measure the build with many pages. It describes no real person: the text below is random words. ([1](#source-1))',
    ...Array.from({ length: between(3, 5) }, paragraph),
  ];
  return [
    '---',
    `name: "Benchmark Leader ${id}"`,
    `role: "${pick(['Coordinator', 'Treasurer', 'Secretary', 'Trainer'])} (generated benchmark page)"`,
    `organisation: "Benchmark Network ${id} (generated)"`,
    `order: ${100 + n}`,
    'sources:',
    '  - title: "Generated by scripts/bench.ts; not a real source"',
    '---',
    body.join('\n\n'),
    '',
  ].join('\n');
}

/** A temporary copy of the project with the extra pages; node_modules is shared through links. */
function makeCopy(dir: string) {
  const skip = new Set(['node_modules', 'dist', '.astro', '.git']);
  cpSync(root, dir, { recursive: true, filter: (src) => !skip.has(relative(root, src)) });
  // One link per package rather than one for the folder: Astro and Vite keep their caches
  // (the content data store among them) in node_modules/.astro and .vite, and the copy must
  // neither reuse nor overwrite the real site's.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  for (let n = 1; n <= EXTRA_FILES; n++) {
    writeFileSync(join(dir, 'content/people/en', `bench-${String(n).padStart(4, '0')}.md`), benchPerson(n));
  }
}

/** Left-aligned first column, right-aligned others. */
function printTable(rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log('  ' + row.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('   '));
}

/** Raw and gzip size of one page, its inlined CSS and map, and the requests it makes. */
function pageWeight(label: string, path: string) {
  const text = readFileSync(join(root, 'dist', path), 'utf8');
  const css = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const svg = [...text.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
  // The HTML itself plus every stylesheet, script, image and icon it references.
  const references = [/<link\b[^>]*\brel=["']?(?:stylesheet|icon)["'\s>]/g, /<script\b[^>]*\bsrc=/g, /<img\b/g];
  const requests = 1 + references.reduce((total, re) => total + (text.match(re)?.length ?? 0), 0);
  return [label, String(requests), rawGzip(text), rawGzip(css), rawGzip(svg)];
}

/** Lighthouse's performance score of a few pages of the site as built, or undefined without Chromium. */
async function lighthouseScores(): Promise<string[][] | undefined> {
  if (!existsSync(chromiumPath)) return undefined;
  console.error('Measuring performance with Lighthouse...');
  const results = await measurePerformance(root);
  const flag = (score: number) => `${score < performanceThreshold ? '⚠️ ' : ''}${score}`;
  return [...new Set(results.map((r) => r.path))].map((path) => [
    path,
    ...(['mobile', 'desktop'] as const).map((formFactor) =>
      flag(results.find((r) => r.path === path && r.formFactor === formFactor)!.performance),
    ),
  ]);
}

/** Each language's search bundle as built: its index, its pages' text (fragments) and all of it. */
function searchSizes(): string[][] {
  const sizeOf = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0)
      : 0;
  return localeKeys.map((locale) => {
    const bundle = join(root, 'dist', searchBundle(locale));
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // Pagefind's files are gzipped already: their size on disk is what travels.
    return [
      locale,
      String(Object.values(entry.languages)[0]!.page_count),
      kb(sizeOf(join(bundle, 'index'))),
      kb(sizeOf(join(bundle, 'fragment'))),
      kb(sizeOf(bundle)),
    ];
  });
}

/**
 * Searches typed into the search page in Chromium, on localhost: the bytes of a first search (the
 * search script, Pagefind and the index) and of a second one, and the time from the last keystroke
 * to the results on screen (the script waits 200 ms after typing stops before it searches).
 */
async function searchTimings(locales: Locale[]): Promise<string[][]> {
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: await freePort() } });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const rows: string[][] = [];
    for (const locale of locales) {
      const [first, second] = queries.filter((q) => q.locale === locale);
      const page = await browser.newPage();
      let bytes = 0;
      let pending: Promise<unknown>[] = [];
      page.on('response', (response) => {
        if (!response.url().endsWith('/favicon.svg'))
          pending.push(
            response.body().then(
              (body) => (bytes += gzipSync(body, { level: 9 }).length),
              () => undefined,
            ),
          );
      });
      await page.goto(`http://127.0.0.1:${server.port}/${locale === 'en' ? '' : `${locale}/`}search/`, { waitUntil: 'networkidle' });
      // The search script is part of a first search: the search page's scripts but the one every page has.
      const scriptsOf = (file: string) =>
        [...readFileSync(join(root, 'dist', file), 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
      const prefix = locale === 'en' ? '' : `${locale}/`;
      const everyPage = scriptsOf(`${prefix}index.html`);
      let scriptBytes = 0;
      for (const src of scriptsOf(`${prefix}search/index.html`).filter((src) => !everyPage.includes(src))) {
        scriptBytes += gzipSync(readFileSync(join(root, 'dist', src.replace(/^\//, ''))), { level: 9 }).length;
      }
      const timed = async (query: string) => {
        await Promise.all(pending);
        pending = [];
        bytes = 0;
        await page.locator('#search-input').fill('');
        await page.evaluate(() => {
          const w = window as unknown as { lastInput: number; shown: Promise<number> };
          document.getElementById('search-results')!.replaceChildren();
          document.getElementById('search-input')!.addEventListener('input', () => (w.lastInput = performance.now()));
          w.shown = new Promise((resolve) =>
            new MutationObserver((_, observer) => (observer.disconnect(), resolve(performance.now()))).observe(
              document.getElementById('search-results')!,
              { childList: true },
            ),
          );
        });
        await page.locator('#search-input').pressSequentially(query);
        const ms = await page.evaluate(async () => {
          const w = window as unknown as { lastInput: number; shown: Promise<number> };
          return (await w.shown) - w.lastInput;
        });
        await page.waitForLoadState('networkidle');
        // Every body read before counting, so no byte is counted in the next search.
        await Promise.all(pending);
        pending = [];
        return { ms, bytes };
      };
      const one = await timed(first!.query);
      const two = await timed((second ?? first)!.query);
      rows.push([locale, `${kb(one.bytes + scriptBytes)}, ${Math.round(one.ms)} ms`, `${kb(two.bytes)}, ${Math.round(two.ms)} ms`]);
      await page.close();
    }
    return rows;
  } finally {
    await browser.close();
    await server.stop();
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'asec-bench-'));
try {
  console.error('Building the site as it is...');
  const real = build(root, join(tmp, 'rss'));
  const weights = [
    ['Page', 'Requests', 'HTML raw / gzip', 'inlined CSS', 'map SVG'],
    pageWeight('Home', 'index.html'),
    pageWeight('About', 'about/index.html'),
    pageWeight('Country (Bangladesh)', 'countries/bangladesh/index.html'),
    pageWeight('Leader (Jayasooria)', 'leaders/denison-jayasooria/index.html'),
    pageWeight('Countries index', 'countries/index.html'),
    pageWeight('Country, Thai (translated)', 'th/countries/thailand/index.html'),
    pageWeight('Country, Urdu (translated)', 'ur/countries/pakistan/index.html'),
    pageWeight('Country, Khmer (translated)', 'km/countries/cambodia/index.html'),
    pageWeight('Home, Thai', 'th/index.html'),
    pageWeight('History, Urdu', 'ur/history/index.html'),
  ];

  const performance = await lighthouseScores();
  const search = searchSizes();
  const timings = existsSync(chromiumPath) ? await searchTimings(['en', 'th', 'km', 'zh-hans']) : undefined;

  console.error(
    `Copying the project and generating ${count(EXTRA_FILES)} leader files (${count(EXTRA_FILES * localeKeys.length)} pages) in ${tmp}...`,
  );
  const site = join(tmp, 'site');
  makeCopy(site);
  console.error('Building the copy...');
  const big = build(site, join(tmp, 'rss'));

  console.log(`\nBenchmark: Node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} cores`);
  console.log(`Peak memory: ${memoryMethod}\n`);
  const column = (r: typeof real) => [
    count(r.pages),
    sec(r.check.ms),
    sec(r.astroMs),
    `${count(r.pagefindMs)} ms (${Math.round((100 * r.pagefindMs) / r.astroMs)}%), ${count(r.indexedPages)} pages`,
    `${count(r.offlineMs)} ms`,
    sec(r.totalMs),
    `${(r.totalMs / r.pages).toFixed(0)} ms`,
    mb(r.check.rssKb * 1024),
    mb(r.astro.rssKb * 1024),
    `${mb(r.bytes)}, ${count(r.files)} files`,
    `${mb(r.searchBytes)}, ${count(r.searchFiles)} files`,
    r.leadersIndex,
  ];
  const labels = [
    'Pages (HTML files)',
    'Content check (alone)',
    'astro build (its own count)',
    '  of which Pagefind',
    '  of which the offline lists and service worker',
    'Total (npm run build: both at once)',
    'Per page (total / pages)',
    'Peak memory, content check',
    'Peak memory, astro build',
    'dist/',
    '  of which pagefind/',
    'Leaders index page, raw / gzip',
  ];
  const [a, b] = [column(real), column(big)];
  printTable([
    ['', 'Site as it is', `+ ${count(EXTRA_FILES * localeKeys.length)} generated pages`],
    ...labels.map((label, i) => [label, a[i]!, b[i]!]),
  ]);
  // Fixed costs (starting Astro, bundling) dominate a small site; the difference is what a page adds.
  const added = big.pages - real.pages;
  console.log(
    `\nEach added page: ${((big.totalMs - real.totalMs) / added).toFixed(1)} ms of build time, ${kb((big.bytes - real.bytes) / added)} of dist/.`,
  );

  console.log('\nPage weights of the site as it is (raw / gzip):');
  printTable(weights);

  console.log('\nSearch, per language (Pagefind files travel gzipped; sizes as served):');
  printTable([['Language', 'Pages', 'Index', 'Page texts', 'Whole bundle'], ...search]);
  if (timings) {
    console.log(
      '\nSearches in Chromium on localhost (bytes; time from the last keystroke to the results, 200 ms of it the wait for typing to stop):',
    );
    printTable([['Language', 'First search', 'Second search'], ...timings]);
  }

  if (performance) {
    console.log(`\nLighthouse performance, mobile and desktop (flagged under ${performanceThreshold}; a measurement, not a gate):`);
    printTable([['Page', 'Mobile', 'Desktop'], ...performance]);
  } else {
    console.log(`\nLighthouse performance: skipped, no Chromium at ${chromiumPath} (set CHROMIUM_PATH).`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

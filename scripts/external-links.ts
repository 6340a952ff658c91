/**
 * `npm run links`: every link from the built site to other websites, with the pages that use it.
 * `npm run links -- --check` also asks each website whether the address still works; the tests
 * never do (they have no network), so sources that moved are found only when someone asks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

/** External link -> the site paths of the pages linking to it. */
export function externalLinks(dist: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const page = `/${relative(dist, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
    for (const a of parse(readFileSync(file, 'utf8')).querySelectorAll('a[href^="http://"], a[href^="https://"], a[href^="//"]')) {
      const href = a.getAttribute('href')!;
      const pages = links.get(href) ?? [];
      if (!pages.includes(page)) pages.push(page);
      links.set(href, pages);
    }
  }
  return new Map([...links].sort(([a], [b]) => a.localeCompare(b)));
}

/** The HTTP status of a link (HEAD, then GET for servers that refuse HEAD), or the network error. */
async function status(url: string): Promise<string> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(15_000) });
      if (method === 'HEAD' && (response.status === 405 || response.status === 403)) continue;
      return `${response.status}${response.redirected ? ` (moved to ${response.url})` : ''}`;
    } catch (error) {
      if (method === 'GET') return `unreachable: ${(error as Error).message}`;
    }
  }
  return 'unreachable';
}

if (import.meta.main) {
  const links = externalLinks(join(process.cwd(), 'dist'));
  const check = process.argv.includes('--check');
  console.log(`${links.size} links to other websites${check ? ', checked now' : ' (add -- --check to test them)'}:\n`);
  const broken: string[] = [];
  const entries = [...links];
  // A few at a time: polite to the sites, and quick enough.
  for (let i = 0; i < entries.length; i += 4) {
    const batch = entries.slice(i, i + 4);
    const results = check ? await Promise.all(batch.map(([url]) => status(url))) : batch.map(() => '');
    batch.forEach(([url, pages], j) => {
      const result = results[j]!;
      if (check && !/^2/.test(result)) broken.push(url);
      console.log(`${result ? `[${result}] ` : ''}${url}\n    on ${pages.join(', ')}`);
    });
  }
  if (check) {
    console.log(`\n${broken.length} of ${links.size} links did not answer 2xx.`);
    process.exitCode = broken.length ? 1 : 0;
  }
}

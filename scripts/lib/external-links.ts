/**
 * `npm run links`: every link from the built site to other websites, with the pages that use it.
 * `npm run links -- --check [--report file.md]` also asks each website whether the address still
 * works; the tests never do (they have no network). The weekly Links workflow runs the check and
 * keeps an issue listing the broken sources up to date, where volunteers see it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { check, LinkState } from 'linkinator';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

/** External link -> the site paths of the pages linking to it. */
export function externalLinks(dist: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const page = `/${relative(dist, file)
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')}`;
    for (const a of parse(readFileSync(file, 'utf8')).querySelectorAll('a[href^="http://"], a[href^="https://"], a[href^="//"]')) {
      const href = a.getAttribute('href')!;
      const pages = links.get(href) ?? [];
      if (!pages.includes(page)) pages.push(page);
      links.set(href, pages);
    }
  }
  return new Map([...links].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Asks every other website whether its address still works, with linkinator (a maintained link
 * checker): it serves dist/ locally, follows the site's own links to every page, and checks each
 * outside address once. Returns the broken ones, with the site's pages that link to them.
 */
export async function brokenLinks(dist: string): Promise<{ url: string; status: string; pages: string[] }[]> {
  const port = await freePort();
  const result = await check({ path: dist, port, recurse: true, concurrency: 8, timeout: 20_000, retryErrors: true, retryErrorsCount: 2 });
  // The site's own pages (linkinator names them by their path on disk, or by its local server's
  // address): the tests check those links already.
  const own = (url: string) => url.startsWith(dist) || new RegExp(`^https?://(localhost|127\\.0\\.0\\.1):${port}/`).test(url);
  const pageOf = (parent: string) => `/${relative(dist, parent).split(sep).join('/')}/`.replace(/\/+$/, '/').replace(/index\.html\/$/, '');
  const broken = new Map<string, { url: string; status: string; pages: string[] }>();
  for (const link of result.links) {
    if (link.state !== LinkState.BROKEN || own(link.url)) continue;
    const entry = broken.get(link.url) ?? { url: link.url, status: link.status ? String(link.status) : 'no answer', pages: [] };
    const page = link.parent && own(link.parent) ? pageOf(link.parent) : link.parent;
    if (page && !entry.pages.includes(page)) entry.pages.push(page);
    broken.set(link.url, entry);
  }
  return [...broken.values()].sort((a, b) => a.url.localeCompare(b.url));
}

/** The broken links as Markdown, for the issue that tells volunteers which sources to fix. */
export function brokenLinksReport(broken: Awaited<ReturnType<typeof brokenLinks>>, total: number): string {
  const lines = [
    `The weekly link check found ${broken.length} of ${total} links to other websites not working. These are mostly sources of facts: find where the document moved (or a copy of it) and update the \`url:\` of that source in the page's file, or say in a comment that it is gone for good.`,
    '',
    '| Address | Answer | Pages linking to it |',
    '| --- | --- | --- |',
    ...broken.map((b) => `| ${b.url} | ${b.status} | ${b.pages.map((p) => `\`${p}\``).join(', ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** What `npm run links` does (scripts/external-links.ts). */
export async function main(): Promise<void> {
  const dist = join(process.cwd(), 'dist');
  const links = externalLinks(dist);
  const args = process.argv.slice(2);
  if (!args.includes('--check')) {
    console.log(`${links.size} links to other websites (add -- --check to test them):\n`);
    for (const [url, pages] of links) console.log(`${url}\n    on ${pages.join(', ')}`);
  } else {
    console.log(`Checking ${links.size} links to other websites with linkinator...`);
    const broken = await brokenLinks(dist);
    for (const b of broken) console.log(`[${b.status}] ${b.url}\n    on ${b.pages.join(', ')}`);
    console.log(`\n${broken.length} of ${links.size} links to other websites are broken.`);
    const report = args[args.indexOf('--report') + 1];
    if (args.includes('--report') && report && broken.length) writeFileSync(report, brokenLinksReport(broken, links.size));
    process.exitCode = broken.length ? 1 : 0;
  }
}

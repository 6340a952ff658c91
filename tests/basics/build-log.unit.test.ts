/**
 * `npm run build`'s log: Astro renders eight pages at a time and writes each page's path when it
 * starts and its time when it ends, so its lines run together (output of a real build below).
 * The log shows each path on a line of its own, no misplaced time, and every other line as it was.
 */
import { describe, expect, it } from 'vitest';
import { inLines, pageLines } from '../../scripts/lib/build-log.ts';

const astroOutput = [
  '09:54:32 [build] Rearranging server assets...',
  '',
  ' generating static routes ',
  '09:54:35   ├─ /404.html09:54:35   ├─ /robots.txt09:54:35   ├─ /countries/bangladesh/index.html09:54:35   ├─ /th/about/index.html (+445ms) ',
  '09:54:36   ├─ /countries/laos/index.html (+1.58s) ',
  '09:54:42   ├─ /zh-hans/index.html (+25ms) ',
  ' (+25ms) ',
  ' (+4ms) ',
  '09:54:42 ✓ Completed in 9.57s.',
  '',
  '09:54:56 [asec:pagefind] indexed 543 pages in 2083 ms (17 languages)',
  '',
].join('\n');
const paths = [
  '/404.html',
  '/robots.txt',
  '/countries/bangladesh/index.html',
  '/th/about/index.html',
  '/countries/laos/index.html',
  '/zh-hans/index.html',
];
const otherLines = astroOutput.split('\n').filter((line) => !line.includes('├─') && !/^ \(\+/.test(line));

/** The log's lines, checked: one page at most to a line, no time of a page. */
function checked(log: string) {
  const lines = log.split('\n');
  for (const line of lines) {
    expect(line.match(/├─/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
    expect(line, line).not.toMatch(/\(\+[\d.]+m?s\)/);
  }
  expect(lines.flatMap((line) => /├─ (\S+)$/.exec(line)?.[1] ?? [])).toEqual(paths);
  expect(lines.filter((line) => !line.includes('├─'))).toEqual(otherLines);
}

describe("astro build's log", () => {
  it('has each page on a line of its own, with its time, and no time of another page', () => {
    expect(otherLines.length).toBeGreaterThan(5);
    checked(pageLines(astroOutput));
    expect(pageLines(astroOutput)).toContain('09:54:35   ├─ /robots.txt\n09:54:35   ├─ /countries/bangladesh/index.html\n');
  });

  it('is the same when Astro colours it (FORCE_COLOR)', () => {
    const coloured = astroOutput
      .replace(/(\d\d:\d\d:\d\d)/g, '\x1b[2m$1\x1b[22m')
      .replace(/├─/g, '\x1b[34m├─\x1b[39m')
      .replace(/(\(\+[\d.]+m?s\))/g, '\x1b[2m$1\x1b[22m');
    // Astro colours its log with ANSI escapes (ESC [ ... m): the test reads the words without them.
    // eslint-disable-next-line no-control-regex
    const plain = pageLines(coloured).replace(/\x1b\[[\d;]*m/g, '');
    checked(plain);
  });

  it('is passed on in whole lines, however the output arrives', () => {
    const written: string[] = [];
    const lines = inLines((text) => written.push(text));
    // Pieces of 7 characters: lines and pages cut anywhere.
    for (let i = 0; i < astroOutput.length; i += 7) lines.add(astroOutput.slice(i, i + 7));
    lines.end();
    expect(written.length).toBeGreaterThan(3);
    for (const text of written) expect(text.endsWith('\n'), text).toBe(true);
    checked(written.join(''));
  });
});

/**
 * `npm run build` with a volunteer's mistake in the content: the content check (run beside
 * astro build) stops the build, and only its plain-language report is shown, never Astro's stack
 * trace; no half-built site is left in dist/ to deploy. Behind the check, the build itself refuses
 * to publish an SVG from content/ (tried here with the check bypassed, as an attacker would; the
 * check's own refusal of SVG is in check-content.unit.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'asec-build-stops-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the project (its own dist/, its own content/), sharing node_modules. */
function project(name: string): string {
  const dir = join(work, name);
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'tests']);
  cpSync(root, dir, { recursive: true, filter: (src) => !skip.has(relative(root, src)) });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '.astro' && entry !== '.vite') symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  // A site built earlier is there; a failed build must not leave it looking current.
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>old</title>');
  return dir;
}

/** An SVG that, opened at its address, would plant a script in the site's offline caches. */
const hostileSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>caches.open("x").then((c) => c.put("/planted.js", new Response("alert(1)")))</script></svg>';
const page = (body: string) => `---\ntitle: "Photos"\ndescription: "Pictures from the network."\n---\n\n${body}\n`;

const mistakes: { name: string; lay: (dir: string) => void; report: RegExp }[] = [
  {
    // Invalid YAML, which Astro itself would report with a stack trace.
    name: 'an unquoted colon in a title',
    lay: (dir) =>
      writeFileSync(join(dir, 'content/pages/en/news.md'), '---\ntitle: ASEC: news\ndescription: "News from the network."\n---\n\nText.\n'),
    report: /content\/pages\/en\/news\.md:2 {2}the front matter is not valid YAML here/,
  },
  {
    name: 'an empty interface-strings file',
    lay: (dir) => writeFileSync(join(dir, 'content/ui/th.yaml'), ''),
    report: /content\/ui\/th\.yaml:1 {2}the file holds no interface strings/,
  },
  {
    name: 'a picture without width and height',
    lay: (dir) => {
      writeFileSync(join(dir, 'content/pages/en/photos.md'), page('![Members at the 2018 forum](./forum-2018.png)'));
      writeFileSync(join(dir, 'content/pages/en/forum-2018.png'), 'not a picture');
    },
    report: /content\/pages\/en\/forum-2018\.png {2}this file is not a picture the site can read \(no width and height found in it\)/,
  },
];

describe('a build with many mistakes', () => {
  it('shows the whole report, even through a pipe (as CI logs read it)', () => {
    const dir = project('many-mistakes');
    // 300 files with the same mistake: a report far larger than a pipe's buffer.
    for (let i = 1; i <= 300; i++)
      writeFileSync(
        join(dir, `content/pages/en/note-${String(i).padStart(3, '0')}.md`),
        '---\ntitle: ASEC: news\ndescription: "News from the network."\n---\n\nText.\n',
      );
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(run.status).toBe(1);
    expect(run.stderr.length).toBeGreaterThan(65_536);
    expect(run.stderr.match(/note-\d{3}\.md:2 {2}the front matter is not valid YAML here/g)).toHaveLength(300);
    expect(run.stderr).toMatch(/note-300\.md:2/);
  }, 120_000);
});

describe('a build with a mistake in the content', () => {
  it.each(mistakes)(
    "$name: stops with the content check's report, and leaves no dist/",
    ({ name, lay, report }) => {
      const dir = project(name.replace(/\W+/g, '-'));
      lay(dir);
      const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(report);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    },
    120_000,
  );

  it('an SVG that reaches astro build past the check is not published: the build stops and removes dist/', () => {
    const dir = project('svg-past-the-check');
    // English only, to build faster: what matters is the one picture.
    for (const collection of ['pages', 'countries', 'people']) {
      for (const folder of readdirSync(join(dir, 'content', collection)))
        if (folder !== 'en') rmSync(join(dir, 'content', collection, folder), { recursive: true });
    }
    writeFileSync(join(dir, 'content/pages/en/photos.md'), page('![The five dimensions as a chart](./chart.svg)'));
    writeFileSync(join(dir, 'content/pages/en/chart.svg'), hostileSvg);
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(
      /The build stopped: these files would be published as SVG or other markup, which can run scripts on the site, and did not come from public\/: _astro\/chart\.[\w-]+\.svg/,
    );
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    // The public/ icon, a maintainer's file, is what an SVG may be: it holds no script.
    expect(readFileSync(join(root, 'public/favicon.svg'), 'utf8')).not.toMatch(/<script|\son\w+=|javascript:|<foreignObject/i);
  }, 300_000);
});

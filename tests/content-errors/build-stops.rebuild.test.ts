/**
 * `npm run build` with a volunteer's mistake in the content: the content check (run beside
 * astro build) stops the build, and only its plain-language report is shown, never Astro's stack
 * trace; no half-built site is left in dist/ to deploy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'asec-build-stops-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build with a mistake in the content', () => {
  it('stops with the content check\'s report, and leaves no dist/', () => {
    const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'tests']);
    cpSync(root, work, { recursive: true, filter: (src) => !skip.has(relative(root, src)) });
    mkdirSync(join(work, 'node_modules'));
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (name !== '.astro' && name !== '.vite') symlinkSync(join(root, 'node_modules', name), join(work, 'node_modules', name));
    }
    // A site built earlier is there; the failed build must not leave it looking current.
    mkdirSync(join(work, 'dist'));
    writeFileSync(join(work, 'dist/index.html'), '<!doctype html><title>old</title>');
    // An unquoted colon in a title: invalid YAML, which Astro itself would report with a stack trace.
    writeFileSync(join(work, 'content/pages/en/news.md'), '---\ntitle: ASEC: news\ndescription: "News from the network."\n---\n\nText.\n');
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: work, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/pages\/en\/news\.md:2 {2}the front matter is not valid YAML here/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(join(work, 'dist'))).toBe(false);
  }, 120_000);
});

/**
 * A build of a shallow clone of the project (as a CI checkout without its history), in which the
 * English About page has changed since its translations were made: each translation still says
 * it is a draft, and also that the English has changed, in one notice; and no page gives a date
 * of last change, since a shallow clone cannot tell it.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'asec-notices-'));
const copy = join(work, 'site');
const page = (path: string) => parse(readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8'));
const strings = (locale: string) => parseYaml(readFileSync(join(root, 'content/ui', `${locale}.yaml`), 'utf8')) as Record<string, string>;

beforeAll(() => {
  // The commit checked out here, fetched alone: a shallow clone.
  mkdirSync(copy);
  const git = (args: string[]) => execFileSync('git', args, { cwd: copy, stdio: 'ignore' });
  git(['init', '-q']);
  git([
    'fetch',
    '-q',
    '--depth',
    '1',
    `file://${root}`,
    execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
  ]);
  git(['checkout', '-q', 'FETCH_HEAD']);
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  appendFileSync(join(copy, 'content/pages/en/about.md'), '\nA sentence added to the English page after it was translated.\n');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: copy, stdio: 'ignore' });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a draft whose English page has changed', () => {
  it.each(['th', 'ur', 'si', 'zh-hans'])('/%s/about/ says both: a draft, and the English has changed since', (locale) => {
    const notices = page(`${locale}/about`).querySelectorAll('main .notice');
    expect(notices).toHaveLength(1);
    const text = notices[0]!.text;
    expect(text).toContain(strings(locale)['translation.draft']);
    expect(text).toContain(strings(locale)['translation.outdated']);
    expect(notices[0]!.classList.contains('notice--outdated')).toBe(true);
    expect(notices[0]!.querySelector('a')!.getAttribute('href')).toBe('/about/');
  });

  it('a page whose English has not changed says only that it is a draft', () => {
    const text = page('th/history').querySelector('main .notice')!.text;
    expect(text).toContain(strings('th')['translation.draft']);
    expect(text).not.toContain(strings('th')['translation.outdated']);
  });
});

describe('in a shallow clone', () => {
  it('no page says when it last changed', () => {
    expect(execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: copy, encoding: 'utf8' }).trim()).toBe('true');
    for (const path of ['about', 'th/history', 'ur/leaders/benjamin-quinones', 'km/countries/cambodia', '']) {
      expect(page(path).querySelector('h1'), path).not.toBeNull();
      expect(page(path).querySelector('.last-changed'), path).toBeNull();
    }
  });
});

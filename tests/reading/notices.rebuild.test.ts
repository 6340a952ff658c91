/**
 * The changed copy of the project (tests/helpers/changed-site.ts): a shallow clone (as a CI
 * checkout without its history), in which the English About page has changed since its
 * translations were made: each translation still says it is a draft, and also that the English
 * has changed, in one notice; and no page gives a date of last change, since a shallow clone
 * cannot tell it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { changedSite } from '../helpers/changed-site.ts';

const root = process.cwd();
const { root: copy, page } = changedSite();
const strings = (locale: string) => parseYaml(readFileSync(join(root, 'content/ui', `${locale}.yaml`), 'utf8')) as Record<string, string>;

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
    const text = page('th/five-dimensions').querySelector('main .notice')!.text;
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

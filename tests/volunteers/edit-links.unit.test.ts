import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { editUrl, githubUrl, maxLinkLength, newFileUrl } from '../../src/site/edit-links.ts';
import { translationRecord } from '../../src/i18n/tracking.ts';
import { withFallback } from '../../src/i18n/fallback.ts';

describe('repository links', () => {
  it('recognises the usual forms of a GitHub remote', () => {
    for (const remote of [
      'https://github.com/org/site.git',
      'https://github.com/org/site',
      'git@github.com:org/site.git',
      'ssh://git@github.com/org/site.git',
    ]) {
      expect(githubUrl(remote), remote).toBe('https://github.com/org/site');
    }
    expect(githubUrl('/srv/git/site')).toBeUndefined();
    expect(githubUrl('https://gitlab.com/org/site.git')).toBeUndefined();
  });

  it('builds edit and new-file addresses', () => {
    expect(editUrl('https://github.com/org/site', 'content/countries/en/sri-lanka.md', 'main')).toBe(
      'https://github.com/org/site/edit/main/content/countries/en/sri-lanka.md',
    );
    expect(newFileUrl('https://github.com/org/site', 'content/pages/th/about.md', 'main')).toBe(
      'https://github.com/org/site/new/main?filename=content%2Fpages%2Fth%2Fabout.md',
    );
  });

  it('"Translate this page" opens the new file with the English text and its translation record in it, where the address allows', () => {
    const english = readFileSync('content/countries/en/laos.md', 'utf8');
    const url = new URL(newFileUrl('https://github.com/org/site', 'content/countries/th/laos.md', 'main', english));
    expect(url.searchParams.get('filename')).toBe('content/countries/th/laos.md');
    const value = url.searchParams.get('value')!;
    // The English front matter and text, with the record the check asks for, as a volunteer would paste it.
    expect(value).toContain(translationRecord(english));
    expect(value.replace(`${translationRecord(english)}\n`, '')).toBe(english);
    expect(url.href.length).toBeLessThanOrEqual(maxLinkLength);
    // A page too long for one address: the name only, never a cut-off text.
    const history = readFileSync('content/pages/en/history.md', 'utf8');
    expect(encodeURIComponent(history).length).toBeGreaterThan(maxLinkLength);
    expect(newFileUrl('https://github.com/org/site', 'content/pages/th/history.md', 'main', history)).toBe(
      'https://github.com/org/site/new/main?filename=content%2Fpages%2Fth%2Fhistory.md',
    );
  });
});

describe('translation fallback', () => {
  const entries = [
    { entry: 'about (en)', locale: 'en', slug: 'about' },
    { entry: 'history (en)', locale: 'en', slug: 'history' },
    { entry: 'about (th)', locale: 'th', slug: 'about' },
  ] as const;

  it('shows a translation where there is one, English otherwise, marked as fallback', () => {
    const shown = withFallback(entries as never, 'th' as never);
    expect(shown.map((s) => [s.slug, s.entry, s.fallback])).toEqual([
      ['about', 'about (th)', false],
      ['history', 'history (en)', true],
    ]);
  });

  it('English shows only English', () => {
    expect(withFallback(entries as never, 'en').map((s) => s.entry)).toEqual(['about (en)', 'history (en)']);
  });
});

/**
 * Translation tracking: the version code of an English file, the state a translation is in
 * (reviewed, draft, outdated, missing), the command that brings a translation up to date, and the
 * status report built from the files under content/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceHash, translationState } from '../../src/i18n/tracking.ts';
import { withFallback } from '../../src/i18n/fallback.ts';
import { missingStrings, translationMeta, translationStatus } from '../../src/i18n/status.ts';
import { markTranslated } from '../../src/i18n/tracking.ts';

describe('sourceHash', () => {
  it('is a 12-character code that changes with the text, not with line endings or trailing spaces', () => {
    const text = '---\ntitle: "About"\n---\n\nASEC is the Asian network of RIPESS.\n';
    expect(sourceHash(text)).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash(text.replaceAll('\n', '\r\n'))).toBe(sourceHash(text));
    expect(sourceHash(`${text}  \n\n`)).toBe(sourceHash(text));
    expect(sourceHash(`\uFEFF${text}`)).toBe(sourceHash(text));
    expect(sourceHash(text.replace('Asian', 'Asia'))).not.toBe(sourceHash(text));
  });
});

describe('translationState', () => {
  const hash = 'aaaaaaaaaaaa';
  it('is outdated without a record or when the English moved on, else draft or reviewed', () => {
    // A translation file without a record: nobody knows which English it follows.
    expect(translationState(undefined, hash)).toBe('outdated');
    expect(translationState({ source: hash, reviewed: false }, hash)).toBe('draft');
    expect(translationState({ source: hash, reviewed: true }, hash)).toBe('reviewed');
    expect(translationState({ source: 'bbbbbbbbbbbb', reviewed: true }, hash)).toBe('outdated');
    expect(translationState({ source: 'bbbbbbbbbbbb', reviewed: false }, hash)).toBe('outdated');
  });
});

describe('mark-translated', () => {
  const translation = '---\ntitle: "เกี่ยวกับ ASEC"\n# a volunteer\'s comment stays\ndescription: "ข้อความ"\n---\n\nเนื้อหา\n';

  it('adds the record to a translation, keeping its other fields, comments and text', () => {
    const marked = markTranslated(translation, '123456789012');
    expect(marked).toContain('translation:\n  source: "123456789012"\n  reviewed: false\n---\n\nเนื้อหา\n');
    expect(marked).toContain("# a volunteer's comment stays");
    expect(translationMeta(marked)).toEqual({ source: '123456789012', reviewed: false });
  });

  it('updates the version of an existing record, and records a review when asked', () => {
    const once = markTranslated(translation, '111111111111');
    const again = markTranslated(once, '222222222222', true);
    expect(translationMeta(again)).toEqual({ source: '222222222222', reviewed: true });
    expect(again.match(/translation:/g)).toHaveLength(1);
    // A later update without --reviewed keeps the review as it was.
    expect(translationMeta(markTranslated(again, '333333333333'))).toEqual({ source: '333333333333', reviewed: true });
  });

  it('changes nothing but the record: byte-order mark, Windows line endings, spacing and comments stay', () => {
    const windows = '\uFEFF---\r\ntitle:   "เกี่ยวกับ"  # spacing as typed\r\ndescription: \'ข้อความ\'\r\n---\r\n\r\nเนื้อหา\r\n';
    const marked = markTranslated(windows, '123456789012');
    expect(marked).toBe(windows.replace('---\r\n\r\n', 'translation:\r\n  source: "123456789012"\r\n  reviewed: false\r\n---\r\n\r\n'));
    expect(translationMeta(marked)).toEqual({ source: '123456789012', reviewed: false });
    // An update changes the version code alone; --reviewed changes the review alone.
    expect(markTranslated(marked, '222222222222')).toBe(marked.replace('123456789012', '222222222222'));
    expect(markTranslated(marked, '123456789012', true)).toBe(marked.replace('reviewed: false', 'reviewed: true'));
  });

  it('completes a record pasted without its review line', () => {
    const pasted = '---\ntitle: "About"\ntranslation:\n    source: "111111111111"\n---\n';
    expect(markTranslated(pasted, '222222222222')).toBe(
      '---\ntitle: "About"\ntranslation:\n    source: "222222222222"\n    reviewed: false\n---\n',
    );
  });

  it('refuses a file without front matter', () => {
    expect(() => markTranslated('no front matter\n', '123456789012')).toThrow(/no front matter/);
  });
});

describe('translationStatus', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  function site(files: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), 'asec-status-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return root;
  }

  it('gives every English page its state in each language, and counts interface strings', () => {
    const about = '---\ntitle: "About"\n---\n\nAbout ASEC.\n';
    const history = '---\ntitle: "History"\n---\n\nLima, 1997.\n';
    const dir = site({
      'content/pages/en/about.md': about,
      'content/pages/en/history.md': history,
      'content/countries/en/japan.md': '---\nname: "Japan"\n---\n',
      'content/pages/th/about.md': markTranslated('---\ntitle: "เกี่ยวกับ"\n---\n\nข้อความ\n', sourceHash(about), true),
      'content/pages/th/history.md': markTranslated('---\ntitle: "ประวัติ"\n---\n\nข้อความ\n', sourceHash('an older English text')),
      'content/pages/km/about.md': markTranslated('---\ntitle: "អំពី"\n---\n\nអត្ថបទ\n', sourceHash(about)),
      'content/ui/en.yaml': 'nav.home: Home\nnav.about: About\nmap.title.one: "{count} country"\nmap.title.other: "{count} countries"\n',
      'content/ui/th.yaml': 'nav.home: หน้าแรก\nmap.title.other: "{count} ประเทศ"\n',
    });
    const status = translationStatus(dir, ['en', 'th', 'km']);
    expect(status.map((s) => s.locale)).toEqual(['th', 'km']);
    const th = status[0]!;
    expect(th.pages.map((p) => `${p.route}:${p.state}`)).toEqual(['about:reviewed', 'history:outdated', 'countries/japan:missing']);
    expect(th.pages.find((p) => p.state === 'missing')!.file).toBe('content/countries/th/japan.md');
    expect(th.strings).toEqual({ done: 3, total: 4, missing: ['nav.about'] });
    expect(status[1]!.pages.map((p) => p.state)).toEqual(['draft', 'missing', 'missing']);
    expect(status[1]!.strings).toEqual({ done: 0, total: 4, missing: ['nav.home', 'nav.about', 'map.title.one', 'map.title.other'] });
  });

  it('counts a translation file without a valid record as outdated', () => {
    const dir = site({
      'content/pages/en/about.md': '---\ntitle: "About"\n---\n',
      'content/pages/th/about.md': '---\ntitle: "เกี่ยวกับ"\n---\n',
    });
    expect(translationStatus(dir, ['en', 'th'])[0]!.pages[0]!.state).toBe('outdated');
  });

  it('is the state of the real content: every English page in every language', () => {
    const status = translationStatus(process.cwd());
    expect(status).toHaveLength(16);
    const englishPages = status[0]!.pages.length;
    expect(englishPages).toBeGreaterThanOrEqual(25);
    for (const s of status) expect(s.pages).toHaveLength(englishPages);
    expect(readFileSync(join(process.cwd(), status[0]!.pages[0]!.englishFile), 'utf8')).toMatch(/^---/);
  });
});

describe('missingStrings', () => {
  it('counts a plural key as there when the language has its "other" form', () => {
    expect(missingStrings({ a: 'x', 'b.one': 'y', 'b.other': 'z' }, { 'b.other': 'q' })).toEqual(['a']);
    expect(missingStrings({ a: 'x' }, { a: 'y', extra: 'z' })).toEqual([]);
  });
});

describe('withFallback', () => {
  const entries = [
    { entry: 'en:about', locale: 'en' as const, slug: 'about' },
    { entry: 'en:history', locale: 'en' as const, slug: 'history' },
    { entry: 'th:about', locale: 'th' as const, slug: 'about' },
  ];

  it('gives a language its translations, and the English original where one is missing, marked as such', () => {
    expect(withFallback(entries, 'th')).toEqual([
      { entry: 'th:about', slug: 'about', contentLocale: 'th', fallback: false },
      { entry: 'en:history', slug: 'history', contentLocale: 'en', fallback: true },
    ]);
  });

  it('gives English its own pages, and a language with no translation every English page', () => {
    expect(withFallback(entries, 'en').map((e) => [e.entry, e.fallback])).toEqual([
      ['en:about', false],
      ['en:history', false],
    ]);
    expect(withFallback(entries, 'km').map((e) => [e.entry, e.contentLocale, e.fallback])).toEqual([
      ['en:about', 'en', true],
      ['en:history', 'en', true],
    ]);
  });
});

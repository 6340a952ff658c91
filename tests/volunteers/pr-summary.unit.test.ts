import { describe, expect, it } from 'vitest';
import { pageOf, renderSummary } from '../../scripts/lib/pr-summary.ts';

const problem = { file: 'content/countries/en/nepal.md', line: 3, field: 'code', message: 'found "NE", expected the two-letter code' };

describe('pull-request summary', () => {
  it('reports failures in the words of npm run check, and the failing tests', () => {
    const text = renderSummary({
      problems: [problem],
      outcomes: { check: 'failure', tests: 'failure' },
      failedTests: ['content checker reports a wrong type (tests/content-errors/check-content.unit.test.ts)'],
      translations: [],
      changedPages: [],
      performance: [],
    });
    expect(text).toContain('| Content check (`npm run check`) | ❌ failed |');
    expect(text).toContain('### 1 problem in the content');
    expect(text).toContain('content/countries/en/nepal.md:3  field "code": found "NE", expected the two-letter code');
    expect(text).toContain('### 1 failing test');
    expect(text).toContain('- content checker reports a wrong type');
    expect(text).not.toContain('Performance (Lighthouse)');
  });

  it('shows the translation status and the pages changed', () => {
    const text = renderSummary({
      problems: [],
      outcomes: { check: 'success', tests: 'success' },
      failedTests: [],
      translations: [
        {
          locale: 'th',
          pages: [
            { collection: 'pages', slug: 'about', route: 'about', state: 'draft', englishFile: 'content/pages/en/about.md', file: 'content/pages/th/about.md' },
            { collection: 'pages', slug: 'history', route: 'history', state: 'outdated', englishFile: 'content/pages/en/history.md', file: 'content/pages/th/history.md' },
            { collection: 'pages', slug: 'network', route: 'network', state: 'missing', englishFile: 'content/pages/en/network.md', file: 'content/pages/th/network.md' },
            { collection: 'people', slug: 'eri-trinurini-adhi', route: 'leaders/eri-trinurini-adhi', state: 'reviewed', englishFile: 'content/people/en/eri-trinurini-adhi.md', file: 'content/people/th/eri-trinurini-adhi.md' },
          ],
          strings: { done: 79, total: 80, missing: ['site.pageTitle'] },
        },
      ],
      changedPages: [{ file: 'content/countries/en/nepal.md', page: '/countries/nepal/' }],
      performance: [
        { path: '/', formFactor: 'mobile', performance: 100 },
        { path: '/', formFactor: 'desktop', performance: 100 },
        { path: '/ur/', formFactor: 'mobile', performance: 84 },
      ],
    });
    expect(text).toContain('| Type check, build and all tests (`npm test`) | ✅ passed |');
    expect(text).not.toContain('problem in the content');
    expect(text).toContain('| th | 1 | 1 | 1 | 1 | 79 of 80 |');
    // The whole site: every language's translations counted together.
    expect(text).toContain('| **All** | 1 | 1 | 1 | 1 | 79 of 80 |');
    expect(text).toContain('**3 of 4 translations** exist (1 reviewed).');
    expect(text).toContain('- `content/pages/th/history.md` (English: `content/pages/en/history.md`)');
    expect(text).not.toContain('`content/pages/th/about.md`');
    expect(text).toContain('- `content/countries/en/nepal.md` → /countries/nepal/');
    expect(text).toContain('artifact **site**');
    expect(text).toContain('| / | 100 | 100 |');
    expect(text).toContain('| /ur/ | ⚠️ 84 | – |');
    expect(text).toContain('1 measurement under 90');
  });

  it('maps content files to the pages they make', () => {
    expect(pageOf('content/countries/en/sri-lanka.md')).toBe('/countries/sri-lanka/');
    expect(pageOf('content/people/en/denison-jayasooria.md')).toBe('/leaders/denison-jayasooria/');
    expect(pageOf('content/pages/en/home.md')).toBe('/');
    expect(pageOf('content/pages/th/about.md')).toBe('/th/about/');
    expect(pageOf('content/ui/en.yaml')).toBe('interface strings (every page)');
    expect(pageOf('README.md')).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageThresholds } from '../../scripts/lib/coverage.ts';
import { pageOf, renderSummary } from '../../scripts/lib/pr-summary.ts';
import config from '../../vitest.config.ts';

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
            {
              collection: 'pages',
              slug: 'about',
              route: 'about',
              state: 'draft',
              englishFile: 'content/pages/en/about.md',
              file: 'content/pages/th/about.md',
            },
            {
              collection: 'pages',
              slug: 'history',
              route: 'history',
              state: 'outdated',
              englishFile: 'content/pages/en/history.md',
              file: 'content/pages/th/history.md',
            },
            {
              collection: 'pages',
              slug: 'network',
              route: 'network',
              state: 'missing',
              englishFile: 'content/pages/en/network.md',
              file: 'content/pages/th/network.md',
            },
            {
              collection: 'people',
              slug: 'eri-trinurini-adhi',
              route: 'leaders/eri-trinurini-adhi',
              state: 'reviewed',
              englishFile: 'content/people/en/eri-trinurini-adhi.md',
              file: 'content/people/th/eri-trinurini-adhi.md',
            },
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

  it('shows the coverage totals against their thresholds, and says when there are none', () => {
    const base = {
      problems: [],
      outcomes: { check: 'success', tests: 'failure' },
      failedTests: [],
      translations: [],
      changedPages: [],
      performance: [],
    };
    const measure = (covered: number, total: number) => ({ covered, total, pct: Math.round((covered / total) * 10000) / 100 });
    const thresholds = { lines: 80, statements: 80, functions: 80, branches: 80 };
    const coverage = {
      total: { lines: measure(900, 1000), statements: measure(1800, 2000), functions: measure(400, 500), branches: measure(500, 1000) },
    };
    const text = renderSummary({ ...base, coverage }, thresholds);
    expect(text).toContain('### Test coverage');
    expect(text).toContain('| Lines | 90 % (900 of 1000) | 80 % |');
    expect(text).toContain('| Functions | 80 % (400 of 500) | 80 % |');
    expect(text).toContain('| Branches | ❌ 50 % (500 of 1000) | 80 % |');
    expect(text.match(/❌ \d/g)).toHaveLength(1);
    expect(renderSummary(base)).toContain('Not measured: `npm test` stopped before the end of its tests.');
  });

  it('npm test measures coverage of src/ and scripts/ with the thresholds the summary shows', () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['test']).toMatch(/\bvitest run --coverage$/);
    const coverage = config.test?.coverage as { provider?: string; include?: string[]; reporter?: string[]; thresholds?: unknown };
    expect(coverage.provider).toBe('v8');
    expect(coverage.include).toEqual(['src/**/*.ts', 'scripts/**/*.ts']);
    expect(coverage.reporter).toContain('json-summary');
    expect(coverage.thresholds).toBe(coverageThresholds);
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

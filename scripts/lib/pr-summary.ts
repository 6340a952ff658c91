/**
 * The pull-request job summary: what failed, in the same words as `npm run check`, the
 * translation status, and the pages the pull request changes. Written to $GITHUB_STEP_SUMMARY
 * in the Checks workflow; printed otherwise.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/content-check/index.ts';
import { formatProblem, type Problem } from '../../src/content-check/problems.ts';
import { defaultLocale } from '../../src/i18n/locales.ts';
import { translationStatus, type LocaleStatus } from '../../src/i18n/status.ts';
import type { TranslationState } from '../../src/i18n/tracking.ts';
import { performanceThreshold } from './lighthouse.ts';
import { coverageSummaryFile, coverageThresholds, type CoverageMeasure, type CoverageSummary } from './coverage.ts';
import { routeOf, type ContentCollection } from '../../src/site/routes.ts';

export interface SummaryInput {
  problems: Problem[];
  /** Outcome of each workflow step, as GitHub reports it: success, failure, skipped, cancelled. */
  outcomes: { check?: string | undefined; tests?: string | undefined };
  failedTests: string[];
  /** Per language: its pages by state, the ones needing work, and its interface strings. */
  translations: LocaleStatus[];
  changedPages: { file: string; page?: string | undefined }[];
  /** Lighthouse performance scores from the test run (lighthouse-performance.json), when there are any. */
  performance: { path: string; formFactor: string; performance: number }[];
  /** Test coverage totals from `npm test` (coverage/coverage-summary.json), when it got that far. */
  coverage?: CoverageSummary | undefined;
}

const mark = (outcome: string | undefined) =>
  outcome === 'success' ? '✅ passed' : outcome === 'failure' ? '❌ failed' : `⏭️ ${outcome ?? 'not run'}`;

export function renderSummary(input: SummaryInput, thresholds: Record<CoverageMeasure, number> = coverageThresholds): string {
  const lines = ['## Checks of this pull request', ''];
  lines.push(`| Check | Result |`, `| --- | --- |`);
  lines.push(`| Content check (\`npm run check\`) | ${mark(input.outcomes.check)} |`);
  lines.push(`| Type check, build and all tests (\`npm test\`) | ${mark(input.outcomes.tests)} |`, '');

  if (input.problems.length) {
    lines.push(`### ${input.problems.length} problem${input.problems.length > 1 ? 's' : ''} in the content`, '');
    lines.push(
      'Each line names the file and line, the field, what was found and what is expected. Fix the file, and the checks run again.',
      '',
    );
    lines.push('```text', ...input.problems.map(formatProblem), '```', '');
  }
  if (input.failedTests.length) {
    lines.push(`### ${input.failedTests.length} failing test${input.failedTests.length > 1 ? 's' : ''}`, '');
    lines.push(...input.failedTests.map((t) => `- ${t}`), '', 'The log of the `npm test` step shows the details.', '');
  }

  lines.push('### Translation status', '');
  if (input.translations.length === 0) {
    lines.push(`The site is in English only for now: no translations yet.`, '');
  } else {
    lines.push("The same table as the site's translation status page: pages by state, then interface strings.", '');
    lines.push('| Language | Reviewed | Draft | Outdated | Not translated | Interface strings |', '| --- | --- | --- | --- | --- | --- |');
    for (const { locale, pages, strings } of input.translations) {
      const count = (state: TranslationState) => pages.filter((p) => p.state === state).length;
      lines.push(
        `| ${locale} | ${count('reviewed')} | ${count('draft')} | ${count('outdated')} | ${count('missing')} | ${strings.done} of ${strings.total} |`,
      );
    }
    const all = input.translations.flatMap((l) => l.pages);
    const total = (state: TranslationState) => all.filter((p) => p.state === state).length;
    const stringsDone = input.translations.reduce((sum, l) => sum + l.strings.done, 0);
    const stringsTotal = input.translations.reduce((sum, l) => sum + l.strings.total, 0);
    lines.push(
      `| **All** | ${total('reviewed')} | ${total('draft')} | ${total('outdated')} | ${total('missing')} | ${stringsDone} of ${stringsTotal} |`,
    );
    lines.push('', `**${all.length - total('missing')} of ${all.length} translations** exist (${total('reviewed')} reviewed).`, '');
    const outdated = input.translations.flatMap((l) => l.pages.filter((p) => p.state === 'outdated'));
    if (outdated.length) {
      lines.push(
        'Translations whose English page has changed since (bring them up to date, then run `npm run mark-translated -- <file>`):',
        '',
      );
      lines.push(...outdated.map((p) => `- \`${p.file}\` (English: \`${p.englishFile}\`)`), '');
    }
  }

  if (input.performance.length) {
    const slow = input.performance.filter((p) => p.performance < performanceThreshold);
    lines.push('### Performance (Lighthouse)', '');
    lines.push(
      `Measured on the test runner, which is shared and busy: a figure to watch, not a gate. Pages under ${performanceThreshold} are marked.`,
      '',
    );
    lines.push('| Page | Mobile | Desktop |', '| --- | --- | --- |');
    for (const path of [...new Set(input.performance.map((p) => p.path))]) {
      const score = (formFactor: string) => {
        const found = input.performance.find((p) => p.path === path && p.formFactor === formFactor);
        return found ? `${found.performance < performanceThreshold ? '⚠️ ' : ''}${found.performance}` : '–';
      };
      lines.push(`| ${path} | ${score('mobile')} | ${score('desktop')} |`);
    }
    lines.push(
      '',
      slow.length
        ? `${slow.length} measurement${slow.length > 1 ? 's' : ''} under ${performanceThreshold}: worth a look if this pull request adds weight to pages.`
        : `Every page at ${performanceThreshold} or above.`,
      '',
    );
  }

  lines.push('### Test coverage', '');
  if (!input.coverage) {
    lines.push('Not measured: `npm test` stopped before the end of its tests.', '');
  } else {
    lines.push(
      "Of `src/` and `scripts/`, the code the tests run in Node (what runs only in Chromium or inside Astro's build is proven by the browser and build tests, but not counted). Below a threshold, `npm test` fails.",
      '',
    );
    lines.push('| Measure | Covered | Threshold |', '| --- | --- | --- |');
    const names: Record<CoverageMeasure, string> = {
      lines: 'Lines',
      statements: 'Statements',
      functions: 'Functions',
      branches: 'Branches',
    };
    for (const measure of Object.keys(names) as CoverageMeasure[]) {
      const { covered, total, pct } = input.coverage.total[measure];
      const under = pct < thresholds[measure] ? '❌ ' : '';
      lines.push(`| ${names[measure]} | ${under}${pct} % (${covered} of ${total}) | ${thresholds[measure]} % |`);
    }
    lines.push('');
  }

  lines.push('### Pages this pull request changes', '');
  if (input.changedPages.length === 0) lines.push('No content file changed.', '');
  else lines.push(...input.changedPages.map((c) => `- \`${c.file}\`${c.page ? ` → ${c.page}` : ''}`), '');
  lines.push(
    'The built site is attached to this run as the artifact **site**. To look at it, unzip it and serve the folder, for example with `python3 -m http.server 8000` inside it, then open http://localhost:8000/ (its links start at the site root, so opening the files straight from disk does not work).',
  );
  return `${lines.join('\n')}\n`;
}

/** The page a content file makes, as a path under the site's root. */
export function pageOf(file: string): string | undefined {
  const match = /^content\/(pages|countries|people)\/([\w-]+)\/([\w-]+)\.mdx?$/.exec(file);
  if (!match) return file.startsWith('content/ui/') ? 'interface strings (every page)' : undefined;
  const [, collection, locale, slug] = match;
  const route = routeOf(collection as ContentCollection, slug!);
  return `/${[locale === defaultLocale ? '' : locale, route].filter(Boolean).join('/')}${route || locale !== defaultLocale ? '/' : ''}`;
}

function changedFiles(root: string, base: string | undefined): string[] {
  if (!base) return [];
  try {
    return execFileSync('git', ['diff', '--name-only', `${base}...HEAD`, '--', 'content'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

function failedTests(file: string): string[] {
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    testResults?: { name: string; assertionResults: { status: string; fullName: string }[] }[];
  };
  return (report.testResults ?? []).flatMap((r) =>
    r.assertionResults.filter((a) => a.status === 'failed').map((a) => `${a.fullName} (${r.name.replace(`${process.cwd()}/`, '')})`),
  );
}

/** What `npm run pr-summary` does (scripts/pr-summary.ts). */
export async function main(): Promise<void> {
  const root = process.cwd();
  const summary = renderSummary({
    problems: await checkContent(root),
    outcomes: { check: process.env['CHECK_OUTCOME'], tests: process.env['TEST_OUTCOME'] },
    failedTests: failedTests(join(root, 'test-results.json')),
    translations: translationStatus(root),
    changedPages: changedFiles(root, process.env['BASE_SHA']).map((file) => ({ file, page: pageOf(file) })),
    performance: existsSync(join(root, 'lighthouse-performance.json'))
      ? JSON.parse(readFileSync(join(root, 'lighthouse-performance.json'), 'utf8'))
      : [],
    coverage: existsSync(join(root, coverageSummaryFile)) ? JSON.parse(readFileSync(join(root, coverageSummaryFile), 'utf8')) : undefined,
  });
  if (process.env['GITHUB_STEP_SUMMARY']) appendFileSync(process.env['GITHUB_STEP_SUMMARY'], summary);
  else process.stdout.write(summary);
}

/**
 * The pull-request job summary: what failed, in the same words as `npm run check`, the
 * translation status, and the pages the pull request changes. Written to $GITHUB_STEP_SUMMARY
 * in the Checks workflow; printed otherwise.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/lib/check-content.ts';
import { formatProblem, type Problem } from '../src/lib/checks.ts';
import { defaultLocale, localeKeys } from '../src/i18n/locales.ts';
import { routeOf, type ContentCollection } from '../src/routes.ts';

export interface SummaryInput {
  problems: Problem[];
  /** Outcome of each workflow step, as GitHub reports it: success, failure, skipped, cancelled. */
  outcomes: { check?: string | undefined; tests?: string | undefined };
  failedTests: string[];
  translations: { locale: string; collection: string; translated: number; total: number }[];
  changedPages: { file: string; page?: string | undefined }[];
}

const mark = (outcome: string | undefined) => (outcome === 'success' ? '✅ passed' : outcome === 'failure' ? '❌ failed' : `⏭️ ${outcome ?? 'not run'}`);

export function renderSummary(input: SummaryInput): string {
  const lines = ['## Checks of this pull request', ''];
  lines.push(`| Check | Result |`, `| --- | --- |`);
  lines.push(`| Content check (\`npm run check\`) | ${mark(input.outcomes.check)} |`);
  lines.push(`| Type check, build and all tests (\`npm test\`) | ${mark(input.outcomes.tests)} |`, '');

  if (input.problems.length) {
    lines.push(`### ${input.problems.length} problem${input.problems.length > 1 ? 's' : ''} in the content`, '');
    lines.push('Each line names the file and line, the field, what was found and what is expected. Fix the file, and the checks run again.', '');
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
    lines.push('| Language | Collection | Translated |', '| --- | --- | --- |');
    for (const t of input.translations) lines.push(`| ${t.locale} | ${t.collection} | ${t.translated} of ${t.total} |`);
    lines.push('');
  }

  lines.push('### Pages this pull request changes', '');
  if (input.changedPages.length === 0) lines.push('No content file changed.', '');
  else lines.push(...input.changedPages.map((c) => `- \`${c.file}\`${c.page ? ` → ${c.page}` : ''}`), '');
  lines.push('The built site is attached to this run as the artifact **site**. To look at it, unzip it and serve the folder, for example with `python3 -m http.server 8000` inside it, then open http://localhost:8000/ (its links start at the site root, so opening the files straight from disk does not work).');
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

function translationStatus(root: string): SummaryInput['translations'] {
  const rows: SummaryInput['translations'] = [];
  for (const collection of ['pages', 'countries', 'people']) {
    const names = (locale: string) => {
      const dir = join(root, 'content', collection, locale);
      return existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')) : [];
    };
    const english = new Set(names(defaultLocale));
    for (const locale of localeKeys.filter((l) => l !== defaultLocale)) {
      rows.push({ locale, collection, translated: names(locale).filter((n) => english.has(n)).length, total: english.size });
    }
  }
  return rows;
}

function changedFiles(root: string, base: string | undefined): string[] {
  if (!base) return [];
  try {
    return execFileSync('git', ['diff', '--name-only', `${base}...HEAD`, '--', 'content'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

function failedTests(file: string): string[] {
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8')) as { testResults?: { name: string; assertionResults: { status: string; fullName: string }[] }[] };
  return (report.testResults ?? []).flatMap((r) => r.assertionResults.filter((a) => a.status === 'failed').map((a) => `${a.fullName} (${r.name.replace(`${process.cwd()}/`, '')})`));
}

if (import.meta.main) {
  const root = process.cwd();
  const summary = renderSummary({
    problems: await checkContent(root),
    outcomes: { check: process.env['CHECK_OUTCOME'], tests: process.env['TEST_OUTCOME'] },
    failedTests: failedTests(join(root, 'test-results.json')),
    translations: translationStatus(root),
    changedPages: changedFiles(root, process.env['BASE_SHA']).map((file) => ({ file, page: pageOf(file) })),
  });
  if (process.env['GITHUB_STEP_SUMMARY']) appendFileSync(process.env['GITHUB_STEP_SUMMARY'], summary);
  else process.stdout.write(summary);
}

/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
 * The pages are validated by html-validate's own command, in a process of its own: inside the test
 * worker, `npm test`'s coverage instrumentation (of all the code a worker runs, html-validate's
 * parser included) made the validation half again as slow. Each page still has its test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { formatterFactory, type Result } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';

const stylish = formatterFactory('stylish');
const command = join(dirname(createRequire(import.meta.url).resolve('html-validate/package.json')), 'bin/html-validate.mjs');

/** An invalid page validated with the site's (all by the site's rules), so a run that reports nothing is known to report. */
const work = mkdtempSync(join(tmpdir(), 'asec-html-validate-'));
const invalid = join(work, 'invalid.html');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('html-validate', () => {
  const pages = htmlPages();
  /** html-validate's report on each file it found a problem in, by absolute path. */
  const reports = new Map<string, Result>();

  beforeAll(() => {
    writeFileSync(
      invalid,
      '<!doctype html><html lang="en"><head><title>x</title></head><body><div><p>unclosed</div><img src="a.png"></body></html>',
    );
    const run = spawnSync(
      process.execPath,
      [command, '--config', '.htmlvalidate.json', '--formatter', 'json', invalid, ...pages.map((p) => p.file)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
    // 0: every file valid, 1: some not; anything else is html-validate failing to run.
    if (run.status !== 0 && run.status !== 1) throw new Error(`html-validate did not run (exit code ${run.status}):\n${run.stderr}`);
    for (const result of JSON.parse(run.stdout) as Result[]) reports.set(resolve(result.filePath), result);
  }, 300_000);

  it('validates every built page: at least 25 in each of the 17 languages', () => {
    expect(pages.length).toBeGreaterThan(17 * 25);
  });

  it('reports the invalid page validated beside them: an unclosed element, a picture without alt text', () => {
    expect(reports.get(invalid)?.errorCount).toBeGreaterThan(1);
  });

  it.each(pages.map((p) => [p.path, p.file] as const))('%s is valid', (_path, file) => {
    const report = reports.get(resolve(file));
    expect(report?.errorCount ?? 0, report && stylish([report])).toBe(0);
  });
});

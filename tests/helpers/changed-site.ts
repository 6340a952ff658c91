/**
 * One build of a changed copy of the project, for what the real content cannot show, shared by
 * the rebuild tests (a build keeps both cores busy for a quarter of a minute; one serves them all).
 * The copy is the working tree as a shallow clone of its commit (as a CI checkout without its
 * history), with a repository configured and these changes:
 * - the English About page has changed since its translations were made;
 * - some translations are not made yet (English stands in for them);
 * - one translation has lost its record (which the content check refuses, here bypassed);
 * - the MDX example of CONTRIBUTING.md is added.
 * The rebuild project's global setup (tests/setup/changed-site.ts) starts its build, which runs
 * while the unit and build tests do; tests read it through `changedSite()`, which waits for it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    changedSite: string;
  }
}

export const repository = 'https://github.com/example/asec-site';
export const buildEnv = { REPOSITORY_URL: repository, REPOSITORY_BRANCH: 'main' };
/** Translations taken out (under content/): every page of the real site has one. */
export const untranslated = [
  'pages/th/history.md',
  'countries/ur/japan.md',
  'people/km/eri-trinurini-adhi.md',
  'countries/zh-hans/myanmar.md',
];
/** A translation whose record was deleted: nobody knows which English text it follows. */
export const withoutRecord = 'pages/vi/network.md';
export const addedToEnglish = '\nA sentence added to the English page after it was translated.\n';

/** Written in the copy's folder when its build has ended: empty if it passed, else the build's output. */
const BUILT = '.built';
const FAILED = '.build-failed';

/**
 * Makes the copy in `root` (an empty folder) from the project in `project`, and builds it into its
 * dist/ in a child process; the promise settles when the build has ended, its marker written.
 */
export function buildChangedSite(project: string, root: string): Promise<void> {
  const skip = new Set(['node_modules', 'dist', '.astro', '.git']);
  cpSync(project, root, { recursive: true, filter: (src) => !skip.has(relative(project, src)) });
  // Packages are shared through links; Astro's and Vite's caches stay apart from the real site's.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(project, 'node_modules', name), join(root, 'node_modules', name));
  }
  // The project's commit, fetched alone: a shallow clone, whose files are the working tree's.
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git(['init', '-q']);
  git([
    'fetch',
    '-q',
    '--depth',
    '1',
    `file://${project}`,
    execFileSync('git', ['rev-parse', 'HEAD'], { cwd: project, encoding: 'utf8' }).trim(),
  ]);
  git(['update-ref', 'HEAD', 'FETCH_HEAD']);

  appendFileSync(join(root, 'content/pages/en/about.md'), addedToEnglish);
  for (const file of untranslated) rmSync(join(root, 'content', file));
  const text = readFileSync(join(root, 'content', withoutRecord), 'utf8');
  const stripped = text.replace(/^translation:\n(?: {2}.*\n)+/m, '');
  if (stripped === text) throw new Error(`${withoutRecord} has no translation record to remove`);
  writeFileSync(join(root, 'content', withoutRecord), stripped);
  cpSync(join(project, 'tests/content-errors/fixtures-valid/mdx-page'), root, { recursive: true });

  return new Promise((settled) => {
    execFile(
      process.execPath,
      astroBuild('dist'),
      { cwd: root, env: { ...process.env, ...buildEnv }, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        writeFileSync(join(root, error ? FAILED : BUILT), error ? `${error.message}\n${stdout}${stderr}` : '');
        settled();
      },
    );
  });
}

const astroBuild = (outDir: string) => ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir];

/** A clean build of the copy in `root` into `outDir`: an empty output folder and a cleared content cache. */
export function build(root: string, outDir: string): void {
  execFileSync(process.execPath, astroBuild(outDir), {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ...buildEnv },
  });
}

/**
 * The changed copy: its folder, and a built page of it, parsed. Called at the top of a test file,
 * it makes the file's tests wait until the copy is built (and fail with the build's output if
 * it could not be).
 */
export function changedSite() {
  const root = inject('changedSite');
  beforeAll(async () => {
    while (!existsSync(join(root, BUILT))) {
      if (existsSync(join(root, FAILED)))
        throw new Error(`The changed copy could not be built:\n${readFileSync(join(root, FAILED), 'utf8')}`);
      await sleep(200);
    }
  }, 300_000);
  return {
    root,
    dist: join(root, 'dist'),
    page: (path: string): HTMLElement => parse(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8')),
  };
}

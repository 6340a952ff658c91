/**
 * The date of each content file's last change, from git: the same as `git log -1 --format=%cI`
 * says for it, and none at all in a shallow clone (which would date every file to its one
 * commit) or outside a git repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastChanges } from '../../src/site/last-changed.ts';

const work = mkdtempSync(join(tmpdir(), 'asec-last-changed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const identity = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};
const git = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...identity, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
const logDate = (cwd: string, file: string) => git(cwd, ['log', '-1', '--format=%cI', '--', file]);

/** A repository with three commits at known dates, in three time zones. */
function repository(): string {
  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'content/pages/en'), { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  const commit = (file: string, text: string, date: string) => {
    writeFileSync(join(repo, file), text);
    git(repo, ['add', file]);
    git(repo, ['commit', '-q', '-m', `change ${file}`], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  };
  commit('content/pages/en/about.md', 'first\n', '2020-01-02T03:04:05+07:00');
  commit('content/pages/en/history.md', 'history\n', '2021-06-30T23:30:00-05:00');
  commit('content/pages/en/about.md', 'second\n', '2022-12-31T22:00:00+05:45');
  commit('README.md', 'not content\n', '2023-03-03T03:03:03+00:00');
  return repo;
}

describe('last change dates', () => {
  const repo = repository();

  it('are the committer dates git log gives for each file, newest change first', () => {
    const dates = lastChanges(repo);
    expect([...dates.keys()].sort()).toEqual(['content/pages/en/about.md', 'content/pages/en/history.md']);
    for (const file of dates.keys()) expect(dates.get(file), file).toBe(logDate(repo, file));
    // The second change of About, not its first; in the committer's own time zone.
    expect(dates.get('content/pages/en/about.md')!.startsWith('2022-12-31T22:00:00')).toBe(true);
  });

  const shallowHere = git(process.cwd(), ['rev-parse', '--is-shallow-repository']) !== 'false';
  it.skipIf(shallowHere)("are the same for this project's own content files, when its history is whole", () => {
    const dates = lastChanges();
    const files = git(process.cwd(), ['ls-files', 'content/pages/en', 'content/people/th', 'content/ui/ur.yaml']).split('\n');
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(dates.get(file), file).toBe(logDate(process.cwd(), file));
  });

  it('are unknown in a shallow clone, rather than all the date of its one commit', () => {
    const shallow = join(work, 'shallow');
    git(work, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(git(shallow, ['rev-parse', '--is-shallow-repository'])).toBe('true');
    // What git itself would say there: the last commit's date for every file, a wrong one for About.
    expect(logDate(shallow, 'content/pages/en/history.md').startsWith('2023-03-03')).toBe(true);
    expect(lastChanges(shallow).size).toBe(0);
  });

  it('are unknown outside a git repository', () => {
    const plain = join(work, 'plain');
    mkdirSync(join(plain, 'content'), { recursive: true });
    expect(lastChanges(plain).size).toBe(0);
  });
});

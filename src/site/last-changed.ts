/**
 * When each content file last changed, from git: the committer date of the last commit that
 * touched it (what `git log -1 --format=%cI -- <file>` says), read for every file in one pass.
 * Same commit, same dates: builds stay reproducible. A shallow clone knows only its last commit
 * and would give every file that commit's date, so there (and outside a git repository) no date
 * is known and pages leave it out rather than print a wrong one.
 */
import { execFileSync } from 'node:child_process';

const git = (root: string, args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

/** File (from the repository's root, "content/pages/th/about.md") -> its last commit's date, "2026-12-07T09:54:01+07:00". */
export function lastChanges(root = process.cwd(), folder = 'content'): Map<string, string> {
  const dates = new Map<string, string>();
  try {
    if (git(root, ['rev-parse', '--is-shallow-repository']).trim() !== 'false') return dates;
    const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
    // Newest first: each commit's date on a line of its own (after a NUL), then the files it changed.
    let date = '';
    for (const line of git(root, ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', folder]).split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1);
      else if (line && line.startsWith(prefix) && !dates.has(line.slice(prefix.length))) dates.set(line.slice(prefix.length), date);
    }
  } catch {
    // Not a git repository, or git is missing: no dates.
  }
  return dates;
}

let cached: Map<string, string> | undefined;
/** The date a content file last changed, read once per build; undefined when git cannot tell. */
export function lastChanged(file: string): string | undefined {
  cached ??= lastChanges();
  return cached.get(file);
}

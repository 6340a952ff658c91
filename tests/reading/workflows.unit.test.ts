/**
 * Every workflow that builds the site for readers (the checks and the deploy) checks out the
 * whole history: pages say when their text last changed from git, which a shallow clone cannot
 * tell (the site then leaves the date out).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
const workflow = (file: string) =>
  parse(readFileSync(join(process.cwd(), '.github/workflows', file), 'utf8')) as { jobs: Record<string, { steps?: Step[] }> };

describe('workflows that build the site', () => {
  it.each(['checks.yml', 'deploy.yml'])('%s checks out with fetch-depth: 0 before it builds', (file) => {
    const jobs = Object.values(workflow(file).jobs).filter((job) => job.steps?.some((step) => /npm (test|run build)/.test(step.run ?? '')));
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      const checkout = job.steps!.find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['fetch-depth']).toBe(0);
    }
  });
});

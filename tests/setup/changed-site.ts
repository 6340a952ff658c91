/**
 * Builds the changed copy of the project once for the rebuild tests (see tests/helpers/changed-site.ts),
 * in the background: the build runs beside the unit and build tests, and the rebuild tests wait for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildChangedSite } from '../helpers/changed-site.ts';

export default function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'asec-changed-site-'));
  const root = join(work, 'site');
  const built = buildChangedSite(process.cwd(), root);
  project.provide('changedSite', root);
  return async () => {
    await built;
    rmSync(work, { recursive: true, force: true });
  };
}

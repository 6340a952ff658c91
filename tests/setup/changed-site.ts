/** Builds the changed copy of the project once for the rebuild tests (see tests/helpers/changed-site.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildChangedSite } from '../helpers/changed-site.ts';

export default function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'asec-changed-site-'));
  const root = join(work, 'site');
  buildChangedSite(process.cwd(), root);
  project.provide('changedSite', root);
  return () => rmSync(work, { recursive: true, force: true });
}

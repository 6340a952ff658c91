/** Build steps hooked into Astro: a missing sitemap fails the build instead of warning. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sitemapRequired } from '../../src/integrations/sitemap-required.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function buildDone(files: string[]) {
  dir = mkdtempSync(join(tmpdir(), 'asec-dist-'));
  for (const file of files) writeFileSync(join(dir, file), '<?xml version="1.0"?>');
  const hook = sitemapRequired().hooks['astro:build:done'] as unknown as (options: { dir: URL }) => void;
  return () => hook({ dir: pathToFileURL(`${dir}/`) });
}

describe('sitemapRequired', () => {
  it('fails the build when the sitemap was not written', () => {
    expect(buildDone(['index.html'])).toThrow(/The sitemap \(sitemap-index\.xml\) was not written/);
  });

  it('lets a build with its sitemap through', () => {
    expect(buildDone(['sitemap-index.xml'])).not.toThrow();
  });
});

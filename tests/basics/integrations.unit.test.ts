/** Build steps hooked into Astro: a missing sitemap fails the build instead of warning. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sitemapRequired } from '../../src/integrations/sitemap-required.ts';
import { unsafeFiles } from '../../src/integrations/published-files.ts';

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

describe('published files', () => {
  it('flags SVG and markup under any name that did not come from public/, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asec-published-'));
    try {
      const dist = join(dir, 'dist');
      const pub = join(dir, 'public');
      mkdirSync(join(dist, '_astro'), { recursive: true });
      mkdirSync(pub);
      const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
      writeFileSync(join(pub, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
      writeFileSync(join(dist, '_astro/photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      writeFileSync(join(dist, '_astro/chart.svg'), svg);
      writeFileSync(join(dist, '_astro/disguised.png'), `\uFEFF  ${svg}`);
      writeFileSync(join(dist, 'logo.svg'), svg);
      expect(unsafeFiles(dist, pub)).toEqual(['_astro/chart.svg', '_astro/disguised.png', 'logo.svg']);
      // A public/ file changed on the way to dist/ no longer counts as the maintainer's.
      writeFileSync(join(dist, 'favicon.svg'), svg);
      expect(unsafeFiles(dist, pub)).toContain('favicon.svg');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('content security policy', () => {
  it("moves the policy first and keeps only the hashes of the page's own inline code", async () => {
    const { createHash } = await import('node:crypto');
    const { tightenPolicy } = await import('../../src/integrations/csp.ts');
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const style = 'body{color:red}';
    const page = `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/a.js"></script><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('island()')} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('unused{}')};"><style>${style}</style></head><body></body></html>`;
    const out = tightenPolicy(page);
    expect(out).toBe(
      `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${hash(style)}"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/a.js"></script><style>${style}</style></head><body></body></html>`,
    );
    // An inline script the page does have keeps its hash.
    expect(tightenPolicy(page.replace('<body>', '<body><script>island()</script>'))).toContain(
      `script-src 'self' 'wasm-unsafe-eval' ${hash('island()')};`,
    );
  });
});

/**
 * The last line of defence behind the content check: after `astro build`, no SVG (nor anything
 * else a browser would run as a document) is published unless a maintainer put it in public/.
 * An SVG opened at its own address runs its scripts in the site's origin, where they could plant
 * files in the offline caches. The content check refuses such files with a plain message; this
 * step catches whatever reaches the build some other way, removes dist/ and stops.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { filesIn } from './dist-files.ts';
import { fileURLToPath } from 'node:url';

/** Files the build writes itself, which may hold markup or code. */
const ownText = /\.(html|js|mjs|css|json|webmanifest|xml|txt|pf_\w+|wasm)$/;

/** The start of a file that a browser would read as markup (SVG, HTML, XML), whatever its name. */
export function looksLikeMarkup(bytes: Buffer): boolean {
  const start = bytes
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return start.startsWith('<');
}

/** Published files that may run as documents and did not come from public/: site paths. */
export function unsafeFiles(dist: string, publicDir: string): string[] {
  const found: string[] = [];
  for (const rel of filesIn(dist)) {
    const path = join(dist, rel);
    const fromPublic = existsSync(join(publicDir, rel)) && readFileSync(join(publicDir, rel)).equals(readFileSync(path));
    if (fromPublic) continue;
    if (/\.svgz?$/i.test(rel) || (!ownText.test(rel) && looksLikeMarkup(readFileSync(path)))) found.push(rel);
  }
  return found;
}

export function publishedFiles(): AstroIntegration {
  let publicDir = '';
  return {
    name: 'asec:published-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const unsafe = unsafeFiles(dist, publicDir);
        if (unsafe.length) {
          rmSync(dist, { recursive: true, force: true });
          throw new Error(
            `The build stopped: these files would be published as SVG or other markup, which can run scripts on the site, and did not come from public/: ${unsafe.join(', ')}. Pictures under content/ must be PNG, JPEG or WebP (npm run check names the file). dist/ was removed.`,
          );
        }
      },
    },
  };
}

/**
 * @astrojs/sitemap reports a configuration it cannot use as a warning and writes no sitemap. A site
 * without a sitemap is a broken deploy, so this step (placed after the sitemap integration) fails
 * the build when the sitemap is missing.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function sitemapRequired(file = 'sitemap-index.xml'): AstroIntegration {
  return {
    name: 'asec:sitemap-required',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (!existsSync(fileURLToPath(new URL(file, dir)))) {
          throw new Error(
            `The sitemap (${file}) was not written: see the @astrojs/sitemap warning above, and fix its configuration in astro.config.mjs.`,
          );
        }
      },
    },
  };
}

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { defaultLocale, localeKeys, locales } from './src/i18n/locales.ts';
import { contentHastPlugins, contentRehypePlugins, markdownFeatures } from './src/markdown/index.ts';
import { pagefind } from './src/search/integration.ts';
import { sitemapRequired } from './src/integrations/sitemap-required.ts';
import { runtimeImport } from './src/integrations/runtime-import.ts';
import { serviceWorker } from './src/offline/integration.ts';
import { publishedFiles } from './src/integrations/published-files.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { basePathFrom, sections } from './src/site/routes.ts';
import { offlineFallback } from './src/offline/paths.ts';

// Where the site is served: GitHub Pages passes its URL and project path in the deploy workflow.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = basePathFrom(process.env.BASE_PATH);

// URL paths are the lower-case keys; where the BCP 47 tag differs (zh-hans / zh-Hans), Astro is
// given both, so Astro.currentLocale reports the tag.
/** @type {NonNullable<import('astro').AstroUserConfig['i18n']>} */
const i18n = {
  defaultLocale,
  locales: localeKeys.map((key) => (key === locales[key].lang ? key : { path: key, codes: [locales[key].lang] })),
  routing: { prefixDefaultLocale: false },
};

// Offline reading's two steps, around Pagefind's.
const offline = serviceWorker();

// Typed as a plain config: Astro cannot infer locale names from a list built at run time.
export default defineConfig(
  /** @type {import('astro').AstroUserConfig} */ ({
    site,
    base,
    trailingSlash: 'always',
    // Astro also writes which collection each content file belongs to (.astro/collections/), so the
    // VS Code extension checks front matter as volunteers type (.vscode/settings.json).
    experimental: { contentIntellisense: true },
    // One request per page: the small stylesheet travels inside the HTML. Pages are rendered several
    // at a time: rendering waits on file writes and hashing (the CSP), which then overlap.
    build: { inlineStylesheets: 'always', concurrency: 8 },
    // The search script stays a file of its own (cacheable, and no inline script for the CSP), and
    // loads Pagefind without Vite's preloading helper.
    vite: { build: { assetsInlineLimit: 0 }, plugins: [runtimeImport()] },
    // A Content-Security-Policy <meta> on every page: Astro hashes its own inline styles; no inline
    // script is allowed. Pagefind's search runs WebAssembly (without a worker).
    security: {
      csp: {
        directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
        scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      },
    },
    i18n,
    markdown: {
      // Sätteri, Astro's own fast processor, renders .md files and parses their raw HTML; the tree is
      // then sanitized as MDX's is (src/markdown/index.ts). The content check reads with the same features.
      processor: satteri({ features: markdownFeatures, hastPlugins: contentHastPlugins(base) }),
      // Code highlighting would need inline styles, which the CSP forbids; content has no code.
      syntaxHighlight: false,
    },

    integrations: [
      // MDX stays on remark/rehype: its components, expressions and imports are removed before they
      // could run (src/markdown/index.ts).
      mdx({ processor: unified({ rehypePlugins: contentRehypePlugins(base) }) }),
      sitemap({
        // The offline fallback page is shown by the service worker in place of pages never opened;
        // review views are for reviewers (both noindex).
        filter: (page) => !page.endsWith(`/${offlineFallback}/`) && !new URL(page).pathname.includes(`/${sections.review}/`),
        i18n: {
          defaultLocale,
          locales: Object.fromEntries(localeKeys.map((key) => [key, locales[key].lang])),
        },
      }),
      sitemapRequired(),
      // Before anything reads dist/: each page's policy first in its head, listing only what it
      // uses; no SVG or other markup from content/ is published.
      contentSecurityPolicy(),
      publishedFiles(),
      // Offline reading measures the pages, which no later step changes, while Pagefind indexes them.
      offline.measurePages,
      pagefind(),
      // After Pagefind: the offline lists name its files, and the worker's version hashes them.
      offline.writeFiles,
    ],
  }),
);

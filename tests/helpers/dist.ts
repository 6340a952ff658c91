/** Reading the built site in dist/ for the build tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { basePathFrom } from '../../src/site/routes.ts';
import { defaultLocale, localeKeys, type Locale } from '../../src/i18n/locales.ts';

export const distDir = join(process.cwd(), 'dist');
/** The deployment's base path, as the build used it ("/" or "/project/"). */
export const basePath = basePathFrom(process.env['BASE_PATH']);

if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` before the build tests (npm test does both).');

/** Every HTML file, as its site path ("/", "/about/", "/404.html"). */
export function htmlPages(): { path: string; file: string }[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => {
      const file = join(d.parentPath, d.name);
      const rel = relative(distDir, file).split(sep).join('/');
      const path = basePath + rel.replace(/(^|\/)index\.html$/, '$1');
      return { path, file };
    })
    .filter((p) => !p.path.includes('/pagefind/'))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Pages for search engines: all but those marked noindex (the 404 page, the offline fallback page),
 * which have no address of their own, hence no canonical URL, alternates or sitemap entry.
 */
export function indexedPages(): { path: string; file: string }[] {
  return htmlPages().filter((p) => !readFileSync(p.file, 'utf8').includes('<meta name="robots" content="noindex">'));
}

export function readDist(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

/** The dist/ file a site path is served from, or undefined. */
export function fileForPath(path: string): string | undefined {
  if (!path.startsWith(basePath)) return undefined;
  const rel = decodeURIComponent(path.slice(basePath.length));
  const candidates =
    rel === '' || rel.endsWith('/') ? [join(distDir, rel, 'index.html')] : [join(distDir, rel), join(distDir, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The language a site path belongs to, from its first segment ("/th/about/" -> th). */
export function localeOfPath(path: string): Locale {
  const first = path.slice(basePath.length).split('/')[0];
  return localeKeys.find((key) => key !== defaultLocale && key === first) ?? defaultLocale;
}

/** Site path of a page inside a language ("countries/japan" in th -> "/th/countries/japan/"). */
export function pathIn(locale: Locale, route: string): string {
  const prefix = locale === defaultLocale ? basePath : `${basePath}${locale}/`;
  return route ? `${prefix}${route}/` : prefix;
}

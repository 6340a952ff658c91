/**
 * Translation status, read from the files under content/: for each language, every English page
 * with its translation's state (reviewed, draft, outdated or missing) and how many interface
 * strings it has. One reading for the status page of the site and for `npm run pr-summary`.
 * Node-side (fs), free of Astro imports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontMatterData } from '../markdown/front-matter.ts';
import { pluralStem } from './format.ts';
import { defaultLocale, localeKeys, type Locale } from './locales.ts';
import { sourceHash, translationState, type TranslationMeta, type TranslationState } from './tracking.ts';
import { collections, routeOf, type ContentCollection } from '../site/routes.ts';

export interface PageStatus {
  collection: ContentCollection;
  slug: string;
  /** Path of the page inside a language ("countries/japan"). */
  route: string;
  state: TranslationState;
  /** The English file, from the project root. */
  englishFile: string;
  /** The translation's file: the one to edit, or to create when it is missing. */
  file: string;
}

export interface LocaleStatus {
  locale: Locale;
  pages: PageStatus[];
  /** Interface strings: how many the language has, and the English keys it leaves out (shown in English). */
  strings: { done: number; total: number; missing: string[] };
}

const markdownIn = (root: string, collection: string, locale: string) => {
  const dir = join(root, 'content', collection, locale);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.mdx?$/.test(f))
        .sort()
    : [];
};

/** The translation record of a content file, if it has a valid one. */
export function translationMeta(text: string): TranslationMeta | undefined {
  try {
    const meta = (frontMatterData(text) as { translation?: Partial<TranslationMeta> }).translation;
    return typeof meta?.source === 'string' ? { source: meta.source, reviewed: meta.reviewed === true } : undefined;
  } catch {
    return undefined;
  }
}

/** English keys a language's interface strings leave out; a plural key counts as there when its "other" form is. */
export function missingStrings(english: Record<string, unknown>, own: Record<string, unknown>): string[] {
  return Object.keys(english).filter((key) => !(key in own) && !(pluralStem(key) !== key && `${pluralStem(key)}.other` in own));
}

function stringsOf(english: Record<string, unknown>, own: Record<string, unknown>): LocaleStatus['strings'] {
  const missing = missingStrings(english, own);
  const total = Object.keys(english).length;
  return { done: total - missing.length, total, missing };
}

const readYaml = (file: string): Record<string, unknown> => {
  try {
    return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {}) : {};
  } catch {
    return {};
  }
};

export function translationStatus(root: string, languages: readonly Locale[] = localeKeys): LocaleStatus[] {
  const englishStrings = readYaml(join(root, 'content/ui', `${defaultLocale}.yaml`));
  const english = collections.flatMap((collection) =>
    markdownIn(root, collection, defaultLocale).map((name) => {
      const englishFile = `content/${collection}/${defaultLocale}/${name}`;
      return {
        collection,
        name,
        slug: name.replace(/\.mdx?$/, ''),
        englishFile,
        hash: sourceHash(readFileSync(join(root, englishFile), 'utf8')),
      };
    }),
  );
  return languages
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => ({
      locale,
      pages: english.map(({ collection, name, slug, englishFile, hash }) => {
        const own = markdownIn(root, collection, locale).find((f) => f.replace(/\.mdx?$/, '') === slug);
        const file = `content/${collection}/${locale}/${own ?? name}`;
        const meta = own ? translationMeta(readFileSync(join(root, file), 'utf8')) : undefined;
        const state = own ? translationState(meta, hash) : 'missing';
        return { collection, slug, route: routeOf(collection, slug), state, englishFile, file };
      }),
      strings: stringsOf(englishStrings, readYaml(join(root, 'content/ui', `${locale}.yaml`))),
    }));
}

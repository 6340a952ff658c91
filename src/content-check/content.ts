/**
 * What every check is given: the files under content/, each read once, and each Markdown or YAML
 * file of a collection read the way Astro reads it (front matter or data, and its schema). Reading
 * stops where the build would: a file whose YAML is broken has no data, and no schema is applied to
 * it; the checks report why.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { plainLanguage } from '../schemas/index.ts';
import { frontMatterData, splitFrontMatter } from '../markdown/front-matter.ts';
import { locate } from './placement.ts';
import { isEmpty, lineOf, yamlProblems } from './yaml.ts';
import { schemaFor } from './schema.ts';
import type { Problem } from './problems.ts';

export const collections = ['pages', 'countries', 'people', 'ui'] as const;
export type Collection = (typeof collections)[number];

/** A Markdown or YAML file of a collection, in its place, read as far as it could be. */
export interface Entry {
  /** Path from the project root. */
  file: string;
  collection: Collection;
  locale: string;
  slug: string;
  /** The file's text as read (a byte-order mark left out). */
  raw: string;
  /** The front matter's YAML (the whole file for interface strings), with its lines; none when a Markdown file has no front matter. */
  yaml?: { doc: Document; counter: LineCounter } | undefined;
  /** Why Astro's reader could not read YAML the `yaml` package found no mistake in. */
  unreadable?: Error | undefined;
  /** The front matter as written, valid or not. */
  frontMatter?: unknown;
  /** The Markdown text after the front matter, and the line it starts on. */
  body?: { text: string; firstLine: number } | undefined;
  /** The data, when the schema accepts it. */
  data?: unknown;
  /** What the schema finds wrong. */
  issues?: z.core.$ZodIssue[] | undefined;
  /** Line of a field or key in the file's YAML. */
  lineAt?: (path: readonly PropertyKey[]) => number | undefined;
}

export interface Content {
  /** The project's root folder. */
  root: string;
  /** The site's languages (tests pass others). */
  languages: readonly string[];
  /** Every file under content/ and its bytes, from the project root. */
  files: { path: string; file: string; bytes: Buffer }[];
  /** The files of each collection, but those too large to be read. */
  collectionFiles: { path: string; collection: Collection }[];
  /** The collections' Markdown and YAML files that are in their place. */
  entries: Entry[];
  /** The text of a file (a path on disk), read once. */
  text: (path: string) => string;
}

/** A check: every problem of one kind in the content. */
export type Check = (content: Content) => Problem[] | Promise<Problem[]>;

export const fromRoot = (root: string, path: string) => relative(root, path).split(sep).join('/');

/** One file: where it belongs, its front matter (or data) read as Astro reads it, and its schema. */
export function readEntry(
  root: string,
  path: string,
  collection: Collection,
  languages: readonly string[],
  text: string | undefined,
): Entry | undefined {
  const place = locate(root, path, collection, languages);
  if (!place || 'message' in place) return undefined;
  const isData = collection === 'ui';
  // A byte-order mark (some Windows editors add one) is invisible and harmless: Astro skips it too.
  const raw = (text ?? readFileSync(path, 'utf8')).replace(/^\uFEFF/, '');
  const entry: Entry = { file: place.rel, collection, locale: place.locale, slug: place.slug, raw };
  // A Markdown file split the way Astro splits it: the front matter's text (its lines numbered as in
  // the file), and the text after it (earlier lines left blank, so line numbers hold).
  const split = isData ? { yaml: raw, body: undefined } : splitFrontMatter(raw);
  if (!split) return entry;
  // The `yaml` package reads the same text once more, for the line of each field.
  const counter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter: counter, prettyErrors: false });
  entry.yaml = { doc, counter };
  if (yamlProblems(entry.file, doc, counter, isData).length) return entry;
  entry.lineAt = (fieldPath) => lineOf(doc, counter, fieldPath);
  if (isData && isEmpty(doc)) return entry;
  let frontMatter: unknown;
  try {
    // Read by Astro's own reader, once the `yaml` package has found no mistake in the text.
    frontMatter = (isData ? doc.toJS() : frontMatterData(raw)) ?? {};
  } catch (error) {
    entry.unreadable = error as Error;
    return entry;
  }
  Object.assign(entry, { body: split.body && { text: split.body, firstLine: 1 }, frontMatter });
  const result = schemaFor(collection, root, entry.file).safeParse(frontMatter, { error: plainLanguage });
  if (result.success) entry.data = result.data;
  else entry.issues = result.error.issues;
  return entry;
}

const english = new WeakMap<Content, Map<string, Entry>>();
/** The English files, by collection and name ("pages/about"): the originals translations follow. */
export function englishEntries(content: Content, defaultLocale: string): Map<string, Entry> {
  let found = english.get(content);
  if (!found)
    english.set(
      content,
      (found = new Map(content.entries.filter((e) => e.locale === defaultLocale).map((e) => [`${e.collection}/${e.slug}`, e]))),
    );
  return found;
}

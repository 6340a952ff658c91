/**
 * Glossaries: each is a valid file named after a translated language, and every translation uses
 * its language's agreed term or name each time the English page has it. The translations a
 * glossary applies to are also those whose numbers and names are checked.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { defaultLocale, locales as localeInfo } from '../i18n/locales.ts';
import { englishFor } from '../i18n/format.ts';
import { glossarySchema, proseOf, type Glossary } from '../i18n/glossary.ts';
import { fieldPath, plainLanguage } from '../schemas/index.ts';
import { englishEntries, type Check, type Content, type Entry } from './content.ts';
import { shortUses } from './names.ts';
import { lineOf, yamlProblems } from './yaml.ts';
import type { Problem } from './problems.ts';

/** The glossary files, read once: each language's glossary, and what keeps a file from being one. */
const read = new WeakMap<Content, { glossaries: Map<string, Glossary>; problems: Problem[] }>();
function glossaries(content: Content) {
  const known = read.get(content);
  if (known) return known;
  const { root, languages } = content;
  const found = { glossaries: new Map<string, Glossary>(), problems: [] as Problem[] };
  read.set(content, found);
  for (const name of existsSync(join(root, 'content/glossary')) ? readdirSync(join(root, 'content/glossary')).sort() : []) {
    const file = `content/glossary/${name}`;
    const locale = name.replace(/\.ya?ml$/, '');
    if (locale === name || locale === defaultLocale || !languages.includes(locale)) {
      found.problems.push({
        file,
        message:
          locale === name
            ? 'this folder holds only glossaries, one YAML file per language, named like content/glossary/th.yaml: rename or move this file'
            : `"${locale}" is not a translated language of the site (${languages.filter((l) => l !== defaultLocale).join(', ')}), so this glossary would be ignored: rename the file after the language's code, for example content/glossary/th.yaml`,
      });
      continue;
    }
    const counter = new LineCounter();
    const doc = parseDocument(content.text(join(root, file)), { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length) {
      found.problems.push(...yamlProblems(file, doc, counter, true));
      continue;
    }
    const result = glossarySchema.safeParse(doc.toJS(), { error: plainLanguage });
    if (result.success) found.glossaries.set(locale, result.data);
    else
      for (const issue of result.error.issues)
        found.problems.push({
          file,
          line: lineOf(doc, counter, issue.path) ?? 1,
          field: fieldPath(issue.path) || undefined,
          message: issue.message,
        });
  }
  return found;
}

/** A translation under a glossary, its text and its English original's, side by side. */
export interface Translated {
  entry: Entry;
  glossary: Glossary;
  glossaryFile: string;
  /** The language's BCP 47 tag and its own name for itself. */
  lang: string;
  label: string;
  /** English and translated prose: the page's text and fields, or each interface string. */
  pairs: { field?: string; en: string; tr: string }[];
  /** The line of the first place a snippet occurs after the front matter's start. */
  lineOfText: (snippet: string) => number | undefined;
}

const pairedUp = new WeakMap<Content, Translated[]>();
/** Every translation in a language with a glossary, with its English original's text (worked out once). */
export function translated(content: Content): Translated[] {
  let found = pairedUp.get(content);
  if (!found) pairedUp.set(content, (found = pairUp(content)));
  return found;
}

function pairUp(content: Content): Translated[] {
  const english = englishEntries(content, defaultLocale);
  return [...glossaries(content).glossaries].flatMap(([locale, glossary]) => {
    const { lang, label } = localeInfo[locale as keyof typeof localeInfo] ?? { lang: locale, label: locale };
    return content.entries
      .filter((p) => p.locale === locale)
      .flatMap((p): Translated[] => {
        const original =
          english.get(`${p.collection}/${p.slug}`) ??
          (p.collection === 'ui' ? content.entries.find((e) => e.collection === 'ui' && e.locale === defaultLocale) : undefined);
        if (!original?.frontMatter && !original?.data) return [];
        const pairs =
          p.collection === 'ui'
            ? Object.entries((p.data ?? {}) as Record<string, string>).map(([key, tr]) => ({
                field: key,
                en: englishFor(key, original.data as Record<string, string>) ?? '',
                tr,
              }))
            : [{ en: proseOf(original.frontMatter, original.body?.text), tr: proseOf(p.frontMatter, p.body?.text) }];
        const lineOfText = (snippet: string) => {
          const at = p.raw.indexOf(snippet, p.raw.indexOf('---', 3));
          return at === -1 ? undefined : p.raw.slice(0, at).split('\n').length;
        };
        return [{ entry: p, glossary, glossaryFile: `content/glossary/${locale}.yaml`, lang, label, pairs, lineOfText }];
      });
  });
}

export const checkGlossaries: Check = (content) => [
  ...glossaries(content).problems,
  ...translated(content).flatMap(({ entry: p, glossary, glossaryFile, pairs }) => {
    const entries = [...glossary.terms, ...(glossary.names ?? [])];
    return pairs.flatMap(({ field, en, tr }) =>
      shortUses(entries, en, tr).map((short): Problem => {
        const kind = glossary.terms.includes(short.entry as (typeof glossary.terms)[number]) ? 'term' : 'name';
        return {
          file: p.file,
          line: field ? p.lineAt?.([field]) : undefined,
          field,
          message:
            short.english === 1
              ? `the English text says "${short.entry.en}", which ${glossaryFile} translates as "${short.entry.use[0]}", but this translation does not use it: use the glossary's ${kind}, or add the form this sentence needs to its "use" list`
              : `the English text says "${short.entry.en}" ${short.english} times, which ${glossaryFile} translates as "${short.entry.use[0]}", but this translation uses it ${short.translation} ${short.translation === 1 ? 'time' : 'times'}: use the glossary's ${kind} each time the English has it, or add the form a sentence needs to its "use" list`,
        };
      }),
    );
  }),
];

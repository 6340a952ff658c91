/**
 * Checks every file under content/ and reports all problems at once, each with the file, the
 * line, the field, what was found and what is expected. Runs before every build and in the
 * tests, so a volunteer's mistake is explained in plain words; even a file that trips the
 * checker itself is reported as a problem, never as a stack trace.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { frontMatterData, splitFrontMatter } from '../markdown/front-matter.ts';
import { LineCounter, parseDocument, isAlias, isMap, isScalar, visit, type Document, type Node } from 'yaml';
import { z } from 'astro/zod';
import { countrySchema, fieldExamples, fieldPath, plainLanguage, pageSchema, personSchema, uiSchema } from '../schemas/index.ts';
import { localeKeys, defaultLocale, locales as localeInfo } from '../i18n/locales.ts';
import { checkBody } from './body.ts';
import { checkPicture, checkText, maxTextBytes, PICTURE, SVG, svgRefused } from './files.ts';
import { glossarySchema, proseOf, type Glossary } from '../i18n/glossary.ts';
import { englishPlacesIn, shortUses } from './names.ts';
import { missingNumbers, wrongNumberForms } from './numbers.ts';
import { englishFor } from '../i18n/format.ts';
import { translationRecord } from '../i18n/tracking.ts';
import { checkCountryCodes } from './country-codes.ts';
import type { Problem } from './problems.ts';
import { fixedRoutes, routeOf } from '../site/routes.ts';

const collections = ['pages', 'countries', 'people', 'ui'] as const;
type Collection = (typeof collections)[number];

interface Parsed {
  file: string;
  /** The front matter as written, valid or not. */
  frontMatter?: unknown;
  /** The Markdown text after the front matter, and the line it starts on. */
  body?: { text: string; firstLine: number } | undefined;
  collection: Collection;
  locale: string;
  slug: string;
  data?: unknown;
  /** Line of a field or key in the file's YAML. */
  lineAt?: (path: readonly PropertyKey[]) => number | undefined;
  /** The file's text as read (a byte-order mark left out). */
  raw?: string;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Line of the YAML node at `path`, or of its nearest existing parent. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth).map((p) => (typeof p === 'symbol' ? String(p) : p));
    const node = (sub.length ? doc.getIn(sub, true) : doc.contents) as Node | undefined;
    let range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
    // A scalar's own line is more useful than its key's for a wrong value; for a missing
    // or unknown key, point at the key in its parent map.
    if (depth < path.length && isMap(node)) {
      const key = path[depth];
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) range = pair.key.range;
      // A field missing from a nested group: point at the group's own name.
      else if (depth > 0) continue;
    }
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

function unknownKeyLines(doc: Document, counter: LineCounter, issue: z.core.$ZodIssue) {
  if (issue.code !== 'unrecognized_keys') return [];
  return issue.keys.map((key) => ({ key, line: lineOf(doc, counter, [...issue.path, key]) }));
}

/** The example for a field ("sources[2].url" -> sources.url), to quote in its problem. */
function exampleFor(collection: Collection, path: readonly PropertyKey[]): string | undefined {
  if (collection === 'ui') return undefined;
  const key = path.filter((p) => typeof p === 'string').join('.');
  return (fieldExamples[collection] as Record<string, string>)[key];
}

/** The fields allowed next to an unknown one, to suggest the right spelling. */
function allowedFields(collection: Collection, parent: readonly PropertyKey[], locale: string): string[] {
  if (collection === 'ui') return [];
  const prefix = parent.filter((p) => typeof p === 'string').join('.');
  return Object.keys(fieldExamples[collection])
    .filter((key) => (prefix ? key.startsWith(`${prefix}.`) : !key.includes('.')))
    // The translation record belongs in translations only.
    .filter((key) => locale !== defaultLocale || !key.startsWith('translation'))
    .map((key) => key.slice(prefix ? prefix.length + 1 : 0));
}

const withExample = (message: string, example: string | undefined) =>
  example ? `${message}. Example:\n      ${example.replace(/\n/g, '\n      ')}` : message;

const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

const schemaFor = (collection: Collection, root: string, file: string): z.ZodType => {
  switch (collection) {
    case 'pages':
      return pageSchema;
    case 'countries':
      return countrySchema;
    case 'ui':
      return uiSchema;
    case 'people':
      // Stand-in for Astro's image(): the path must name an image file next to the Markdown.
      return personSchema(
        z.string().superRefine((src, ctx) => {
          const target = join(root, dirname(file), src);
          if (SVG.test(src)) {
            ctx.addIssue({ code: 'custom', input: src, message: `found "${src}": ${svgRefused}` });
          } else if (!PICTURE.test(src)) {
            ctx.addIssue({ code: 'custom', input: src, message: `found "${src}", expected a path to an image file (.jpg, .png, .webp, .avif or .gif), for example ./jayasooria.jpg` });
          } else if (!existsSync(target)) {
            ctx.addIssue({ code: 'custom', input: src, message: `found "${src}", but there is no such file next to this page: add the image or fix the path, for example ./jayasooria.jpg` });
          }
        }),
      );
  }
};

/** Where a file belongs: its path, language and page name, or why it cannot be there. */
function locate(root: string, file: string, collection: Collection, languages: readonly string[]): { rel: string; locale: string; slug: string } | Problem | undefined {
  const rel = relative(root, file).split(sep).join('/');
  const inside = relative(join(root, 'content', collection), file).split(sep);
  const isData = collection === 'ui';
  const locale = isData ? inside[0]!.replace(/\.ya?ml$/, '') : inside[0]!;
  const slug = isData ? '' : inside.slice(1).join('/').replace(/\.(md|mdx)$/, '');

  if (!isData && IMAGE.test(file)) return undefined; // images sit beside the pages that show them
  if (!(isData ? /\.yaml$/ : /\.mdx?$/).test(file)) {
    return { file: rel, message: `this folder holds only ${isData ? 'YAML files ending in .yaml' : 'Markdown files (.md or .mdx)'}: rename the file or move it out of content/${collection}/` };
  }
  if (isData && inside.length !== 1) {
    return { file: rel, message: `interface strings are one file per language directly in content/ui/, for example content/ui/${defaultLocale}.yaml` };
  }
  if (!languages.includes(locale)) {
    return { file: rel, message: `"${locale}" is not a language of the site (${languages.join(', ')}): put the file in content/${collection}/<language>/, for example content/${collection}/${defaultLocale}/` };
  }
  if (!isData && inside.length !== 2) {
    return { file: rel, message: `files go directly in the language folder, not in a sub-folder: expected content/${collection}/${locale}/<name>.md` };
  }
  return { rel, locale, slug };
}

/**
 * A Markdown file split the way Astro splits it: the front matter's text (its lines numbered as in
 * the file), its data, and the text after it (earlier lines left blank, so line numbers hold).
 * Undefined when the file has no front matter.
 */
function splitMarkdown(raw: string): { yamlText: string; data: () => unknown; body: NonNullable<Parsed['body']> } | undefined {
  const found = splitFrontMatter(raw);
  // The data is read later, once the `yaml` package has found no mistake in the text.
  return found && { yamlText: found.yaml, data: () => frontMatterData(raw), body: { text: found.body, firstLine: 1 } };
}

/** YAML mistakes, each at its line: syntax, a field twice, and *, & or ! starting a value unquoted. */
function yamlProblems(rel: string, doc: Document, counter: LineCounter, isData: boolean): Problem[] {
  const where = isData ? 'the file' : 'the front matter';
  const problems: Problem[] = doc.errors.map((error) => ({
    file: rel,
    line: counter.linePos(error.pos[0]).line,
    message: error.message.startsWith('Map keys must be unique')
      ? `this field appears twice in ${where}: keep one of them`
      : `${where} is not valid YAML here (${error.message.split('\n')[0]}). Each line should look like "field: value"; put text that contains ": ", or starts with a quote, *, & or !, inside double quotes, for example title: "ASEC: who we are"`,
  }));
  if (problems.length) return problems;
  // *, & and ! start YAML's aliases, anchors and tags: in prose they are a missing pair of quotes.
  visit(doc, (_key, node) => {
    if (!node || typeof node !== 'object') return;
    const { anchor, tag, range } = node as { anchor?: string; tag?: string; range?: [number, number] };
    const customTag = tag && !tag.startsWith('tag:yaml.org,2002:') ? tag : undefined;
    const mark = isAlias(node) ? `*${node.source}` : anchor ? `&${anchor}` : customTag;
    if (mark && range) {
      problems.push({ file: rel, line: counter.linePos(range[0]).line, message: `found "${mark}": a value starting with *, & or ! must be written in double quotes, for example title: "*Important* news"` });
    }
  });
  return problems;
}

/** What the schema finds wrong, each at the line of its field, with an example or the fields allowed. */
function schemaProblems(rel: string, issues: z.core.$ZodIssue[], doc: Document, counter: LineCounter, collection: Collection, locale: string, hasFrontMatter: boolean): Problem[] {
  return issues.flatMap((issue) => {
    const unknown = unknownKeyLines(doc, counter, issue);
    if (unknown.length) {
      const allowed = allowedFields(collection, issue.path, locale);
      return unknown.map(({ key, line }) => ({
        file: rel,
        line,
        field: fieldPath([...issue.path, key]),
        message: `unknown field: check the spelling, or remove it${allowed.length ? `. The fields allowed here are: ${allowed.join(', ')}` : ''}`,
      }));
    }
    return [{
      file: rel,
      // An empty front matter has no line to point at: point at its start.
      line: lineOf(doc, counter, issue.path) ?? (hasFrontMatter ? 1 : undefined),
      field: fieldPath(issue.path) || undefined,
      message: withExample(issue.message, exampleFor(collection, issue.path)),
    }];
  });
}

/** One file: where it belongs, its front matter (or data) read as Astro reads it, and its schema. */
function parseFile(root: string, file: string, collection: Collection, languages: readonly string[], problems: Problem[], text: string | undefined): Parsed | undefined {
  const place = locate(root, file, collection, languages);
  if (!place) return undefined;
  if ('message' in place) {
    problems.push(place);
    return undefined;
  }
  const { rel, locale, slug } = place;
  const isData = collection === 'ui';
  const parsed: Parsed = { file: rel, collection, locale, slug };
  if (!isData && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    problems.push({ file: rel, message: `the file name "${slug}" becomes the page address: use lower-case letters, digits and hyphens only, for example sri-lanka.md` });
  }

  // A byte-order mark (some Windows editors add one) is invisible and harmless: Astro skips it too.
  const raw = (text ?? readFileSync(file, 'utf8')).replace(/^\uFEFF/, '');
  parsed.raw = raw;
  const split = isData ? { yamlText: raw, data: undefined, body: undefined } : splitMarkdown(raw);
  if (!split) {
    problems.push({ file: rel, line: 1, message: 'the file must start with front matter: a line "---", the fields (title: ...), then another line "---" before the text' });
    return parsed;
  }
  // The `yaml` package reads the same text once more, for the line of each field.
  const counter = new LineCounter();
  const doc = parseDocument(split.yamlText, { lineCounter: counter, prettyErrors: false });
  const yaml = yamlProblems(rel, doc, counter, isData);
  if (yaml.length) {
    problems.push(...yaml);
    return parsed;
  }
  parsed.lineAt = (path) => lineOf(doc, counter, path);
  if (isData && (doc.contents === null || (isMap(doc.contents) && doc.contents.items.length === 0))) {
    problems.push({ file: rel, line: 1, message: `the file holds no interface strings: write them as "key: text" lines, as content/ui/${defaultLocale}.yaml does (for example nav.home: "…"); strings left out are shown in English` });
    return parsed;
  }
  let frontMatter: unknown;
  try {
    frontMatter = (split.data ? split.data() : doc.toJS()) ?? {};
  } catch (error) {
    const line = (error as { mark?: { line?: number } }).mark?.line;
    problems.push({ file: rel, line: line === undefined ? 1 : line + 1, message: `${isData ? 'the file' : 'the front matter'} could not be read (${(error as Error).message.split('\n')[0]}): check the quotes and indentation of its fields` });
    return parsed;
  }
  Object.assign(parsed, { body: split.body, frontMatter });
  const result = schemaFor(collection, root, rel).safeParse(frontMatter, { error: plainLanguage });
  if (result.success) parsed.data = result.data;
  else problems.push(...schemaProblems(rel, result.error.issues, doc, counter, collection, locale, !isData));
  return parsed;
}

/** MDX is stricter than Markdown: every tag must close, and braces are code. */
async function checkMdx(p: Parsed): Promise<Problem | undefined> {
  if (!p.body || !p.file.endsWith('.mdx')) return undefined;
  try {
    await compile(p.body.text);
    return undefined;
  } catch (error) {
    const { line, reason, message } = error as { line?: number; reason?: string; message: string };
    const at = line ?? Number(/\((\d+):\d+/.exec(reason ?? message)?.[1] ?? 0);
    return {
      file: p.file,
      line: at ? p.body.firstLine + at - 1 : undefined,
      message: `the text cannot be read as MDX here: ${(reason ?? message).replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, '')}. In an .mdx file every tag must be closed (<sup>...</sup>, <br />) and { } must be written \\{ \\}; or rename the file to .md`,
    };
  }
}

/** `languages` defaults to the site's; tests pass others to exercise translations. */
export async function checkContent(root: string, languages: readonly string[] = localeKeys): Promise<Problem[]> {
  const problems: Problem[] = [];
  const parsed: Parsed[] = [];
  // Every file's bytes first: pictures the site can publish, text that reads as written.
  // A file too large to be a page is reported once, not parsed (that alone could take minutes).
  const tooLarge = new Set<string>();
  // Each text file is read once, here; its text is parsed below.
  const texts = new Map<string, string>();
  for (const file of listFiles(join(root, 'content'))) {
    const rel = relative(root, file).split(sep).join('/');
    if (SVG.test(file) || PICTURE.test(file)) problems.push(...(await checkPicture(rel, readFileSync(file))));
    else if (/\.(mdx?|ya?ml)$/i.test(file)) {
      const bytes = readFileSync(file);
      problems.push(...checkText(rel, bytes));
      if (bytes.length > maxTextBytes) tooLarge.add(file);
      else texts.set(file, bytes.toString('utf8'));
    }
  }
  for (const collection of collections) {
    for (const file of listFiles(join(root, 'content', collection)).filter((f) => !tooLarge.has(f))) {
      // A file that trips the checker itself still gets a message, not a stack trace.
      try {
        const entry = parseFile(root, file, collection, languages, problems, texts.get(file));
        if (entry) parsed.push(entry);
      } catch (error) {
        problems.push({ file: relative(root, file).split(sep).join('/'), message: `this file could not be checked (${(error as Error).message}): look for unusual characters near the top, or ask for help in the pull request` });
      }
    }
  }

  const routes = siteRoutes(parsed);
  for (const p of parsed) {
    const problem = await checkMdx(p);
    if (problem) problems.push(problem);
    if (p.body) {
      const sources = (p.frontMatter as { sources?: unknown } | undefined)?.sources;
      const input = { file: p.file, ...p.body, sourceCount: Array.isArray(sources) ? sources.length : 0 };
      problems.push(...checkBody(input, root, routes, languages, defaultLocale));
    }
  }

  // about.md and about.mdx would both become /about/.
  const seen = new Map<string, string>();
  for (const p of parsed) {
    if (p.collection === 'ui') continue;
    const key = `${p.collection}/${p.locale}/${p.slug}`;
    const first = seen.get(key);
    if (first) problems.push({ file: p.file, message: `${first} already makes the page "${p.slug}": two files cannot share a name; rename or remove one` });
    else seen.set(key, p.file);
  }

  // Interface strings: a translation uses English's keys and keeps its {placeholders}.
  const englishUi = parsed.find((p) => p.collection === 'ui' && p.locale === defaultLocale)?.data as Record<string, string> | undefined;
  for (const p of parsed.filter((p) => p.collection === 'ui' && p.locale !== defaultLocale && p.data)) {
    for (const [key, value] of Object.entries(p.data as Record<string, string>)) {
      // Plural forms English does not need (few, many, …) follow English's "other" form.
      const original = englishFor(key, englishUi ?? {});
      const holes = (text: string) => [...text.matchAll(/\{[^{}\s]+\}/g)].map((m) => m[0]).sort().join(' ');
      if (/(^|\.)description(\.|$)/.test(key) && value.length > 200) {
        problems.push({ file: p.file, line: p.lineAt?.([key]), field: key, message: `the text is too long (${value.length} characters): a page description is shown by search engines, so keep it to 200 or fewer` });
      }
      if (original === undefined) {
        problems.push({ file: p.file, line: p.lineAt?.([key]), field: key, message: `this key is not in content/ui/${defaultLocale}.yaml: check its spelling against the English file` });
      } else if (holes(value) !== holes(original)) {
        problems.push({ file: p.file, line: p.lineAt?.([key]), field: key, message: `found the placeholders "${holes(value) || 'none'}", expected "${holes(original)}" as in English: keep each {name} exactly as it is` });
      }
    }
  }

  problems.push(...checkTranslations(root, parsed, languages, (file) => texts.get(file) ?? readFileSync(file, 'utf8')));

  // A translation must have an English original to follow.
  const english = new Set(parsed.filter((p) => p.locale === defaultLocale).map((p) => `${p.collection}/${p.slug}`));
  for (const p of parsed) {
    if (p.locale !== defaultLocale && p.collection !== 'ui' && !english.has(`${p.collection}/${p.slug}`)) {
      problems.push({ file: p.file, message: `this is a translation of content/${p.collection}/${defaultLocale}/${p.slug}.md, which does not exist: translations need the English page first (check the file name)` });
    }
  }

  // Every member country has one English file; countries with schema errors still count.
  const countryFiles = parsed
    .filter((p) => p.collection === 'countries' && p.locale === defaultLocale)
    .flatMap((p) => {
      const parsedCode = (p.data as { code?: string } | undefined)?.code;
      const raw = readCode(p.file, p.raw ?? '');
      return parsedCode ? [{ file: p.file, code: parsedCode, line: raw?.line }] : (raw ?? []);
    });
  problems.push(...checkCountryCodes(countryFiles, `content/countries/${defaultLocale}/`));

  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Every page address the build makes, inside a language: "", "about", "countries/japan", ... */
function siteRoutes(parsed: Parsed[]): Set<string> {
  const routes = new Set<string>(fixedRoutes);
  for (const p of parsed) {
    if (p.locale === defaultLocale && p.collection !== 'ui') routes.add(routeOf(p.collection, p.slug));
  }
  return routes;
}

/** The `code:` line of a country file, read as text so that files with other mistakes count too. */
function readCode(file: string, text: string): { file: string; code: string; line: number } | undefined {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => /^code:/.test(l));
  const code = /^code:\s*["']?([^"'\s#]+)["']?\s*(?:#.*)?$/.exec(lines[line] ?? '')?.[1];
  return code ? { file, code, line: line + 1 } : undefined;
}

/**
 * Translations say which English version they follow (English files say nothing of the kind), and
 * use their language's glossary for the site's recurring terms.
 */
function checkTranslations(root: string, parsed: Parsed[], languages: readonly string[], read: (file: string) => string): Problem[] {
  const problems: Problem[] = [];
  const glossaries = new Map<string, Glossary>();
  for (const name of existsSync(join(root, 'content/glossary')) ? readdirSync(join(root, 'content/glossary')).sort() : []) {
    const file = `content/glossary/${name}`;
    const locale = name.replace(/\.ya?ml$/, '');
    if (locale === name || locale === defaultLocale || !languages.includes(locale)) {
      problems.push({ file, message: locale === name
        ? 'this folder holds only glossaries, one YAML file per language, named like content/glossary/th.yaml: rename or move this file'
        : `"${locale}" is not a translated language of the site (${languages.filter((l) => l !== defaultLocale).join(', ')}), so this glossary would be ignored: rename the file after the language's code, for example content/glossary/th.yaml` });
      continue;
    }
    const counter = new LineCounter();
    const doc = parseDocument(read(join(root, file)), { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length) {
      problems.push(...yamlProblems(file, doc, counter, true));
      continue;
    }
    const result = glossarySchema.safeParse(doc.toJS(), { error: plainLanguage });
    if (result.success) glossaries.set(locale, result.data);
    else for (const issue of result.error.issues) problems.push({ file, line: lineOf(doc, counter, issue.path) ?? 1, field: fieldPath(issue.path) || undefined, message: issue.message });
  }
  const english = new Map(parsed.filter((p) => p.locale === defaultLocale).map((p) => [`${p.collection}/${p.slug}`, p]));
  for (const p of parsed) {
    if (p.collection === 'ui' || !p.frontMatter || typeof p.frontMatter !== 'object') continue;
    const hasMeta = 'translation' in p.frontMatter;
    if (p.locale === defaultLocale && hasMeta) {
      problems.push({ file: p.file, field: 'translation', message: 'English files are the originals: remove the "translation" field (it belongs in translations only)' });
    } else if (p.locale !== defaultLocale && !hasMeta) {
      const original = english.get(`${p.collection}/${p.slug}`);
      const record = original?.raw !== undefined ? translationRecord(original.raw) : undefined;
      problems.push({
        file: p.file,
        field: 'translation',
        message: record
          ? `a translation must say which version of the English page it follows. Paste these lines at the end of the front matter, just before its closing ---:\n      ${record.replace(/\n/g, '\n      ')}\n    (or, on your computer: npm run mark-translated -- ${p.file})`
          : `a translation must say which version of the English page it follows: run npm run mark-translated -- ${p.file}`,
      });
    }
  }
  for (const [locale, glossary] of glossaries) {
    const glossaryFile = `content/glossary/${locale}.yaml`;
    const entries = [...glossary.terms, ...(glossary.names ?? [])];
    const agreed = entries.flatMap((e) => e.use);
    const { lang, label } = localeInfo[locale as keyof typeof localeInfo] ?? { lang: locale, label: locale };
    const otherScript = new Intl.Locale(lang).maximize().script !== 'Latn';
    for (const p of parsed.filter((p) => p.locale === locale)) {
      const original = english.get(`${p.collection}/${p.slug}`) ?? (p.collection === 'ui' ? parsed.find((e) => e.collection === 'ui' && e.locale === defaultLocale) : undefined);
      if (!original?.frontMatter && !original?.data) continue;
      const pairs: { field?: string; en: string; tr: string }[] = p.collection === 'ui'
        ? Object.entries((p.data ?? {}) as Record<string, string>).map(([key, tr]) => ({ field: key, en: englishFor(key, original.data as Record<string, string>) ?? '', tr }))
        : [{ en: proseOf(original.frontMatter, original.body?.text), tr: proseOf(p.frontMatter, p.body?.text) }];
      for (const { field, en, tr } of pairs) {
        const line = field ? p.lineAt?.([field]) : undefined;
        for (const short of shortUses(entries, en, tr)) {
          const kind = glossary.terms.includes(short.entry as (typeof glossary.terms)[number]) ? 'term' : 'name';
          problems.push({
            file: p.file,
            line,
            field,
            message: short.english === 1
              ? `the English text says "${short.entry.en}", which ${glossaryFile} translates as "${short.entry.use[0]}", but this translation does not use it: use the glossary's ${kind}, or add the form this sentence needs to its "use" list`
              : `the English text says "${short.entry.en}" ${short.english} times, which ${glossaryFile} translates as "${short.entry.use[0]}", but this translation uses it ${short.translation} ${short.translation === 1 ? 'time' : 'times'}: use the glossary's ${kind} each time the English has it, or add the form a sentence needs to its "use" list`,
          });
        }
        if (p.collection === 'ui') continue;
        // Numbers: the English values, in this language's forms.
        for (const value of missingNumbers(en, tr, locale, lang)) {
          problems.push({ file: p.file, message: `the English page has the number ${new Intl.NumberFormat('en', { useGrouping: value >= 1e4 }).format(value)}, which this translation does not have: keep every number of the English page, written the way ${label} writes it (${new Intl.NumberFormat(lang, { useGrouping: value >= 1e4 }).format(value)})` });
        }
        const raw = p.raw ?? '';
        const lineOfText = (snippet: string) => {
          const at = raw.indexOf(snippet, raw.indexOf('---', 3));
          return at === -1 ? undefined : raw.slice(0, at).split('\n').length;
        };
        for (const form of wrongNumberForms(tr, locale, lang)) problems.push({ file: p.file, line: lineOfText(form.found), message: form.message });
        if (otherScript) {
          for (const { name } of englishPlacesIn(tr, agreed)) {
            const entry = entries.find((e) => e.en === name);
            problems.push({ file: p.file, line: lineOfText(name), message: `found the English name "${name}" in the text: write it as ${label} writes it${entry ? ` (${glossaryFile}: "${entry.use[0]}")` : ''}. English may stay in brackets after an organisation's or a law's name, in a quote, or where ${glossaryFile} lists it as the agreed form` });
          }
        }
      }
    }
  }
  return problems;
}

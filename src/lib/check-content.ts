/**
 * Checks every file under content/ and reports all problems at once, each with the file, the
 * line, the field, what was found and what is expected. Runs before every build and in the
 * tests, so a volunteer's mistake is explained in plain words instead of a stack trace.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml';
import { z } from 'astro/zod';
import { countrySchema, fieldExamples, fieldPath, pageSchema, personSchema, uiSchema } from '../schemas.ts';
import { localeKeys, defaultLocale } from '../i18n/locales.ts';
import { checkCountryCodes, type Problem } from './checks.ts';
import { standalonePages } from '../navigation.ts';

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
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Line of the YAML node at `path`, or of its nearest existing parent. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], offset: number): number | undefined {
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
    if (range) return counter.linePos(range[0]).line + offset;
  }
  return undefined;
}

function unknownKeyLines(doc: Document, counter: LineCounter, issue: z.core.$ZodIssue, offset: number) {
  if (issue.code !== 'unrecognized_keys') return [];
  return issue.keys.map((key) => ({ key, line: lineOf(doc, counter, [...issue.path, key], offset) }));
}

/** The example for a field ("sources[2].url" -> sources.url), to quote in its problem. */
function exampleFor(collection: Collection, path: readonly PropertyKey[]): string | undefined {
  if (collection === 'ui') return undefined;
  const key = path.filter((p) => typeof p === 'string').join('.');
  return (fieldExamples[collection] as Record<string, string>)[key];
}

/** The fields allowed next to an unknown one, to suggest the right spelling. */
function allowedFields(collection: Collection, parent: readonly PropertyKey[]): string[] {
  if (collection === 'ui') return [];
  const prefix = parent.filter((p) => typeof p === 'string').join('.');
  return Object.keys(fieldExamples[collection])
    .filter((key) => (prefix ? key.startsWith(`${prefix}.`) : !key.includes('.')))
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
          if (!IMAGE.test(src)) {
            ctx.addIssue({ code: 'custom', input: src, message: `found "${src}", expected a path to an image file (.jpg, .png, .webp, .avif), for example ./jayasooria.jpg` });
          } else if (!existsSync(target)) {
            ctx.addIssue({ code: 'custom', input: src, message: `found "${src}", but there is no such file next to this page: add the image or fix the path, for example ./jayasooria.jpg` });
          }
        }),
      );
  }
};

function parseFile(root: string, file: string, collection: Collection, languages: readonly string[], problems: Problem[]): Parsed | undefined {
  const rel = relative(root, file).split(sep).join('/');
  const inside = relative(join(root, 'content', collection), file).split(sep);
  const isData = collection === 'ui';
  const locale = isData ? inside[0]!.replace(/\.ya?ml$/, '') : inside[0]!;
  const slug = isData ? '' : inside.slice(1).join('/').replace(/\.(md|mdx)$/, '');
  const expectedExt = isData ? /\.ya?ml$/ : /\.mdx?$/;

  if (!isData && IMAGE.test(file)) return undefined; // images sit beside the pages that show them
  if (!expectedExt.test(file)) {
    problems.push({ file: rel, message: `this folder holds ${isData ? 'YAML (.yaml)' : 'Markdown (.md or .mdx)'} files only: rename the file or move it out of content/${collection}/` });
    return undefined;
  }
  if (!languages.includes(locale)) {
    problems.push({ file: rel, message: `"${locale}" is not a language of the site (${languages.join(', ')}): put the file in content/${collection}/<language>/, for example content/${collection}/${defaultLocale}/` });
    return undefined;
  }
  if (!isData && inside.length !== 2) {
    problems.push({ file: rel, message: `files go directly in the language folder, not in a sub-folder: expected content/${collection}/${locale}/<name>.md` });
    return undefined;
  }
  if (!isData && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    problems.push({ file: rel, message: `the file name "${slug}" becomes the page address: use lower-case letters, digits and hyphens only, for example sri-lanka.md` });
  }

  // A byte-order mark (some Windows editors add one) is invisible and harmless: Astro skips it too.
  const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let yamlText = raw;
  let offset = 0;
  let body: Parsed['body'];
  if (!isData) {
    const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(raw);
    if (!match) {
      problems.push({ file: rel, line: 1, message: 'the file must start with front matter: a line "---", the fields (title: ...), then another line "---" before the text' });
      return { file: rel, collection, locale, slug };
    }
    yamlText = match[1] ?? '';
    offset = 1; // the opening --- line
    body = { text: raw.slice(match[0].length), firstLine: match[0].split('\n').length };
  }

  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    for (const error of doc.errors) {
      const line = counter.linePos(error.pos[0]).line + offset;
      problems.push({
        file: rel,
        line,
        message: `the front matter is not valid YAML here (${error.message.split('\n')[0]}). Each line should look like "field: value"; put text containing ": " or starting with a quote inside double quotes, for example title: "ASEC: who we are"`,
      });
    }
    return { file: rel, collection, locale, slug };
  }

  const frontMatter = doc.toJS() ?? {};
  const result = schemaFor(collection, root, rel).safeParse(frontMatter);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const unknown = unknownKeyLines(doc, counter, issue, offset);
      if (unknown.length) {
        for (const { key, line } of unknown) {
          const allowed = allowedFields(collection, issue.path);
          problems.push({
            file: rel,
            line,
            field: fieldPath([...issue.path, key]),
            message: `unknown field: check the spelling, or remove it${allowed.length ? `. The fields allowed here are: ${allowed.join(', ')}` : ''}`,
          });
        }
        continue;
      }
      problems.push({
        file: rel,
        // An empty front matter has no line to point at: point at its start.
        line: lineOf(doc, counter, issue.path, offset) ?? (offset ? 1 : undefined),
        field: fieldPath(issue.path) || undefined,
        message: withExample(issue.message, exampleFor(collection, issue.path)),
      });
    }
    return { file: rel, collection, locale, slug, body, frontMatter };
  }
  return { file: rel, collection, locale, slug, body, frontMatter, data: result.data };
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
      message: `the text cannot be read as MDX here: ${(reason ?? message).replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, '')}. In an .mdx file every tag must be closed (<b>...</b>, <br />) and { } must be written \\{ \\}; or rename the file to .md`,
    };
  }
}

/** `languages` defaults to the site's; tests pass others to exercise translations. */
export async function checkContent(root: string, languages: readonly string[] = localeKeys): Promise<Problem[]> {
  const problems: Problem[] = [];
  const parsed: Parsed[] = [];
  for (const collection of collections) {
    for (const file of listFiles(join(root, 'content', collection))) {
      const entry = parseFile(root, file, collection, languages, problems);
      if (entry) parsed.push(entry);
    }
  }

  const routes = siteRoutes(parsed);
  for (const p of parsed) {
    const problem = await checkMdx(p);
    if (problem) problems.push(problem);
    problems.push(...checkBody(root, p, routes, languages));
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
      const original = englishUi?.[key];
      const holes = (text: string) => [...text.matchAll(/\{[^{}\s]+\}/g)].map((m) => m[0]).sort().join(' ');
      if (original === undefined) {
        problems.push({ file: p.file, field: key, message: `this key is not in content/ui/${defaultLocale}.yaml: check its spelling against the English file` });
      } else if (holes(value) !== holes(original)) {
        problems.push({ file: p.file, field: key, message: `found the placeholders "${holes(value) || 'none'}", expected "${holes(original)}" as in English: keep each {name} exactly as it is` });
      }
    }
  }

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
    .flatMap((p) => readCode(root, p.file) ?? []);
  problems.push(...checkCountryCodes(countryFiles, `content/countries/${defaultLocale}/`));

  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Every page address the build makes, inside a language: "", "about", "countries/japan", ... */
function siteRoutes(parsed: Parsed[]): Set<string> {
  const routes = new Set(['', 'countries', 'leaders', 'search']);
  for (const p of parsed) {
    if (p.locale !== defaultLocale) continue;
    if (p.collection === 'pages' && (standalonePages as readonly string[]).includes(p.slug)) routes.add(p.slug);
    if (p.collection === 'countries') routes.add(`countries/${p.slug}`);
    if (p.collection === 'people') routes.add(`leaders/${p.slug}`);
  }
  return routes;
}

/** Edit distance, to suggest the page a mistyped link probably meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

function closest(path: string, routes: string[]): string | undefined {
  const [best] = routes.map((r) => ({ r, d: distance(path, r) })).sort((x, y) => x.d - y.d);
  return best && best.d <= Math.max(2, Math.floor(path.length / 4)) ? `/${best.r}/` : undefined;
}

const LINK = /(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_IMG = /<img\b[^>]*>/gi;

/** Links to pages and sources that exist; images stored beside the page, with alt text. */
function checkBody(root: string, p: Parsed, routes: Set<string>, languages: readonly string[]): Problem[] {
  if (!p.body) return [];
  const { text, firstLine } = p.body;
  const problems: Problem[] = [];
  const lineAt = (index: number) => firstLine + text.slice(0, index).split('\n').length - 1;
  const sources = (p.frontMatter as { sources?: unknown } | undefined)?.sources;
  const sourceCount = Array.isArray(sources) ? sources.length : 0;

  const checkImage = (index: number, src: string, alt: string | undefined) => {
    const line = lineAt(index);
    if (!alt?.trim()) {
      problems.push({ file: p.file, line, message: `the image "${src}" has no alt text: describe it for people who cannot see it, for example ![Members at the 2018 forum in Singapore](./forum-2018.jpg)` });
    }
    if (/^(https?:)?\/\//.test(src)) {
      problems.push({ file: p.file, line, message: `the image "${src}" is on another website: save it in the repository next to this page and link it as ./file-name.jpg, so visitors' browsers do not contact other sites` });
    } else if (!src.startsWith('data:') && !existsSync(join(root, dirname(p.file), decodeURIComponent(src.split(/[?#]/)[0]!)))) {
      problems.push({ file: p.file, line, message: `the image "${src}" does not exist: put the file next to this page, or fix the name, for example ./forum-2018.jpg` });
    }
  };

  for (const match of text.matchAll(LINK)) {
    const [, bang, label, target] = match;
    if (bang) {
      checkImage(match.index, target!, label);
      continue;
    }
    const line = lineAt(match.index);
    const source = /^#source-(\d+)$/.exec(target!);
    if (source && Number(source[1]) > sourceCount) {
      problems.push({
        file: p.file,
        line,
        message:
          sourceCount === 0
            ? `the link "${target}" cites source ${source[1]}, but the file lists no "sources": add the source (title and url) under "sources"`
            : `the link "${target}" cites source ${source[1]}, but "sources" has only ${sourceCount}: add the source under "sources", or use a number from 1 to ${sourceCount}`,
      });
    }
    if (!target!.startsWith('/') || target!.startsWith('//')) continue;
    const path = target!.split(/[?#]/)[0]!.replace(/^\/|\/$/g, '');
    const [first, ...rest] = path.split('/');
    const inside = first && languages.includes(first) && first !== defaultLocale ? rest.join('/') : path;
    if (!routes.has(inside)) {
      const suggestion = closest(inside, [...routes]);
      problems.push({
        file: p.file,
        line,
        message: `the link "${target}" goes to a page that does not exist${suggestion ? `: did you mean ${suggestion}?` : ''} Links between pages look like [Japan](/countries/japan/)`,
      });
    }
  }
  for (const match of text.matchAll(HTML_IMG)) {
    const tag = match[0];
    checkImage(match.index, /\bsrc\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '', /\balt\s*=\s*"([^"]*)"/i.exec(tag)?.[1]);
  }
  return problems;
}

/** The `code:` line of a country file, read as text so that files with other mistakes count too. */
function readCode(root: string, file: string): { file: string; code: string; line: number } | undefined {
  const lines = readFileSync(join(root, file), 'utf8').split(/\r?\n/);
  const line = lines.findIndex((l) => /^code:/.test(l));
  const code = /^code:\s*["']?([^"'\s]+)["']?\s*$/.exec(lines[line] ?? '')?.[1];
  return code ? { file, code, line: line + 1 } : undefined;
}

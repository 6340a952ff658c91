/**
 * YAML mistakes, each at its line: a Markdown file without front matter, YAML syntax, a field
 * twice, *, & or ! starting a value unquoted, an empty interface-strings file, and YAML that
 * Astro's reader cannot read though the `yaml` package can.
 */
import { isAlias, isMap, isScalar, visit, type Document, type LineCounter, type Node } from 'yaml';
import { defaultLocale } from '../i18n/locales.ts';
import type { Check } from './content.ts';
import type { Problem } from './problems.ts';

/** Line of the YAML node at `path`, or of its nearest existing parent. */
export function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
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

/** YAML mistakes, each at its line: syntax, a field twice, and *, & or ! starting a value unquoted. */
export function yamlProblems(rel: string, doc: Document, counter: LineCounter, isData: boolean): Problem[] {
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
      problems.push({
        file: rel,
        line: counter.linePos(range[0]).line,
        message: `found "${mark}": a value starting with *, & or ! must be written in double quotes, for example title: "*Important* news"`,
      });
    }
  });
  return problems;
}

/** An interface-strings file with no strings. */
export const isEmpty = (doc: Document) => doc.contents === null || (isMap(doc.contents) && doc.contents.items.length === 0);

export const checkYaml: Check = ({ entries }) =>
  entries.flatMap((entry): Problem[] => {
    const { file, yaml } = entry;
    const isData = entry.collection === 'ui';
    if (!yaml)
      return [
        {
          file,
          line: 1,
          message: 'the file must start with front matter: a line "---", the fields (title: ...), then another line "---" before the text',
        },
      ];
    const mistakes = yamlProblems(file, yaml.doc, yaml.counter, isData);
    if (mistakes.length) return mistakes;
    if (isData && isEmpty(yaml.doc)) {
      return [
        {
          file,
          line: 1,
          message: `the file holds no interface strings: write them as "key: text" lines, as content/ui/${defaultLocale}.yaml does (for example nav.home: "…"); strings left out are shown in English`,
        },
      ];
    }
    if (entry.unreadable) {
      const line = (entry.unreadable as { mark?: { line?: number } }).mark?.line;
      return [
        {
          file,
          line: line === undefined ? 1 : line + 1,
          message: `${isData ? 'the file' : 'the front matter'} could not be read (${entry.unreadable.message.split('\n')[0]}): check the quotes and indentation of its fields`,
        },
      ];
    }
    return [];
  });

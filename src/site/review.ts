/**
 * The review view (/<language>/review/<collection>/<page>/<part>/): a draft translation beside
 * its English page, block by block, for a person who reads both languages. The front matter's
 * prose comes first, each field named; then the text, split where Markdown splits blocks (a
 * blank line). Pairs follow their order in the files, so a block left out or added shows as the
 * place where the two columns stop matching. Long pages are cut into parts so each part stays a
 * page as light as any other. Free of Astro imports.
 */
import { gzipSync } from 'node:zlib';

export interface ReviewPair {
  /** The front-matter field a pair comes from ("title", "facts[2].text"); none for the text. */
  field?: string | undefined;
  en?: string | undefined;
  tr?: string | undefined;
}

/** Front-matter fields a reviewer reads; sources, codes and dates are copied, and the build checks them. */
const prose = new Set(['title', 'description', 'name', 'honorific', 'role', 'organisation', 'text']);
const copied = new Set(['sources', 'translation', 'nativeNames', 'languages', 'code', 'country', 'order', 'portrait', 'date', 'source']);

function fields(data: unknown, path = ''): [string, string][] {
  if (typeof data === 'string')
    return prose.has(
      path
        .replace(/\[\d+\]/g, '')
        .split('.')
        .at(-1) ?? '',
    )
      ? [[path, data]]
      : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => fields(item, `${path}[${i}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => (copied.has(key) ? [] : fields(value, path ? `${path}.${key}` : key)));
  }
  return [];
}

/** Markdown blocks: the text between blank lines, trimmed. */
export function blocksOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
}

export function reviewPairs(english: { data: unknown; body: string }, translation: { data: unknown; body: string }): ReviewPair[] {
  const en = new Map(fields(english.data));
  const tr = new Map(fields(translation.data));
  const enBlocks = blocksOf(english.body);
  const trBlocks = blocksOf(translation.body);
  return [
    ...[...new Set([...en.keys(), ...tr.keys()])].map((field) => ({ field, en: en.get(field), tr: tr.get(field) })),
    ...Array.from({ length: Math.max(enBlocks.length, trBlocks.length) }, (_, i) => ({ en: enBlocks[i], tr: trBlocks[i] })),
  ];
}

/** Compressed bytes of text a part may hold, beside the page's frame (budgets.pageBytes in all). */
export const partBytes = 7_000;

/** The pairs cut into parts of at most `partBytes` gzipped text each (a pair larger than that is a part alone). */
export function reviewParts(pairs: readonly ReviewPair[], limit = partBytes): ReviewPair[][] {
  const parts: ReviewPair[][] = [];
  let current: ReviewPair[] = [];
  const size = (list: ReviewPair[]) => gzipSync(list.map((p) => `${p.field ?? ''}\n${p.en ?? ''}\n${p.tr ?? ''}`).join('\n')).length;
  for (const pair of pairs) {
    if (current.length && size([...current, pair]) > limit) {
      parts.push(current);
      current = [];
    }
    current.push(pair);
  }
  if (current.length) parts.push(current);
  return parts;
}

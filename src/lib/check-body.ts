/**
 * Checks of the Markdown text of a content file, read as Markdown (not by pattern), so links in
 * code are ignored and reference links count: links go to pages that exist and are written from
 * the site root, citations point into the file's own sources, images are files with alt text.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Problem } from './checks.ts';

export interface BodyInput {
  /** Path from the project root. */
  file: string;
  text: string;
  /** Line of the file where the text starts. */
  firstLine: number;
  sourceCount: number;
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

function closest(path: string, routes: Iterable<string>): string | undefined {
  const [best] = [...routes].map((r) => ({ r, d: distance(path, r) })).sort((x, y) => x.d - y.d);
  return best && best.d <= Math.max(2, Math.floor(path.length / 4)) ? `/${best.r}/` : undefined;
}

function decode(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** Attributes of raw <a> and <img> tags, whatever their quotes. */
function tags(html: string, name: 'a' | 'img') {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => {
    const attr = (key: string) => new RegExp(`\\b${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(m[0])?.slice(1).find((v) => v !== undefined);
    return { href: attr('href'), src: attr('src'), alt: attr('alt'), offset: m.index };
  });
}

export function checkBody(input: BodyInput, root: string, routes: Set<string>, languages: readonly string[], defaultLocale: string): Problem[] {
  const { file, text, firstLine, sourceCount } = input;
  const problems: Problem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message });

  const checkLink = (target: string, line: number) => {
    const source = /^#source-(\d+)$/.exec(target);
    if (source) {
      if (Number(source[1]) > sourceCount) {
        report(line, sourceCount === 0
          ? `the link "${target}" cites source ${source[1]}, but the file lists no "sources": add the source (title and url) under "sources"`
          : `the link "${target}" cites source ${source[1]}, but "sources" has only ${sourceCount}: add the source under "sources", or use a number from 1 to ${sourceCount}`);
      }
      return;
    }
    if (target.startsWith('#') || /^(https?|mailto):/i.test(target)) return;
    if (target.startsWith('//')) {
      report(line, `the link "${target}" has no https: at the start: write the full address, for example https://www.ripess.org/`);
      return;
    }
    const path = (target.split(/[?#]/)[0] ?? '').replace(/^\.?\//, '').replace(/(\/index)?\.mdx?$/, '').replace(/\/$/, '');
    const [first, ...rest] = path.split('/');
    const inside = first && first !== defaultLocale && languages.includes(first) ? rest.join('/') : path;
    if (!target.startsWith('/')) {
      const guess = closest(inside, routes);
      report(line, `the link "${target}" is relative: links between pages start from the site root, like [Japan](/countries/japan/)${guess ? `; here probably ${guess}` : ''}`);
    } else if (!routes.has(inside)) {
      const guess = closest(inside, routes);
      report(line, `the link "${target}" goes to a page that does not exist${guess ? `: did you mean ${guess}?` : ''} Links between pages look like [Japan](/countries/japan/)`);
    }
  };

  const checkImage = (src: string, alt: string | undefined, line: number) => {
    if (!alt?.trim()) {
      report(line, `the image "${src}" has no alt text: describe it for people who cannot see it, for example ![Members at the 2018 forum in Singapore](./forum-2018.jpg)`);
    }
    if (/^(https?:)?\/\//i.test(src)) {
      report(line, `the image "${src}" is on another website: save it in the repository next to this page and link it as ./file-name.jpg, so visitors' browsers do not contact other sites`);
    } else if (/^data:/i.test(src)) {
      report(line, 'this image is written out inside the text (a data: address), which the site removes: save it as a file next to this page and link it as ./file-name.jpg');
    } else {
      const path = decode(src.split(/[?#]/)[0] ?? '');
      if (path === undefined || !existsSync(join(root, dirname(file), path))) {
        report(line, `the image "${src}" does not exist: put the file next to this page, or fix the name, for example ./forum-2018.jpg`);
      }
    }
  };

  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  visit(tree, (node: Nodes) => {
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    if (node.type === 'link' || node.type === 'definition') checkLink(node.url, line);
    else if (node.type === 'image') checkImage(node.url, node.alt ?? undefined, line);
    else if (node.type === 'html') {
      const lineOf = (offset: number) => line + node.value.slice(0, offset).split('\n').length - 1;
      for (const a of tags(node.value, 'a')) if (a.href !== undefined) checkLink(a.href, lineOf(a.offset));
      for (const img of tags(node.value, 'img')) checkImage(img.src ?? '', img.alt, lineOf(img.offset));
    }
  });
  return problems;
}

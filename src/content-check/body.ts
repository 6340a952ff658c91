/**
 * Checks of the Markdown text of a content file, read by the build's own parser (Sätteri, with the
 * build's features): Markdown to an HTML tree, raw HTML parsed into that tree too (not matched by
 * pattern), exactly the tree the build sanitizes. So the check and the build cannot disagree, links in code
 * are ignored, reference links count, and a link in raw HTML is found however it is written.
 * Links go to pages that exist and are written from the site root, citations point into the
 * file's own sources, images are files with alt text.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { markdownToHtml, type MdastVisitorContext } from 'satteri';
import { visit } from 'unist-util-visit';
import { markdownFeatures } from '../markdown/index.ts';
import { sanitizeSchema } from '../markdown/sanitize.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { fixedRoutes, routeOf } from '../site/routes.ts';
import { SVG, svgRefused } from './files.ts';
import type { Check } from './content.ts';
import type { Problem } from './problems.ts';

/** Tags the build keeps (the sanitizer's list); any other tag written in a page is removed. */
const keptTags = new Set(sanitizeSchema.tagNames ?? []);

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

/** A comment that names the piece of Markdown the elements after it come from (its index in `marks`). */
const MARK = 'asec-mark:';

/**
 * Each element of the text's HTML tree as the build makes it, with the line of the text it starts on.
 * Sätteri keeps no positions when it parses raw HTML, so while the text is still Markdown, a comment
 * goes before each piece of raw HTML, link, image and list item (a task list's checkbox), naming its
 * line; comments change nothing else in how HTML is parsed. In raw HTML over several lines, each
 * element's own start tag is then found in order, for its line.
 */
function eachElement(text: string, check: (node: Element, line: number) => void): void {
  const marks: { line: number; html?: string }[] = [];
  const mark = (node: { type: string; value?: string; position?: { start: { line: number } } | undefined }, ctx: MdastVisitorContext) => {
    if (!node.position) return;
    ctx.insertBefore(node as never, { type: 'html', value: `<!--${MARK}${marks.length}-->` });
    marks.push({ line: node.position.start.line, ...(node.type === 'html' ? { html: node.value } : {}) });
  };
  markdownToHtml(text, {
    features: markdownFeatures,
    mdastPlugins: [
      {
        name: 'asec-marks',
        options: { position: true },
        html: mark,
        link: mark,
        image: mark,
        linkReference: mark,
        imageReference: mark,
        listItem: mark,
      },
    ],
    // The tree is read during Sätteri's pass: its nodes are not kept past it.
    hastPlugins: [
      {
        name: 'asec-content-check',
        after(root) {
          let from = { line: 1, html: '' };
          let at = 0;
          visit(root as unknown as Root, (node) => {
            if (node.type === 'comment' && node.value.startsWith(MARK)) {
              const found = marks[Number(node.value.slice(MARK.length))];
              if (found) from = { line: found.line, html: found.html ?? '' };
              at = 0;
            } else if (node.type === 'element') {
              const tag = from.html.slice(at).search(new RegExp(`<${node.tagName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s/>]`, 'i'));
              if (tag !== -1) at += tag + 1;
              check(node, from.line + (from.html.slice(0, at).match(/\n/g)?.length ?? 0));
            }
          });
        },
      },
    ],
  });
}

export function checkBody(
  input: BodyInput,
  root: string,
  routes: Set<string>,
  languages: readonly string[],
  defaultLocale: string,
): Problem[] {
  const { file, text, firstLine, sourceCount } = input;
  const problems: Problem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message });

  const checkLink = (target: string, line: number) => {
    const source = /^#source-(\d+)$/.exec(target);
    if (source) {
      if (Number(source[1]) > sourceCount) {
        report(
          line,
          sourceCount === 0
            ? `the link "${target}" cites source ${source[1]}, but the file lists no "sources": add the source (title and url) under "sources"`
            : `the link "${target}" cites source ${source[1]}, but "sources" has only ${sourceCount}: add the source under "sources", or use a number from 1 to ${sourceCount}`,
        );
      }
      return;
    }
    if (target.startsWith('#') || /^(https?|mailto):/i.test(target)) return;
    const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(target)?.[1];
    if (scheme) {
      report(
        line,
        `the link "${target}" starts with "${scheme}:", which the site does not allow (the build removes the link): link to a web address starting with https://, or to a page of this site, like [Japan](/countries/japan/)`,
      );
      return;
    }
    if (target.startsWith('//')) {
      report(line, `the link "${target}" has no https: at the start: write the full address, for example https://www.ripess.org/`);
      return;
    }
    const path = (target.split(/[?#]/)[0] ?? '')
      .replace(/^\.?\//, '')
      .replace(/(\/index)?\.mdx?$/, '')
      .replace(/\/$/, '');
    const [first, ...rest] = path.split('/');
    const inside = first && first !== defaultLocale && languages.includes(first) ? rest.join('/') : path;
    if (!target.startsWith('/')) {
      const guess = closest(inside, routes);
      report(
        line,
        `the link "${target}" is relative: links between pages start from the site root, like [Japan](/countries/japan/)${guess ? `; here probably ${guess}` : ''}`,
      );
    } else if (!routes.has(inside)) {
      const guess = closest(inside, routes);
      report(
        line,
        `the link "${target}" goes to a page that does not exist${guess ? `: did you mean ${guess}?` : ''} Links between pages look like [Japan](/countries/japan/)`,
      );
    }
  };

  const checkImage = (src: string, alt: string | undefined, line: number) => {
    if (!alt?.trim()) {
      report(
        line,
        `the image "${src}" has no alt text: describe it for people who cannot see it, for example ![Members at the 2018 forum in Singapore](./forum-2018.jpg)`,
      );
    }
    if (/^(https?:)?\/\//i.test(src)) {
      report(
        line,
        `the image "${src}" is on another website: save it in the repository next to this page and link it as ./file-name.jpg, so visitors' browsers do not contact other sites`,
      );
    } else if (SVG.test(src.split(/[?#]/)[0] ?? '')) {
      report(line, `the image "${src}": ${svgRefused}`);
    } else if (/^data:/i.test(src)) {
      report(
        line,
        'this image is written out inside the text (a data: address), which the site removes: save it as a file next to this page and link it as ./file-name.jpg',
      );
    } else {
      const path = decode(src.split(/[?#]/)[0] ?? '');
      if (path === undefined || !existsSync(join(root, dirname(file), path))) {
        report(line, `the image "${src}" does not exist: put the file next to this page, or fix the name, for example ./forum-2018.jpg`);
      }
    }
  };

  eachElement(text, (node, at) => {
    const line = firstLine + at - 1;
    const attribute = (name: string) => {
      const value = node.properties[name];
      return typeof value === 'string' ? value : undefined;
    };
    if (node.tagName === 'a' && attribute('href') !== undefined) checkLink(attribute('href')!, line);
    else if (node.tagName === 'img') checkImage(attribute('src') ?? '', attribute('alt'), line);
    // What the build would silently remove: say so, rather than publish a page that differs from the file.
    if (!keptTags.has(node.tagName)) {
      report(
        line,
        `the HTML tag <${node.tagName}> is removed from the page when the site is built (pages cannot hold scripts, frames, forms, styles or embedded objects): remove it, and write the text in Markdown`,
      );
    }
    const styled = 'style' in node.properties;
    const handlers = Object.keys(node.properties).filter((name) => /^on/i.test(name));
    if (styled || handlers.length) {
      const names = [...(styled ? ['style'] : []), ...handlers.map((h) => h.toLowerCase())].map((n) => `${n}="…"`).join(', ');
      report(
        line,
        `the attribute ${names} on <${node.tagName}> is removed when the site is built (pages take their look from the site, and cannot run code): remove it`,
      );
    }
  });
  return problems;
}

/** The text of every Markdown file, against every page address the build makes ("", "about", "countries/japan", ...). */
export const checkBodies: Check = ({ root, languages, entries }) => {
  const routes = new Set<string>(fixedRoutes);
  for (const p of entries) {
    if (p.locale === defaultLocale && p.collection !== 'ui') routes.add(routeOf(p.collection, p.slug));
  }
  return entries.flatMap((p) => {
    if (!p.body) return [];
    const sources = (p.frontMatter as { sources?: unknown } | undefined)?.sources;
    return checkBody(
      { file: p.file, ...p.body, sourceCount: Array.isArray(sources) ? sources.length : 0 },
      root,
      routes,
      languages,
      defaultLocale,
    );
  });
};

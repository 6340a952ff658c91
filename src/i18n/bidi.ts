/**
 * Latin text inside right-to-left text: names, titles and acronyms kept in English (as every
 * language keeps them) are wrapped in <bdi>, so they read left to right as a whole. Without it,
 * the final "." of "Dr Benjamin R. Quiñones Jr." takes the sentence's direction and is drawn at
 * the start of the name (".Dr Benjamin R. Quiñones Jr"). Runs of Latin words stay together with
 * what joins them (spaces, ":", ",", "&", "-"), never with brackets or quotes, which the Unicode
 * bidi algorithm pairs itself; a "." right after a letter belongs to the run ("Jr.").
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

const letter = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
// Combining accents follow a letter inside a Latin run: that pairing is what the class is for.
// eslint-disable-next-line no-misleading-character-class
const LATIN_RUN = new RegExp(`[${letter}](?:[${letter}0-9\\u0300-\\u036F]|[ .,:;'’&/\\-–]+(?=[${letter}0-9]))*\\.?`, 'g');

/** Text as hast nodes, each Latin run inside a <bdi>. */
function isolateText(text: string): ElementContent[] {
  const nodes: ElementContent[] = [];
  let at = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > at) nodes.push({ type: 'text', value: text.slice(at, match.index) });
    nodes.push({ type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: match[0] }] });
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
  return nodes;
}

/** Element names whose text is left alone: code, and anything that states its own language or direction. */
const keep = new Set(['code', 'kbd', 'pre', 'bdi', 'bdo', 'script', 'style']);

function walk(node: Root | Element): void {
  const children: (RootContent | ElementContent)[] = node.children;
  node.children = children.flatMap((child): (RootContent | ElementContent)[] => {
    if (child.type === 'text') return isolateText(child.value);
    if (
      child.type === 'element' &&
      !keep.has(child.tagName) &&
      child.properties['lang'] === undefined &&
      child.properties['dir'] === undefined
    )
      walk(child);
    return [child];
  }) as typeof node.children;
}

/** An HTML fragment in a right-to-left page, its Latin runs isolated. */
export function isolateLatinHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  walk(tree);
  return toHtml(tree);
}

/** A plain string (a name, a title) as HTML for `set:html`, its Latin runs isolated. */
export function isolateLatin(text: string): string {
  return toHtml({ type: 'root', children: isolateText(text) });
}

/**
 * Latin text inside right-to-left text: names, titles and acronyms kept in English (as every
 * language keeps them) are wrapped in <bdi>, so they read left to right as a whole. Without it,
 * the final "." of "Dr Benjamin R. Quiñones Jr." takes the sentence's direction and is drawn at
 * the start of the name (".Dr Benjamin R. Quiñones Jr"). What a run is: src/i18n/latin-runs.ts.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { latinRuns } from './latin-runs.ts';

/** Text as hast nodes, each Latin run inside a <bdi>. */
function isolateText(text: string): ElementContent[] {
  return latinRuns(text).map(({ text, latin }) =>
    latin ? { type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: text }] } : { type: 'text', value: text },
  );
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

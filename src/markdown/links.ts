/**
 * Rehype plugin for links written in content: site-absolute links ("/countries/japan/") get the
 * deployment's base path, so Markdown works unchanged on a GitHub Pages project path; links to
 * other hosts open without handing them our page (rel="noopener noreferrer").
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeLinks({ base = '/' }: { base?: string } = {}) {
  const prefix = base.replace(/\/$/, '');
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (href.startsWith('/') && !href.startsWith('//')) {
        if (prefix && !href.startsWith(`${prefix}/`)) node.properties.href = prefix + href;
      } else if (/^(https?:)?\/\//.test(href)) {
        node.properties.rel = ['noopener', 'noreferrer'];
      }
    });
  };
}

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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Points the site links of rendered content (written "/countries/japan/", already under `base`) to
 * the same pages in the reader's language. Content is rendered once per file, but an English file
 * also stands in for missing translations, so this happens when a page is built, not in rehype.
 * `pathFor` maps a path inside a language ("countries/japan/") to its address in the page's language.
 */
export function localizeLinks(html: string, base: string, pathFor: (path: string) => string): string {
  const pattern = new RegExp(`(<a\\s[^>]*?href=")${escapeRegExp(base)}([^"#?]*)([^"]*")`, 'g');
  return html.replace(pattern, (_whole, start: string, path: string, rest: string) => `${start}${pathFor(path)}${rest}`);
}

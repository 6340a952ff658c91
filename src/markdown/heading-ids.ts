/**
 * Rehype plugin: every heading gets an id a link can point to, as Astro would give it, except
 * that an id must start with a letter and use only a-z, 0-9, "-" and "_" (what html-validate and
 * CSS selectors accept). Headings in Thai, Bengali, Chinese and other scripts would otherwise get
 * ids in those scripts; they get "section-<n>" instead, numbered in page order.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const SAFE_ID = /^[A-Za-z][\w-]*$/;

export function rehypeSafeHeadingIds() {
  // Astro's own step, typed as the transformer it returns.
  const astroIds = rehypeHeadingIds() as (tree: Root, file: VFile) => void;
  return (tree: Root, file: VFile) => {
    astroIds(tree, file);
    // Astro's list of headings (render().headings), in the same order, follows the new ids.
    const headings = (file.data as { astro?: { headings?: { slug: string }[] } }).astro?.headings ?? [];
    let n = 0;
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      n++;
      const id = node.properties['id'];
      if (typeof id === 'string' && SAFE_ID.test(id)) return;
      node.properties['id'] = `section-${n}`;
      if (headings[n - 1]) headings[n - 1]!.slug = `section-${n}`;
    });
  };
}

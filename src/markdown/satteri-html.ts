/**
 * Sätteri, Astro's default Markdown processor, renders `.md` files many times faster than the
 * remark/rehype pipeline, but passes raw HTML through as raw text. This hast plugin runs after it:
 * the whole document, raw HTML included, is parsed as HTML into one tree (as rehype-raw would),
 * and the same rehype steps as every other content file then make it safe: sanitizing, links,
 * heading ids. So a `.md` file can hold exactly what it could before.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { HastVisitorInstance } from 'satteri';
import { VFile } from 'vfile';
import { rehypeSafeHeadingIds } from './heading-ids.ts';
import { rehypeLinks } from './links.ts';
import { sanitizeSchema } from './sanitize.ts';

export function satteriSafeHtml(base: string): HastVisitorInstance & { name: string } {
  const links = rehypeLinks({ base });
  const headingIds = rehypeSafeHeadingIds();
  return {
    name: 'asec-safe-html',
    after(root, ctx) {
      const html = toHtml(root as unknown as Root, { allowDangerousHtml: true });
      const tree = sanitize(fromHtml(html, { fragment: true }), sanitizeSchema) as Root;
      links(tree);
      // Ids only: Astro's own Sätteri step after this one records the headings, with these ids.
      headingIds(tree, new VFile({ path: 'content.md' }));
      ctx.replaceNode(root, tree as never);
    },
  };
}

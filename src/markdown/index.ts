/**
 * The steps every Markdown and MDX file of content/ goes through. Both pipelines parse raw HTML
 * into the tree, keep only safe elements, fix up links, then give headings ids.
 */
import type { RehypePlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { Features, HastPluginDefinition } from 'satteri';
import { VFile } from 'vfile';
import { rehypeSafeHeadingIds } from './heading-ids.ts';
import { rehypeLinks } from './links.ts';
import { rehypeMdxHtml } from './mdx-html.ts';
import { sanitizeSchema } from './sanitize.ts';

/**
 * How Sätteri reads .md files, in the build and in the content check alike: Astro's defaults
 * (GitHub-flavoured Markdown, typographic quotes), and raw HTML parsed into the tree as elements.
 */
export const markdownFeatures = { gfm: true, smartPunctuation: true, rawHtml: true } as const satisfies Features;

/**
 * The hast step of .md files (Sätteri, with `markdownFeatures`): the tree, its raw HTML already
 * parsed, is sanitized, its links fixed and its headings given ids, as in rehype for MDX.
 */
export function contentHastPlugins(base: string): HastPluginDefinition[] {
  const links = rehypeLinks({ base });
  const headingIds = rehypeSafeHeadingIds();
  return [
    {
      name: 'asec-safe-html',
      after(root, ctx) {
        const tree = sanitize(root as unknown as Root, sanitizeSchema) as Root;
        links(tree);
        // Ids only: Astro's own Sätteri step after this one records the headings, with these ids.
        headingIds(tree, new VFile({ path: 'content.md' }));
        ctx.replaceNode(root, tree as never);
      },
    },
  ];
}

// MDX tags that are plain HTML become HTML; the remaining MDX syntax (components, expressions,
// imports) passes the HTML parser untouched and the sanitizer removes it, so an MDX file can no
// more run code than a Markdown file.
const mdxNodes = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];

/** The rehype steps of .mdx files (remark/rehype). */
export function contentRehypePlugins(base: string): RehypePlugins {
  return [
    rehypeMdxHtml,
    [rehypeRaw, { passThrough: mdxNodes }],
    [rehypeSanitize, sanitizeSchema],
    [rehypeLinks, { base }],
    rehypeSafeHeadingIds,
  ];
}

/**
 * The rehype steps every Markdown and MDX file of content/ goes through, in order:
 * parse raw HTML into elements, keep only safe ones, fix up links, then give headings ids.
 */
import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeSafeHeadingIds } from './heading-ids.ts';
import { rehypeLinks } from './links.ts';
import { rehypeMdxHtml } from './mdx-html.ts';
import { sanitizeSchema } from './sanitize.ts';

// MDX tags that are plain HTML become HTML; the remaining MDX syntax (components, expressions,
// imports) passes the HTML parser untouched and the sanitizer removes it, so an MDX file can no
// more run code than a Markdown file.
const mdxNodes = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];

export function contentRehypePlugins(base: string): RehypePlugins {
  return [
    rehypeMdxHtml,
    [rehypeRaw, { passThrough: mdxNodes }],
    [rehypeSanitize, sanitizeSchema],
    [rehypeLinks, { base }],
    rehypeSafeHeadingIds,
  ];
}

/**
 * The rehype steps every Markdown and MDX file of content/ goes through, in order:
 * parse raw HTML into elements, keep only safe ones, then fix up links.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeLinks } from './links.ts';
import { sanitizeSchema } from './sanitize.ts';

// MDX syntax nodes pass through the HTML parser untouched; the sanitizer then removes them,
// so an MDX file can no more run code than a Markdown file.
const mdxNodes = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];

export function contentRehypePlugins(base: string) {
  return [
    [rehypeRaw, { passThrough: mdxNodes }],
    [rehypeSanitize, sanitizeSchema],
    [rehypeLinks, { base }],
  ] as [typeof rehypeRaw, unknown][];
}

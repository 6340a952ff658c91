/**
 * A content file's front matter, found and read as Astro finds and reads it (extractFrontmatter and
 * parseFrontmatter of @astrojs/markdown-remark), for the content check, the translation status and
 * mark-translated alike, so none of them can read a file differently from the build.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';

export interface FrontMatter {
  /** The text between the two --- lines, from the line break after the first. */
  yaml: string;
  /** Where `yaml` starts in the file's text. */
  start: number;
  /** The file's text with the front matter's lines left blank, so that line numbers hold (Astro's "empty-with-lines"). */
  body: string;
}

/** The front matter's place and text, without reading its YAML (it may be broken); undefined when the file has none. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const yaml = extractFrontmatter(text);
  if (yaml === undefined) return undefined;
  // Where Astro's own replacement finds it: the first place the delimiters and this text occur together.
  const block = ['---', '+++'].map((d) => `${d}${yaml}${d}`).find((b) => text.includes(b))!;
  const at = text.indexOf(block);
  return { yaml, start: at + 3, body: text.slice(0, at) + yaml.replace(/[^\r\n]/g, '') + text.slice(at + block.length) };
}

/** The front matter's data as Astro reads it ({} when there is none); throws when its YAML is broken. */
export function frontMatterData(text: string): Record<string, unknown> {
  return parseFrontmatter(text).frontmatter;
}

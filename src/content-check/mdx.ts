/** MDX is stricter than Markdown: every tag must close, and braces are code. */
import { compile } from '@mdx-js/mdx';
import type { Check, Entry } from './content.ts';
import type { Problem } from './problems.ts';

async function mdxProblem(p: Entry): Promise<Problem | undefined> {
  if (!p.body || !p.file.endsWith('.mdx')) return undefined;
  try {
    await compile(p.body.text);
    return undefined;
  } catch (error) {
    const { line, reason, message } = error as { line?: number; reason?: string; message: string };
    const at = line ?? Number(/\((\d+):\d+/.exec(reason ?? message)?.[1] ?? 0);
    return {
      file: p.file,
      line: at ? p.body.firstLine + at - 1 : undefined,
      message: `the text cannot be read as MDX here: ${(reason ?? message).replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, '')}. In an .mdx file every tag must be closed (<sup>...</sup>, <br />) and { } must be written \\{ \\}; or rename the file to .md`,
    };
  }
}

export const checkMdx: Check = async ({ entries }) => (await Promise.all(entries.map(mdxProblem))).filter((p) => p !== undefined);

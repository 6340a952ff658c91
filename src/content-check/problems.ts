/** A problem the content check reports, and how it is written for volunteers. Free of Astro imports. */

export interface Problem {
  /** Path from the project root, e.g. content/countries/en/japan.md */
  file: string;
  line?: number | undefined;
  /** The front-matter field, as written in the file (sources[2].url). */
  field?: string | undefined;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}  field "${p.field}": ${p.message}` : `${where}  ${p.message}`;
}

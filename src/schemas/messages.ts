/**
 * How schema problems are worded for volunteers: field paths as they read in the file, values as
 * they wrote them, and plain words for Zod's generic issues. Free of Astro's runtime.
 */
import { z } from 'astro/zod';

/** Field names as a volunteer sees them in the file: `sources[2].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part + 1}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

/** A value as a volunteer would recognise it in the message "found …". */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  return JSON.stringify(value);
}

const kindNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list (lines starting with "- ")',
  object: 'a group of indented fields',
  boolean: 'true or false',
  date: 'a date written YYYY-MM-DD',
};

/**
 * Plain-language wording for Zod's issue codes. Schema-specific messages (with examples) are
 * attached where the rule is declared; this covers the generic cases. It is passed where the
 * content check parses (`safeParse(data, { error: plainLanguage })`), never set for the whole
 * process with z.config: Astro validates its own configuration with Zod too, and its messages
 * stay its own.
 */
export const plainLanguage: z.core.$ZodErrorMap = (issue) => {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `this field is required but missing: expected ${kindNames[issue.expected] ?? issue.expected}`;
      return `found ${describe(input)}, expected ${kindNames[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
    case 'invalid_value':
      return `found ${describe(input)}, expected one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return `found ${describe(input)}, expected at least ${issue.minimum} character(s)`;
      if (issue.origin === 'array') return `the list is empty or too short: expected at least ${issue.minimum} item(s)`;
      return `found ${describe(input)}, expected at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `the text is too long (${String(input).length} characters): keep it to ${issue.maximum} or fewer`;
      return `found ${describe(input)}, expected at most ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'url') return `found ${describe(input)}, expected a full web address starting with https:// (for example https://www.ripess.org/)`;
      return `found ${describe(input)}, which is not in the expected ${issue.format} format`;
    default:
      return undefined;
  }
};

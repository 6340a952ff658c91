/**
 * How schema problems are worded for volunteers: field paths as they read in the file, values as
 * they wrote them, each field's example as they would type it, and plain words for Zod's generic
 * issues. Free of Astro's runtime.
 */
import { z } from 'astro/zod';
import { Document, isScalar, visit } from 'yaml';

/** Field names as a volunteer sees them in the file: `sources[2].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part + 1}]` : `${i ? '.' : ''}${String(part)}`)).join('');
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
      if (issue.origin === 'string')
        return `the text is too long (${String(input).length} characters): keep it to ${issue.maximum} or fewer`;
      return `found ${describe(input)}, expected at most ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'url')
        return `found ${describe(input)}, expected a full web address starting with https:// (for example https://www.ripess.org/)`;
      return `found ${describe(input)}, which is not in the expected ${issue.format} format`;
    default:
      return undefined;
  }
};

type Schema = z.core.$ZodType;
/** What a field's `.meta()` says: values as a volunteer writes them (JSON Schema's `examples`, which editors offer), and a note. */
type Meta = { examples?: unknown[]; description?: string };

/** The schema a wrapper (optional, default, a transform's input) stands for; undefined for anything else. */
function wrapped(schema: Schema): Schema | undefined {
  const def = schema._zod.def as { type: string; innerType?: Schema; in?: Schema };
  return def.type === 'pipe' ? def.in : def.innerType;
}

/** A field's metadata, wherever it sits among its wrappers (`.meta()` before or after `.optional()`). */
function metaOf(schema: Schema): Meta | undefined {
  for (let s: Schema | undefined = schema; s; s = wrapped(s)) {
    const meta = z.globalRegistry.get(s);
    if (meta) return meta as Meta;
  }
  return undefined;
}

/** The schema of a list's items, or undefined when it is no list. */
function itemsOf(schema: Schema): Schema | undefined {
  for (let s: Schema | undefined = schema; s; s = wrapped(s)) {
    const def = s._zod.def as { type: string; element?: Schema };
    if (def.type === 'array') return def.element;
  }
  return undefined;
}

/** The fields of a group, or of each item of a list of groups; undefined for a single value. */
function shapeOf(schema: Schema): Record<string, Schema> | undefined {
  for (let s: Schema | undefined = itemsOf(schema) ?? schema; s; s = wrapped(s)) {
    const def = s._zod.def as { type: string; shape?: Record<string, Schema> };
    if (def.type === 'object') return def.shape;
  }
  return undefined;
}

/**
 * A field's own example: its first, or for a group (or a list of groups) one made of its fields'
 * examples. Zod leaves examples out of the JSON Schema of anything that transforms its input (a
 * list of events, with their dates), so such groups are described by their fields.
 */
function ownExample(schema: Schema): unknown {
  const own = metaOf(schema)?.examples?.[0];
  const shape = shapeOf(schema);
  if (own !== undefined || !shape) return own;
  const fields = Object.entries(shape).map(([key, field]) => [key, ownExample(field)] as const);
  if (fields.some(([, value]) => value === undefined)) return undefined;
  const group = Object.fromEntries(fields);
  return itemsOf(schema) ? [group] : group;
}

/** Names of the fields allowed in the group at `parent` (`[]` for the top of the front matter). */
export function fieldNames(schema: Schema, parent: readonly PropertyKey[]): string[] {
  let shape = shapeOf(schema);
  for (const key of parent.filter((p) => typeof p === 'string')) shape = shape?.[key] && shapeOf(shape[key]);
  return Object.keys(shape ?? {});
}

/** A value as written in YAML, the way volunteers type it: text in double quotes, short lists on one line. */
function yamlOf(key: string, value: unknown): string {
  const doc = new Document({ [key]: value });
  visit(doc, {
    Seq: (_, seq) => {
      if (seq.items.every(isScalar)) seq.flow = true;
    },
  });
  return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/**
 * The example of the field at `path` ("sources[2].url" is ['sources', 2, 'url']) and its note (the
 * field's description): its own, or the part of its group's example (a list of sources shared by
 * every collection has its example on the list, in each collection).
 */
export function exampleOf(schema: Schema, path: readonly PropertyKey[]): { value: unknown; note?: string | undefined } | undefined {
  let value: unknown;
  let meta: Meta | undefined;
  let shape = shapeOf(schema);
  for (const key of path.filter((p) => typeof p === 'string')) {
    const field = shape?.[key];
    if (!field) return undefined;
    meta = metaOf(field);
    const item: unknown = Array.isArray(value) ? value[0] : value;
    value = ownExample(field) ?? (item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined);
    shape = shapeOf(field);
  }
  return value === undefined ? undefined : { value, note: meta?.description };
}

/** The example of the field at `path` as a volunteer would type it, its note after it, for messages. */
export function fieldExample(schema: Schema, path: readonly PropertyKey[]): string | undefined {
  const example = exampleOf(schema, path);
  const key = path.filter((p) => typeof p === 'string').at(-1);
  if (!example || key === undefined) return undefined;
  return example.note ? `${yamlOf(key, example.value)}  (${example.note})` : yamlOf(key, example.value);
}

/**
 * `npm run editor-schemas`: files generated from the schemas and the English interface strings:
 * JSON Schemas of the front matter and interface strings (from the Zod schemas in src/schemas/),
 * so editors can complete and check fields as volunteers type, and the TypeScript type of the
 * interface-string keys (from content/ui/en.yaml), so t('key') is checked by the compiler.
 * A test fails when the committed files fall behind their sources.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { countrySchema, fieldExamples, pageSchema, personSchema, uiSchema } from '../../src/schemas/index.ts';

export const schemaDir = join(process.cwd(), '.vscode/schemas');

type Json = { [key: string]: unknown };

/** Adds each field's example (from fieldExamples) as its description, walking nested objects and lists. */
function describe(node: Json, examples: Record<string, string>, path: string[] = []): Json {
  const properties = node['properties'] as Record<string, Json> | undefined;
  if (properties) {
    for (const [name, child] of Object.entries(properties)) {
      const key = [...path, name].join('.');
      if (examples[key]) child['description'] = `Example:\n${examples[key]}`;
      describe(child, examples, [...path, name]);
    }
  }
  const items = node['items'] as Json | undefined;
  if (items) describe(items, examples, path);
  for (const variant of (node['anyOf'] as Json[] | undefined) ?? []) describe(variant, examples, path);
  return node;
}

export function editorSchemas(): Record<string, string> {
  const toJson = (schema: z.ZodType, examples: Record<string, string>, title: string) =>
    `${JSON.stringify({ title, ...describe(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json, examples) }, null, 2)}\n`;
  return {
    'pages.schema.json': toJson(pageSchema, fieldExamples.pages, 'ASEC page (content/pages/<language>/<name>.md)'),
    'countries.schema.json': toJson(countrySchema, fieldExamples.countries, 'ASEC member country (content/countries/<language>/<country>.md)'),
    'people.schema.json': toJson(personSchema(z.string()), fieldExamples.people, 'ASEC leader (content/people/<language>/<name>.md)'),
    'ui.schema.json': toJson(uiSchema, {}, 'ASEC interface strings (content/ui/<language>.yaml)'),
  };
}

export const uiKeysFile = join(process.cwd(), 'src/i18n/ui-keys.ts');

/** The keys of content/ui/en.yaml as a TypeScript union. */
export function uiKeysModule(): string {
  const english = parse(readFileSync(join(process.cwd(), 'content/ui/en.yaml'), 'utf8')) as Record<string, string>;
  const keys = Object.keys(english).map((key) => `  | '${key}'`).join('\n');
  return `/** Generated from content/ui/en.yaml by npm run editor-schemas: the keys t() accepts. */\nexport type UiKey =\n${keys};\n`;
}

/** What `npm run editor-schemas` does (scripts/editor-schemas.ts). */
export async function main(): Promise<void> {
  mkdirSync(schemaDir, { recursive: true });
  for (const [name, text] of Object.entries(editorSchemas())) writeFileSync(join(schemaDir, name), text);
  writeFileSync(uiKeysFile, uiKeysModule());
  console.log(`Wrote ${Object.keys(editorSchemas()).length} schemas to .vscode/schemas/ and the interface-string keys to src/i18n/ui-keys.ts`);
}

/**
 * The JSON Schemas an editor reads, as the build left them in .astro/collections/: Astro writes one
 * per collection from its Zod schema, and the list of which collection each content file belongs to
 * (the Astro extension's content intellisense). VS Code's settings point at them
 * (tests/content-errors/editor-schemas.unit.test.ts).
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { exampleOf, fieldNames, pageSchema, countrySchema, personSchema, uiSchema } from '../../src/schemas/index.ts';

const dir = join(process.cwd(), '.astro/collections');
type Node = { examples?: unknown[]; properties?: Record<string, Node>; items?: Node };
const schemaOf = (collection: string) => JSON.parse(readFileSync(join(dir, `${collection}.schema.json`), 'utf8')) as Node;
/** Whether an editor can show an example for this field: its own, or one for each of its fields. */
const offered = (node: Node): boolean => {
  const fields = Object.values((node.items ?? node).properties ?? {});
  return Boolean(node.examples?.length) || (fields.length > 0 && fields.every(offered));
};
const settings = ts.parseConfigFileTextToJson('.vscode/settings.json', readFileSync(join(process.cwd(), '.vscode/settings.json'), 'utf8'))
  .config as { 'yaml.schemas': Record<string, string> };

describe('the schemas editors read', () => {
  it('each file the YAML extension is given is the schema Astro wrote, for files that exist', () => {
    const entries = Object.entries(settings['yaml.schemas']);
    expect(entries.length).toBeGreaterThan(0);
    for (const [schema, files] of entries) {
      expect(existsSync(join(process.cwd(), schema)), schema).toBe(true);
      expect(globSync(files, { cwd: process.cwd() }).length, files).toBeGreaterThan(1);
    }
    expect(JSON.parse(readFileSync(join(dir, 'ui.schema.json'), 'utf8'))).toEqual(
      z.toJSONSchema(uiSchema, { io: 'input', unrepresentable: 'any' }),
    );
  });

  it('tell the Astro extension which collection each content file belongs to', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'collections.json'), 'utf8')) as { entries: Record<string, string> };
    for (const collection of ['pages', 'countries', 'people']) {
      const files = globSync(`content/${collection}/*/*.md`, { cwd: process.cwd() });
      expect(files.length, collection).toBeGreaterThan(16);
      for (const file of files)
        expect(manifest.entries[pathToFileURL(join(process.cwd(), file)).href.toLowerCase()], file).toBe(collection);
    }
  });

  it.each([
    ['pages', pageSchema],
    ['countries', countrySchema],
    ['people', personSchema(z.string())],
  ] as const)('the %s schema offers an example for every field', (collection, schema) => {
    const properties = schemaOf(collection).properties ?? {};
    const names = fieldNames(schema, []);
    expect(names.length).toBeGreaterThan(4);
    for (const name of names) {
      const examples = properties[name]?.examples;
      // A group that transforms what is written (a list of dated events) has its examples on its fields.
      if (examples) expect(examples[0], name).toEqual(exampleOf(schema, [name])!.value);
      else expect(offered(properties[name] ?? {}), name).toBe(true);
    }
  });
});

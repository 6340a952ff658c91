/**
 * What an editor gets from the schemas: every front-matter field carries an example (its
 * `.meta({ examples })`, quoted by the content check and offered by editors), VS Code is set to
 * read the JSON Schemas Astro writes from the collections (editor-schemas.build.test.ts checks
 * those files), and the type of t()'s keys follows content/ui/en.yaml.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { countrySchema, exampleOf, fieldExample, fieldNames, pageSchema, personSchema } from '../../src/schemas/index.ts';
import { uiKeysFile, uiKeysModule } from '../../scripts/lib/ui-keys.ts';

const frontMatter = { pages: pageSchema, countries: countrySchema, people: personSchema(z.string()) };

/** Every field path of a schema, groups and the fields inside them: ['sources'], ['sources', 'url'], … */
function fieldPaths(schema: z.core.$ZodType, parent: string[] = []): string[][] {
  return fieldNames(schema, parent).flatMap((name) => [[...parent, name], ...fieldPaths(schema, [...parent, name])]);
}

describe('field examples', () => {
  it.each(Object.entries(frontMatter))('every field of %s has an example, written as a volunteer types it', (_, schema) => {
    const paths = fieldPaths(schema);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => path.length > 1).length).toBeGreaterThan(3);
    for (const path of paths) expect(fieldExample(schema, path), path.join('.')).toMatch(new RegExp(`^${path.at(-1)}:\\s+\\S`));
  });

  it.each(Object.entries(frontMatter))('the examples of %s together make front matter its schema accepts', (_, schema) => {
    const example = Object.fromEntries(fieldNames(schema, []).map((name) => [name, exampleOf(schema, [name])?.value]));
    expect(Object.keys(example).length).toBeGreaterThan(4);
    expect(schema.safeParse(example).error?.issues).toBeUndefined();
  });

  it('quotes the example of a field inside a list, and notes written on the field', () => {
    expect(fieldExample(pageSchema, ['sources', 2, 'url'])).toBe('url: "https://www.ripess.org/who-are-we/history/?lang=en"');
    expect(fieldExample(countrySchema, ['facts', 0, 'source'])).toBe('source: 1  (or source: [1, 2] when it rests on two sources)');
    expect(fieldExample(countrySchema, ['languages'])).toBe('languages: ["ne-NP"]');
    expect(fieldExample(pageSchema, ['nothing'])).toBeUndefined();
  });
});

describe('editor settings', () => {
  const settings = ts.parseConfigFileTextToJson('.vscode/settings.json', readFileSync(join(process.cwd(), '.vscode/settings.json'), 'utf8'))
    .config as Record<string, unknown>;

  // The build test checks that Astro writes what the extension reads (astro.config.mjs turns it on).
  it("turn on the Astro extension's front-matter checking", () => {
    expect(settings['astro.content-intellisense']).toBe(true);
  });

  it('give interface strings the schema Astro writes for the ui collection', () => {
    expect(settings['yaml.schemas']).toEqual({ './.astro/collections/ui.schema.json': 'content/ui/*.yaml' });
  });
});

describe('interface-string keys', () => {
  it('src/i18n/ui-keys.ts lists the keys of content/ui/en.yaml (run npm run ui-keys)', () => {
    const generated = uiKeysModule();
    expect(generated.match(/^ {2}\| '/gm)?.length).toBeGreaterThan(50);
    expect(readFileSync(uiKeysFile, 'utf8')).toBe(generated);
  });
});

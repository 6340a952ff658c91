import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSchemas, schemaDir, uiKeysFile, uiKeysModule } from '../../scripts/lib/editor-schemas.ts';

describe('editor schemas', () => {
  const generated = editorSchemas();

  it('are one per collection and one for interface strings, each committed', () => {
    expect(Object.keys(generated).sort()).toEqual(['countries.schema.json', 'pages.schema.json', 'people.schema.json', 'ui.schema.json']);
    expect(readdirSync(schemaDir).sort()).toEqual(Object.keys(generated).sort());
  });

  it.each(Object.keys(generated))('.vscode/schemas/%s matches the Zod schemas (run npm run editor-schemas)', (name) => {
    expect(readFileSync(join(schemaDir, name), 'utf8')).toBe(generated[name]);
  });

  it('describe every field with an example and list the member codes', () => {
    const countries = JSON.parse(generated['countries.schema.json']!) as { properties: Record<string, { description?: string; enum?: string[] }>; additionalProperties: boolean };
    expect(countries.additionalProperties).toBe(false);
    expect(countries.properties['code']!.enum).toHaveLength(16);
    expect(Object.keys(countries.properties).sort()).toEqual(['code', 'facts', 'languages', 'name', 'nativeNames', 'sources', 'translation']);
    for (const [name, property] of Object.entries(countries.properties)) expect(property.description, name).toMatch(/^Example:\n/);
  });

  it('src/i18n/ui-keys.ts lists the keys of content/ui/en.yaml (run npm run editor-schemas)', () => {
    const generated = uiKeysModule();
    expect(generated.match(/^  \| '/gm)?.length).toBeGreaterThan(50);
    expect(readFileSync(uiKeysFile, 'utf8')).toBe(generated);
  });

  it('are wired into the editor settings', () => {
    const settings = readFileSync(join(process.cwd(), '.vscode/settings.json'), 'utf8');
    expect(settings).toContain('./.vscode/schemas/ui.schema.json');
  });
});

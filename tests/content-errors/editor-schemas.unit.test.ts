/**
 * What an editor gets from the schemas: VS Code is set to read the JSON Schemas Astro writes from
 * the collections (tests/content-errors/editor-schemas.build.test.ts checks those files), and the
 * type of t()'s keys follows content/ui/en.yaml.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { uiKeysFile, uiKeysModule } from '../../scripts/lib/ui-keys.ts';

describe('editor settings', () => {
  const settings = ts.parseConfigFileTextToJson('.vscode/settings.json', readFileSync(join(process.cwd(), '.vscode/settings.json'), 'utf8')).config as Record<string, unknown>;

  // The build test checks that Astro writes what the extension reads (astro.config.mjs turns it on).
  it('turn on the Astro extension\'s front-matter checking', () => {
    expect(settings['astro.content-intellisense']).toBe(true);
  });

  it('give interface strings the schema Astro writes for the ui collection', () => {
    expect(settings['yaml.schemas']).toEqual({ './.astro/collections/ui.schema.json': 'content/ui/*.yaml' });
  });
});

describe('interface-string keys', () => {
  it('src/i18n/ui-keys.ts lists the keys of content/ui/en.yaml (run npm run ui-keys)', () => {
    const generated = uiKeysModule();
    expect(generated.match(/^  \| '/gm)?.length).toBeGreaterThan(50);
    expect(readFileSync(uiKeysFile, 'utf8')).toBe(generated);
  });
});

/**
 * `npm run ui-keys`: the TypeScript type of the interface-string keys, generated from
 * content/ui/en.yaml, so t('key') is checked by the compiler. A test fails when the committed file
 * falls behind the English strings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const uiKeysFile = join(process.cwd(), 'src/i18n/ui-keys.ts');

/** The keys of content/ui/en.yaml as a TypeScript union. */
export function uiKeysModule(): string {
  const english = parse(readFileSync(join(process.cwd(), 'content/ui/en.yaml'), 'utf8')) as Record<string, string>;
  const keys = Object.keys(english)
    .map((key) => `  | '${key}'`)
    .join('\n');
  return `/** Generated from content/ui/en.yaml by npm run ui-keys: the keys t() accepts. */\nexport type UiKey =\n${keys};\n`;
}

/** What `npm run ui-keys` does (scripts/ui-keys.ts). */
export function main(): void {
  writeFileSync(uiKeysFile, uiKeysModule());
  console.log('Wrote the interface-string keys to src/i18n/ui-keys.ts');
}

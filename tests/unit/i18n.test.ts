import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, localeKeys, locales } from '../../src/i18n/locales.ts';
import { uiSchema } from '../../src/schemas.ts';

const uiDir = join(process.cwd(), 'content/ui');
const english = parse(readFileSync(join(uiDir, `${defaultLocale}.yaml`), 'utf8')) as Record<string, string>;

/** Every t('key') written in src/, found by reading the source. */
function keysUsedInSource(): Set<string> {
  const keys = new Set<string>();
  for (const entry of readdirSync(join(process.cwd(), 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(astro|ts)$/.test(entry.name)) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/\bt\('([a-zA-Z.]+)'/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/label: '([a-z]+\.[a-zA-Z.]+)'/g)) keys.add(m[1]!);
  }
  return keys;
}

describe('locales', () => {
  it('has a valid BCP 47 tag and direction for each language', () => {
    for (const key of localeKeys) {
      const { lang, dir } = locales[key];
      expect(Intl.getCanonicalLocales(lang)).toEqual([lang]);
      expect(['ltr', 'rtl']).toContain(dir);
      expect(isLocale(key)).toBe(true);
    }
    expect(isLocale('xx')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('has one interface-string file per language, and no other', () => {
    const files = readdirSync(uiDir).map((f) => f.replace(/\.yaml$/, '')).sort();
    expect(files).toEqual([...localeKeys].sort());
  });
});

describe('interface strings', () => {
  it('English is valid and defines every key the code uses', () => {
    expect(uiSchema.safeParse(english).success).toBe(true);
    const used = keysUsedInSource();
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((key) => !(key in english));
    expect(missing).toEqual([]);
  });

  it('English has no key the code never uses', () => {
    const used = keysUsedInSource();
    expect(Object.keys(english).filter((key) => !used.has(key))).toEqual([]);
  });

  // Other languages' keys and placeholders are checked by the content check (tests/unit/check-content.test.ts).
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, localeKeys, locales } from '../../src/i18n/locales.ts';
import { uiSchema } from '../../src/schemas/index.ts';

const uiDir = join(process.cwd(), 'content/ui');
const english = parse(readFileSync(join(uiDir, `${defaultLocale}.yaml`), 'utf8')) as Record<string, string>;

/** Source files of src/, as text. */
function sources(): string[] {
  return readdirSync(join(process.cwd(), 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name) && entry.name !== 'ui-keys.ts')
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

/** Every key passed to t('key') or t.plural('key', …) in src/. */
function keysCalledInSource(): Set<string> {
  const keys = new Set<string>();
  for (const text of sources()) {
    for (const m of text.matchAll(/\bt\('([a-zA-Z.]+)'/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/\bt\.plural\('([a-zA-Z.]+)'/g)) keys.add(`${m[1]!}.other`);
  }
  return keys;
}

/** Every English key that src/ names anywhere (also through tables such as the navigation), plural forms included. */
function keysNamedInSource(): Set<string> {
  const text = sources().join('\n');
  const named = new Set<string>();
  for (const key of Object.keys(english)) {
    const stem = key.replace(/\.(zero|one|two|few|many|other)$/, '');
    // t.plural picks one of a key's forms, t.forms hands them all to a browser script.
    if (text.includes(`'${key}'`) || (stem !== key && (text.includes(`t.plural('${stem}'`) || text.includes(`t.forms('${stem}'`))))
      named.add(key);
  }
  return named;
}

describe('locales', () => {
  it('has a valid BCP 47 tag for each language, and the direction CLDR gives its script', () => {
    for (const key of localeKeys) {
      const { lang, dir } = locales[key];
      expect(Intl.getCanonicalLocales(lang)).toEqual([lang]);
      expect(dir, key).toBe(new Intl.Locale(lang).getTextInfo().direction);
      expect(isLocale(key)).toBe(true);
    }
    expect(localeKeys.filter((key) => locales[key].dir === 'rtl')).toEqual(['ur']);
    expect(isLocale('xx')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('has one interface-string file per language, and no other', () => {
    const files = readdirSync(uiDir)
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    expect(files).toEqual([...localeKeys].sort());
  });
});

describe('interface strings', () => {
  it('English is valid and defines every key the code uses', () => {
    expect(uiSchema.safeParse(english).success).toBe(true);
    const used = keysCalledInSource();
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((key) => !(key in english));
    expect(missing).toEqual([]);
  });

  it('English has no key the code never uses', () => {
    const named = keysNamedInSource();
    expect(named.size).toBeGreaterThan(50);
    expect(Object.keys(english).filter((key) => !named.has(key))).toEqual([]);
  });

  // Other languages' keys and placeholders are checked by the content check (tests/content-errors/check-content.unit.test.ts).
});

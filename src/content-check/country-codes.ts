/**
 * One file per member country, no code used twice: a check across the English country files,
 * which no single file's schema can make. The content check and the build both make it.
 * Free of Astro imports.
 */
import { memberCodes } from '../site/members.ts';
import { defaultLocale } from '../i18n/locales.ts';
import type { Check } from './content.ts';
import type { Problem } from './problems.ts';

/** One file per member country, no code used twice. `files` are the English country files. */
export function checkCountryCodes(files: { file: string; code: string; line?: number | undefined }[], folder: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { file, code, line } of files) {
    const first = seen.get(code);
    if (first) {
      problems.push({
        file,
        line,
        field: 'code',
        message: `found "${code}", which ${first} already uses: each member country has exactly one file, so expected a code no other file uses`,
      });
    } else seen.set(code, file);
  }
  for (const code of memberCodes) {
    if (!seen.has(code))
      problems.push({ file: folder, message: `no file has code "${code}": expected one file for each of the 16 member countries` });
  }
  return problems;
}

/** The `code:` line of a country file, read as text so that files with other mistakes count too. */
function readCode(file: string, text: string): { file: string; code: string; line: number } | undefined {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => /^code:/.test(l));
  const code = /^code:\s*["']?([^"'\s#]+)["']?\s*(?:#.*)?$/.exec(lines[line] ?? '')?.[1];
  return code ? { file, code, line: line + 1 } : undefined;
}

/** Every member country has one English file; countries with schema errors still count. */
export const checkCountryFiles: Check = ({ entries }) => {
  const countryFiles = entries
    .filter((p) => p.collection === 'countries' && p.locale === defaultLocale)
    .flatMap((p) => {
      const parsedCode = (p.data as { code?: string } | undefined)?.code;
      const raw = readCode(p.file, p.raw);
      return parsedCode ? [{ file: p.file, code: parsedCode, line: raw?.line }] : (raw ?? []);
    });
  return checkCountryCodes(countryFiles, `content/countries/${defaultLocale}/`);
};

/**
 * `npm run mark-translated -- <file> [<file>…] [--reviewed]`: records that each translation now
 * follows the English file as it is today, so the "English page has changed" notice goes away.
 * Run it after bringing a translation up to date; add --reviewed when a person has checked it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { defaultLocale } from '../src/i18n/locales.ts';
import { markTranslated, sourceHash } from '../src/i18n/tracking.ts';

/** The English file a translation follows: content/<collection>/<locale>/<name>.md(x) -> en. */
export function englishFileOf(file: string): string {
  const parts = file.split('/');
  if (parts.length < 4 || parts[0] !== 'content' || parts[2] === defaultLocale) {
    throw new Error(`${file} is not a translation: expected a file such as content/pages/th/about.md`);
  }
  const stem = ['content', parts[1], defaultLocale, ...parts.slice(3)].join('/').replace(/\.mdx?$/, '');
  const english = [`${stem}.md`, `${stem}.mdx`].find((f) => existsSync(f));
  if (!english) throw new Error(`${file} has no English original (${stem}.md): check the file name`);
  return english;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const reviewed = args.includes('--reviewed') ? true : undefined;
  const files = args.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    console.error('Usage: npm run mark-translated -- content/pages/th/about.md [more files] [--reviewed]');
    process.exit(1);
  }
  let failed = false;
  for (const arg of files) {
    const file = relative(process.cwd(), resolve(arg)).split(sep).join('/');
    try {
      const hash = sourceHash(readFileSync(englishFileOf(file), 'utf8'));
      writeFileSync(file, markTranslated(readFileSync(file, 'utf8'), hash, reviewed));
      console.log(`${file}: follows ${englishFileOf(file)} version ${hash}${reviewed ? ', reviewed' : ''}`);
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

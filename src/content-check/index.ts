/**
 * Checks every file under content/ and reports all problems at once, each with the file, the
 * line, the field, what was found and what is expected. Runs before every build and in the
 * tests, so a volunteer's mistake is explained in plain words; even a file that trips the
 * checker itself is reported as a problem, never as a stack trace. Each kind of problem has its
 * own module; this one reads the files once and runs them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeKeys } from '../i18n/locales.ts';
import { checkBodies } from './body.ts';
import { collections, fromRoot, readEntry, type Check, type Content, type Entry } from './content.ts';
import { checkCountryFiles } from './country-codes.ts';
import { checkDuplicatePages } from './duplicate-pages.ts';
import { checkEnglishNames } from './english-names.ts';
import { checkFiles, maxTextBytes } from './files.ts';
import { checkGlossaries } from './glossary.ts';
import { checkMdx } from './mdx.ts';
import { checkPlacement } from './placement.ts';
import type { Problem } from './problems.ts';
import { checkSchema } from './schema.ts';
import { checkNumbers } from './translated-numbers.ts';
import { checkTranslationRecords } from './translation-record.ts';
import { checkUiStrings } from './ui-strings.ts';
import { checkYaml } from './yaml.ts';

/** In the order their problems are listed for a file and line. */
const checks: Check[] = [
  checkFiles,
  checkPlacement,
  checkYaml,
  checkSchema,
  checkMdx,
  checkBodies,
  checkDuplicatePages,
  checkUiStrings,
  checkTranslationRecords,
  checkGlossaries,
  checkNumbers,
  checkEnglishNames,
  checkCountryFiles,
];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** `languages` defaults to the site's; tests pass others to exercise translations. */
export async function checkContent(root: string, languages: readonly string[] = localeKeys): Promise<Problem[]> {
  // Every file's bytes are read once, here. A text file too large to be a page is reported once
  // (by checkFiles), not parsed: that alone could take minutes.
  const files = listFiles(join(root, 'content')).map((path) => ({ path, file: fromRoot(root, path), bytes: readFileSync(path) }));
  const texts = new Map(
    files.filter((f) => /\.(mdx?|ya?ml)$/i.test(f.path) && f.bytes.length <= maxTextBytes).map((f) => [f.path, f.bytes.toString('utf8')]),
  );
  const tooLarge = new Set(files.filter((f) => /\.(mdx?|ya?ml)$/i.test(f.path) && !texts.has(f.path)).map((f) => f.path));
  const collectionFiles = collections.flatMap((collection) =>
    listFiles(join(root, 'content', collection))
      .filter((path) => !tooLarge.has(path))
      .map((path) => ({ path, collection })),
  );

  const problems: Problem[] = [];
  const entries: Entry[] = [];
  for (const { path, collection } of collectionFiles) {
    // A file that trips the checker itself still gets a message, not a stack trace.
    try {
      const entry = readEntry(root, path, collection, languages, texts.get(path));
      if (entry) entries.push(entry);
    } catch (error) {
      problems.push({
        file: fromRoot(root, path),
        message: `this file could not be checked (${(error as Error).message}): look for unusual characters near the top, or ask for help in the pull request`,
      });
    }
  }
  const content: Content = {
    root,
    languages,
    files,
    collectionFiles,
    entries,
    text: (path) => texts.get(path) ?? readFileSync(path, 'utf8'),
  };
  for (const check of checks) problems.push(...(await check(content)));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Translations say which English version they follow (English files say nothing of the kind), and
 * follow an English original that exists.
 */
import { defaultLocale } from '../i18n/locales.ts';
import { translationRecord } from '../i18n/tracking.ts';
import { englishEntries, type Check } from './content.ts';
import type { Problem } from './problems.ts';

export const checkTranslationRecords: Check = (content) => {
  const english = englishEntries(content, defaultLocale);
  const problems: Problem[] = [];
  for (const p of content.entries) {
    if (p.collection === 'ui' || !p.frontMatter || typeof p.frontMatter !== 'object') continue;
    const hasMeta = 'translation' in p.frontMatter;
    if (p.locale === defaultLocale && hasMeta) {
      problems.push({
        file: p.file,
        field: 'translation',
        message: 'English files are the originals: remove the "translation" field (it belongs in translations only)',
      });
    } else if (p.locale !== defaultLocale && !hasMeta) {
      const original = english.get(`${p.collection}/${p.slug}`);
      const record = original ? translationRecord(original.raw) : undefined;
      problems.push({
        file: p.file,
        field: 'translation',
        message: record
          ? `a translation must say which version of the English page it follows. Paste these lines at the end of the front matter, just before its closing ---:\n      ${record.replace(/\n/g, '\n      ')}\n    (or, on your computer: npm run mark-translated -- ${p.file})`
          : `a translation must say which version of the English page it follows: run npm run mark-translated -- ${p.file}`,
      });
    }
  }
  for (const p of content.entries) {
    if (p.locale !== defaultLocale && p.collection !== 'ui' && !english.has(`${p.collection}/${p.slug}`)) {
      problems.push({
        file: p.file,
        message: `this is a translation of content/${p.collection}/${defaultLocale}/${p.slug}.md, which does not exist: translations need the English page first (check the file name)`,
      });
    }
  }
  return problems;
};

/**
 * Numbers in translations (CONTRIBUTING.md, "Numbers"): every number of the English page, written
 * in the language's own forms. Applies to the languages with a glossary.
 */
import { translated } from './glossary.ts';
import { missingNumbers, wrongNumberForms } from './numbers.ts';
import type { Check } from './content.ts';
import type { Problem } from './problems.ts';

export const checkNumbers: Check = (content) =>
  translated(content)
    .filter(({ entry }) => entry.collection !== 'ui')
    .flatMap(({ entry: p, lang, label, pairs, lineOfText }) =>
      pairs.flatMap(({ en, tr }): Problem[] => [
        ...missingNumbers(en, tr, p.locale, lang).map((value) => ({
          file: p.file,
          message: `the English page has the number ${new Intl.NumberFormat('en', { useGrouping: value >= 1e4 }).format(value)}, which this translation does not have: keep every number of the English page, written the way ${label} writes it (${new Intl.NumberFormat(lang, { useGrouping: value >= 1e4 }).format(value)})`,
        })),
        ...wrongNumberForms(tr, p.locale, lang).map((form) => ({ file: p.file, line: lineOfText(form.found), message: form.message })),
      ]),
    );

/** Interface strings: a translation uses English's keys and keeps its {placeholders}; descriptions stay short. */
import { defaultLocale } from '../i18n/locales.ts';
import { englishFor } from '../i18n/format.ts';
import type { Check } from './content.ts';
import type { Problem } from './problems.ts';

const holes = (text: string) =>
  [...text.matchAll(/\{[^{}\s]+\}/g)]
    .map((m) => m[0])
    .sort()
    .join(' ');

export const checkUiStrings: Check = ({ entries }) => {
  const englishUi = entries.find((p) => p.collection === 'ui' && p.locale === defaultLocale)?.data as Record<string, string> | undefined;
  return entries
    .filter((p) => p.collection === 'ui' && p.locale !== defaultLocale && p.data)
    .flatMap((p) =>
      Object.entries(p.data as Record<string, string>).flatMap(([key, value]): Problem[] => {
        const problems: Problem[] = [];
        // Plural forms English does not need (few, many, …) follow English's "other" form.
        const original = englishFor(key, englishUi ?? {});
        if (/(^|\.)description(\.|$)/.test(key) && value.length > 200) {
          problems.push({
            file: p.file,
            line: p.lineAt?.([key]),
            field: key,
            message: `the text is too long (${value.length} characters): a page description is shown by search engines, so keep it to 200 or fewer`,
          });
        }
        if (original === undefined) {
          problems.push({
            file: p.file,
            line: p.lineAt?.([key]),
            field: key,
            message: `this key is not in content/ui/${defaultLocale}.yaml: check its spelling against the English file`,
          });
        } else if (holes(value) !== holes(original)) {
          problems.push({
            file: p.file,
            line: p.lineAt?.([key]),
            field: key,
            message: `found the placeholders "${holes(value) || 'none'}", expected "${holes(original)}" as in English: keep each {name} exactly as it is`,
          });
        }
        return problems;
      }),
    );
};

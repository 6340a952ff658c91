/**
 * English country and continent names left standing in a translation written in another script,
 * where the language has its own name for them. Applies to the languages with a glossary.
 */
import { translated } from './glossary.ts';
import { englishPlacesIn } from './names.ts';
import type { Check } from './content.ts';
import type { Problem } from './problems.ts';

export const checkEnglishNames: Check = (content) =>
  translated(content)
    .filter(({ entry, lang }) => entry.collection !== 'ui' && new Intl.Locale(lang).maximize().script !== 'Latn')
    .flatMap(({ entry: p, glossary, glossaryFile, label, pairs, lineOfText }) => {
      const entries = [...glossary.terms, ...(glossary.names ?? [])];
      const agreed = entries.flatMap((e) => e.use);
      return pairs.flatMap(({ tr }) =>
        englishPlacesIn(tr, agreed).map(({ name }): Problem => {
          const entry = entries.find((e) => e.en === name);
          return {
            file: p.file,
            line: lineOfText(name),
            message: `found the English name "${name}" in the text: write it as ${label} writes it${entry ? ` (${glossaryFile}: "${entry.use[0]}")` : ''}. English may stay in brackets after an organisation's or a law's name, in a quote, or where ${glossaryFile} lists it as the agreed form`,
          };
        }),
      );
    });

/**
 * One glossary per language (content/glossary/<language>.yaml): the agreed translation of the
 * site's recurring terms, so "social and solidarity economy" or a dimension's name reads the same
 * on every page. The content check holds every translation to its language's glossary.
 * Free of Astro imports.
 */
import { z } from 'astro/zod';

/** Terms every glossary must translate. */
export const requiredTerms = [
  'social and solidarity economy',
  'Asian Solidarity Economy Council',
  'Five Dimensions',
  'Socially Responsible Governance',
  'Edifying Ethical Values',
  'Socio-Economic Benefits of the Community',
  'Ecological Conservation',
  'Economic Sustainability',
] as const;

const term = z.strictObject({
  /** The English term, as it appears in English pages. */
  en: z.string().trim().min(1),
  /** The translation; further entries are grammatical forms that also count (first is preferred). */
  use: z
    .array(z.string().trim().min(1))
    .min(1, { error: 'list at least one translation of the term, for example use: ["เศรษฐกิจสังคมและสมานฉันท์"]' }),
  note: z.string().optional(),
});

/** What kind of name an entry is: places and bodies take the reader's language's established name. */
export const nameKinds = ['country', 'city', 'region', 'continent', 'un-body', 'law', 'institution', 'organisation'] as const;

/** A name: as a term (English form, agreed forms in this language, a note), and its kind. */
const name = term.extend({ kind: z.enum(nameKinds, { error: `expected one of: ${nameKinds.join(', ')}` }) });

export const glossarySchema = z
  .strictObject({ terms: z.array(term).min(1), names: z.array(name).optional() })
  .superRefine((glossary, ctx) => {
    const have = new Set(glossary.terms.map((t) => t.en.toLowerCase()));
    for (const required of requiredTerms) {
      if (!have.has(required.toLowerCase())) {
        ctx.addIssue({
          code: 'custom',
          path: ['terms'],
          input: undefined,
          message: `the term "${required}" is missing: every glossary translates it, for example\n  - en: "${required}"\n    use: ["…"]`,
        });
      }
    }
  });

export type Glossary = z.infer<typeof glossarySchema>;

/** Front-matter fields that are not translated prose (copied as they are, or codes). */
const untranslated = new Set(['sources', 'translation', 'code', 'nativeNames', 'languages', 'order', 'country', 'portrait', 'date']);

/** The translatable text of a content file: its prose fields and its body. */
export function proseOf(frontMatter: unknown, body = ''): string {
  const parts: string[] = [body];
  const walk = (value: unknown) => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) if (!untranslated.has(key)) walk(child);
    }
  };
  walk(frontMatter);
  return parts.join('\n');
}

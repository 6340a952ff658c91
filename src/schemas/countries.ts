/** A member country (content/countries/<language>/<country>.md): codes, names, languages, sourced facts. */
import { z } from 'astro/zod';
import { checkSourceRefs, countryCode, languageTag, sourceRef, sourceSchema, text, translationSchema } from './fields.ts';

const fact = z.strictObject({
  text: text('"The Cooperative Societies Act 2001 governs cooperatives."'),
  source: sourceRef,
});

export const countrySchema = z
  .strictObject({
    name: text('"Bangladesh"'),
    code: countryCode,
    /** The country's name in its own language(s), each with its language tag. */
    nativeNames: z.array(z.strictObject({ name: text('"বাংলাদেশ"'), lang: languageTag })).min(1),
    languages: z.array(languageTag).min(1),
    facts: z.array(fact).default([]),
    sources: z.array(sourceSchema).default([]),
    translation: translationSchema.optional(),
  })
  .superRefine((data, ctx) =>
    checkSourceRefs(data, data.facts.map((f, i) => ({ path: ['facts', i, 'source'], sources: f.source })), ctx),
  );

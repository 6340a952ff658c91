/** A member country (content/countries/<language>/<country>.md): codes, names, languages, sourced facts. */
import { z } from 'astro/zod';
import { checkSourceRefs, countryCode, languageTag, sourceRef, sourceSchema, text, translationSchema } from './fields.ts';

const fact = z.strictObject({
  text: text('"The Cooperative Societies Act 2001 governs cooperatives."').meta({ examples: ['NEFSCUN was formed in 1988.'] }),
  source: sourceRef,
});

export const countrySchema = z
  .strictObject({
    name: text('"Bangladesh"').meta({ examples: ['Nepal'] }),
    code: countryCode.meta({ examples: ['NP'] }),
    /** The country's name in its own language(s), each with its language tag. */
    nativeNames: z
      .array(z.strictObject({ name: text('"বাংলাদেশ"').meta({ examples: ['नेपाल'] }), lang: languageTag.meta({ examples: ['ne'] }) }))
      .min(1),
    languages: z
      .array(languageTag)
      .min(1)
      .meta({ examples: [['ne-NP']] }),
    facts: z.array(fact).default([]),
    sources: z
      .array(sourceSchema)
      .meta({ examples: [[{ title: 'Co-op News', url: 'https://thenews.coop/nepal-celebrates-national-co-operative-day' }]] })
      .default([]),
    translation: translationSchema.optional(),
  })
  .superRefine((data, ctx) =>
    checkSourceRefs(
      data,
      data.facts.map((f, i) => ({ path: ['facts', i, 'source'], sources: f.source })),
      ctx,
    ),
  );

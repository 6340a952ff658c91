/** A leader's biography (content/people/<language>/<name>.md). */
import { z } from 'astro/zod';
import { countryCode, sourceSchema, text, translationSchema } from './fields.ts';

/**
 * People have an optional portrait; `image` is Astro's image() helper in the build and a plain
 * path check in the content checker.
 */
export const personSchema = <Img extends z.ZodType>(image: Img) =>
  z.strictObject({
    name: text('"Denison Jayasooria"').meta({ examples: ['Eri Trinurini Adhi'] }),
    honorific: z
      .string()
      .trim()
      .min(1)
      .meta({ examples: ['Dr'] })
      .optional(),
    role: text('"Chairman of ASEC"').meta({ examples: ['Board Member of RIPESS'] }),
    organisation: text('"Asian Solidarity Economy Council (ASEC)"').meta({ examples: ['Asian Solidarity Economy Council (ASEC)'] }),
    country: countryCode.meta({ examples: ['ID'] }).optional(),
    /** Position in lists of leaders: 1 comes first. */
    order: z
      .number()
      .int()
      .min(1)
      .meta({ examples: [3] }),
    portrait: z
      .strictObject({
        src: image,
        alt: text('"Portrait of Denison Jayasooria speaking at a forum"'),
      })
      .meta({ examples: [{ src: './eri-trinurini-adhi.jpg', alt: 'Dr Eri Trinurini Adhi speaking at a forum' }] })
      .optional(),
    sources: z
      .array(sourceSchema)
      .min(1, { error: 'a biography needs at least one source: add its title and url under "sources"' })
      .meta({ examples: [[{ title: 'ASEC, governance', url: 'https://asec-sse.com/governance' }]] }),
    translation: translationSchema.optional(),
  });

/** A leader's biography (content/people/<language>/<name>.md). */
import { z } from 'astro/zod';
import { countryCode, sourceSchema, text, translationSchema } from './fields.ts';

/**
 * People have an optional portrait; `image` is Astro's image() helper in the build and a plain
 * path check in the content checker.
 */
export const personSchema = <Img extends z.ZodType>(image: Img) =>
  z.strictObject({
    name: text('"Denison Jayasooria"'),
    honorific: z.string().trim().min(1).optional(),
    role: text('"Chairman of ASEC"'),
    organisation: text('"Asian Solidarity Economy Council (ASEC)"'),
    country: countryCode.optional(),
    /** Position in lists of leaders: 1 comes first. */
    order: z.number().int().min(1),
    portrait: z
      .strictObject({
        src: image,
        alt: text('"Portrait of Denison Jayasooria speaking at a forum"'),
      })
      .optional(),
    sources: z.array(sourceSchema).min(1, { error: 'a biography needs at least one source: add its title and url under "sources"' }),
    translation: translationSchema.optional(),
  });

/** A page of text (content/pages/<language>/<name>.md): About, History, the SSE definition, … */
import { z } from 'astro/zod';
import { checkSourceRefs, partialDate, sourceRef, sourceSchema, text, translationSchema } from './fields.ts';

const event = z.strictObject({
  date: partialDate,
  text: text('"RIPESS was incorporated in Canada."').meta({ examples: ['The Lima meeting opens.'] }),
  source: sourceRef,
});

export const pageSchema = z
  .strictObject({
    title: text('"History"').meta({ examples: ['History'] }),
    description: text('"How the movement grew from Lima in 1997 to ASEC."')
      .max(200)
      .meta({ examples: ['How the movement grew from Lima in 1997 to ASEC.'] }),
    /** Dated milestones, shown as a timeline after the body (History page). */
    events: z.array(event).optional(),
    sources: z
      .array(sourceSchema)
      .meta({ examples: [[{ title: 'RIPESS, History', url: 'https://www.ripess.org/who-are-we/history/?lang=en' }]] })
      .default([]),
    translation: translationSchema.optional(),
  })
  .superRefine((data, ctx) =>
    checkSourceRefs(
      data,
      (data.events ?? []).map((e, i) => ({ path: ['events', i, 'source'], sources: e.source })),
      ctx,
    ),
  );

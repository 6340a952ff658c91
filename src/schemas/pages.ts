/** A page of text (content/pages/<language>/<name>.md): About, History, the SSE definition, … */
import { z } from 'astro/zod';
import { checkSourceRefs, partialDate, sourceRef, sourceSchema, text, translationSchema } from './fields.ts';

const event = z.strictObject({
  date: partialDate,
  text: text('"RIPESS was incorporated in Canada."'),
  source: sourceRef,
});

export const pageSchema = z
  .strictObject({
    title: text('"History"'),
    description: text('"How the movement grew from Lima in 1997 to ASEC."').max(200),
    /** Dated milestones, shown as a timeline after the body (History page). */
    events: z.array(event).optional(),
    sources: z.array(sourceSchema).default([]),
    translation: translationSchema.optional(),
  })
  .superRefine((data, ctx) =>
    checkSourceRefs(data, (data.events ?? []).map((e, i) => ({ path: ['events', i, 'source'], sources: e.source })), ctx),
  );

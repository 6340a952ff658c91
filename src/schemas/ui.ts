/** Interface strings of one language (content/ui/<language>.yaml). */
import { z } from 'astro/zod';
import { describe } from './messages.ts';

/** Interface strings of one language; the content check compares their keys with English's. */
export const uiSchema = z.record(
  z.string().regex(/^[a-z][a-zA-Z]*(\.[a-zA-Z]+)*$/, {
    error: (iss) => `found the name ${describe(iss.input)}, expected a name like nav.home (letters and dots)`,
  }),
  z
    .string({ error: (iss) => `found ${describe(iss.input)}, expected text, for example: nav.home: Home` })
    .trim()
    .min(1, { error: 'this string is empty: write the text, for example: nav.home: Home' }),
  { error: (iss) => `found ${describe(iss.input)}, expected lines of the form name: text, for example: nav.home: Home` },
);

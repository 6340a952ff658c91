/**
 * The building blocks of the content schemas: text, web addresses, sources and citations, dates,
 * language tags, country codes and the translation record; each explains itself when it fails.
 */
import { z } from 'astro/zod';
import { memberCodes } from '../site/members.ts';
import { describe } from './messages.ts';

export const text = (example: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `this field is empty: write some text, for example: ${example}` });

/** A web address, http(s) only: `javascript:` and the like never reach a page. */
const webAddress = z.url({
  protocol: /^https?$/,
  error: (iss) => `found ${describe(iss.input)}, expected a full web address starting with https:// (for example https://www.ripess.org/)`,
});

/** A source backing a fact: the title names the publisher and date; the URL is optional because
 * some sources (newspaper print editions, agency wires) have no stable address. */
export const sourceSchema = z.strictObject({
  title: text('"RIPESS, History (ripess.org)"'),
  url: webAddress.optional(),
});

/** A number pointing into the page's own `sources` list (1 = the first source). */
const sourceNumber = z.number().int().min(1);

/**
 * The source(s) of a fact or event: one number, or a list when the statement rests on several
 * (source: [1, 2]). Always a list once parsed.
 */
export const sourceRef = z
  .union([sourceNumber, z.array(sourceNumber).min(1)], {
    error: (iss) =>
      `found ${describe(iss.input)}, expected the number of a source in this file's "sources" list, for example: source: 1 (or source: [1, 2] when it rests on two)`,
  })
  // On the input, as written, before the transform (Zod's JSON Schema of the input keeps them).
  .meta({ examples: [1, [1, 2]], description: 'or source: [1, 2] when it rests on two sources' })
  .transform((value) => (Array.isArray(value) ? value : [value]));

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A calendar date that may be partial (2011, 2011-11, 2011-11-01): history often knows only the year. */
export const partialDate = z
  .union([z.string(), z.number(), z.date()])
  .meta({ examples: ['1997-07-01', '1997-07', '1997'], description: 'or "1997-07", or "1997"' })
  .transform((value, ctx) => {
    const raw = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    const match = ISO_DATE.exec(raw);
    const [, y, m, d] = match ?? [];
    const valid =
      match && (!m || (Number(m) >= 1 && Number(m) <= 12)) && (!d || new Date(`${y}-${m}-${d}T00:00:00Z`).getUTCDate() === Number(d));
    if (!valid) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `found ${describe(raw)}, expected a date written YYYY, YYYY-MM or YYYY-MM-DD (for example 1997-07-01)`,
      });
      return z.NEVER;
    }
    return raw;
  });

/** A BCP 47 language tag whose language the runtime knows, e.g. "bn" or "zh-Hans-CN". */
const knownLanguages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
export const languageTag = z.string().superRefine((tag, ctx) => {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    canonical = undefined;
  }
  const language = canonical?.split('-')[0];
  if (!canonical || !language || !knownLanguages.of(language) || knownLanguages.of(language) === language) {
    ctx.addIssue({
      code: 'custom',
      input: tag,
      message: `found ${describe(tag)}, expected a language tag such as "bn", "th", "ur" or "zh-Hans" (BCP 47)`,
    });
  }
});

export const countryCode = z.enum(memberCodes, {
  error: (iss) =>
    `found ${describe(iss.input)}, expected the two-letter code (ISO 3166-1) of one of ASEC's 16 member countries: ${memberCodes.join(', ')}`,
});

/** Fields pointing at sources must point inside the file's own list. */
export function checkSourceRefs(
  data: { sources: unknown[] },
  refs: { path: (string | number)[]; sources: number[] }[],
  ctx: z.RefinementCtx,
) {
  for (const { path, sources } of refs) {
    const source = Math.max(...sources);
    if (source > data.sources.length) {
      ctx.addIssue({
        code: 'custom',
        path,
        input: source,
        message:
          data.sources.length === 0
            ? `this points to source ${source}, but the file has no "sources": add the source (title and url) that backs this fact`
            : `this points to source ${source}, but "sources" has only ${data.sources.length}: use a number from 1 to ${data.sources.length}`,
      });
    }
  }
}

/**
 * Set in every translation (never in English): which version of the English file it follows, and
 * whether a person has reviewed it. `npm run mark-translated -- <file>` writes `source`.
 */
export const translationSchema = z
  .strictObject({
    source: z
      .string()
      .regex(/^[0-9a-f]{12}$/, {
        error: (iss) =>
          `found ${describe(iss.input)}, expected the 12-character version code of the English file, which npm run mark-translated -- <this file> writes for you`,
      })
      .meta({ description: 'npm run mark-translated -- <file> writes it' }),
    reviewed: z.boolean().meta({ description: 'true once a person has checked the translation' }).default(false),
  })
  .meta({ examples: [{ source: '3f9a1c0b7d2e', reviewed: false }] });

/**
 * Every content schema of the site, in one place.
 *
 * Volunteers edit these files by hand, so each rule explains itself: messages say what was found
 * and what is expected, with an example. `src/content.config.ts` wires these schemas to the
 * collections; `scripts/check-content.ts` and the unit tests use them directly.
 */
import { z } from 'astro/zod';
import { memberCodes } from './members.ts';

/** Field names as a volunteer sees them in the file: `sources[2].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part + 1}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  return JSON.stringify(value);
}

const kindNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list (lines starting with "- ")',
  object: 'a group of indented fields',
  boolean: 'true or false',
  date: 'a date written YYYY-MM-DD',
};

/**
 * Plain-language wording for Zod's issue codes. Schema-specific messages (with examples) are
 * attached where the rule is declared; this covers the generic cases.
 */
z.config({
  customError(issue) {
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'invalid_type':
        if (input === undefined) return `this field is required but missing: expected ${kindNames[issue.expected] ?? issue.expected}`;
        return `found ${describe(input)}, expected ${kindNames[issue.expected] ?? issue.expected}`;
      case 'unrecognized_keys':
        return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
      case 'invalid_value':
        return `found ${describe(input)}, expected one of: ${issue.values.map(String).join(', ')}`;
      case 'too_small':
        if (issue.origin === 'string') return `found ${describe(input)}, expected at least ${issue.minimum} character(s)`;
        if (issue.origin === 'array') return `the list is empty or too short: expected at least ${issue.minimum} item(s)`;
        return `found ${describe(input)}, expected at least ${issue.minimum}`;
      case 'too_big':
        if (issue.origin === 'string') return `the text is too long (${String(input).length} characters): keep it to ${issue.maximum} or fewer`;
        return `found ${describe(input)}, expected at most ${issue.maximum}`;
      case 'invalid_format':
        if (issue.format === 'url') return `found ${describe(input)}, expected a full web address starting with https:// (for example https://www.ripess.org/)`;
        return `found ${describe(input)}, which is not in the expected ${issue.format} format`;
      default:
        return undefined;
    }
  },
});

const text = (example: string) =>
  z.string().trim().min(1, { error: `this field is empty: write some text, for example: ${example}` });

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
const sourceRef = z
  .union([sourceNumber, z.array(sourceNumber).min(1)], {
    error: (iss) => `found ${describe(iss.input)}, expected the number of a source in this file's "sources" list, for example: source: 1 (or source: [1, 2] when it rests on two)`,
  })
  .transform((value) => (Array.isArray(value) ? value : [value]));

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A calendar date that may be partial (2011, 2011-11, 2011-11-01): history often knows only the year. */
export const partialDate = z
  .union([z.string(), z.number(), z.date()])
  .transform((value, ctx) => {
    const raw = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    const match = ISO_DATE.exec(raw);
    const [, y, m, d] = match ?? [];
    const valid =
      match &&
      (!m || (Number(m) >= 1 && Number(m) <= 12)) &&
      (!d || new Date(`${y}-${m}-${d}T00:00:00Z`).getUTCDate() === Number(d));
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
function checkSourceRefs(
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
export const translationSchema = z.strictObject({
  source: z.string().regex(/^[0-9a-f]{12}$/, {
    error: (iss) => `found ${describe(iss.input)}, expected the 12-character version code of the English file, which npm run mark-translated -- <this file> writes for you`,
  }),
  reviewed: z.boolean().default(false),
});

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

/** Interface strings of one language; the content check compares their keys with English's. */
export const uiSchema = z.record(
  z.string().regex(/^[a-z][a-zA-Z]*(\.[a-zA-Z]+)*$/, { error: (iss) => `found the name ${describe(iss.input)}, expected a name like nav.home (letters and dots)` }),
  z.string({ error: (iss) => `found ${describe(iss.input)}, expected text, for example: nav.home: Home` }).trim().min(1, { error: 'this string is empty: write the text, for example: nav.home: Home' }),
  { error: (iss) => `found ${describe(iss.input)}, expected lines of the form name: text, for example: nav.home: Home` },
);

/**
 * A correct value for every front-matter field, as a volunteer would type it. Problems quote the
 * example for their field, and an unknown field is answered with the list of fields allowed.
 * Keys are field paths without list positions: "sources.url".
 */
export const fieldExamples = {
  pages: {
    title: 'title: "History"',
    description: 'description: "How the movement grew from Lima in 1997 to ASEC."',
    events: 'events:\n  - date: "1997-07-01"\n    text: "The Lima meeting opens."\n    source: 1',
    'events.date': 'date: "1997-07-01"  (or "1997-07", or "1997")',
    'events.text': 'text: "The Lima meeting opens."',
    'events.source': 'source: 1  (or source: [1, 2] when it rests on two sources)',
    sources: 'sources:\n  - title: "RIPESS, History"\n    url: "https://www.ripess.org/who-are-we/history/?lang=en"',
    'sources.title': 'title: "RIPESS, History"',
    'sources.url': 'url: "https://www.ripess.org/who-are-we/history/?lang=en"',

    translation: 'translation:\n  source: "3f9a1c0b7d2e"\n  reviewed: false',
    'translation.source': 'source: "3f9a1c0b7d2e"  (npm run mark-translated -- <file> writes it)',
    'translation.reviewed': 'reviewed: false  (true once a person has checked the translation)',
  },
  countries: {
    name: 'name: "Nepal"',
    code: 'code: "NP"',
    nativeNames: 'nativeNames:\n  - name: "नेपाल"\n    lang: "ne"',
    'nativeNames.name': 'name: "नेपाल"',
    'nativeNames.lang': 'lang: "ne"',
    languages: 'languages: ["ne-NP"]',
    facts: 'facts:\n  - text: "NEFSCUN was formed in 1988."\n    source: 1',
    'facts.text': 'text: "NEFSCUN was formed in 1988."',
    'facts.source': 'source: 1  (or source: [1, 2] when it rests on two sources)',
    sources: 'sources:\n  - title: "Co-op News"\n    url: "https://thenews.coop/nepal-celebrates-national-co-operative-day"',
    'sources.title': 'title: "Co-op News"',
    'sources.url': 'url: "https://thenews.coop/nepal-celebrates-national-co-operative-day"',
    translation: 'translation:\n  source: "3f9a1c0b7d2e"\n  reviewed: false',
    'translation.source': 'source: "3f9a1c0b7d2e"  (npm run mark-translated -- <file> writes it)',
    'translation.reviewed': 'reviewed: false  (true once a person has checked the translation)',
  },
  people: {
    name: 'name: "Eri Trinurini Adhi"',
    honorific: 'honorific: "Dr"',
    role: 'role: "Board Member of RIPESS"',
    organisation: 'organisation: "Asian Solidarity Economy Council (ASEC)"',
    country: 'country: "ID"',
    order: 'order: 3',
    portrait: 'portrait:\n  src: "./eri-trinurini-adhi.jpg"\n  alt: "Dr Eri Trinurini Adhi speaking at a forum"',
    'portrait.src': 'src: "./eri-trinurini-adhi.jpg"',
    'portrait.alt': 'alt: "Dr Eri Trinurini Adhi speaking at a forum"',
    sources: 'sources:\n  - title: "ASEC, governance"\n    url: "https://asec-sse.com/governance"',
    'sources.title': 'title: "ASEC, governance"',
    'sources.url': 'url: "https://asec-sse.com/governance"',
    translation: 'translation:\n  source: "3f9a1c0b7d2e"\n  reviewed: false',
    'translation.source': 'source: "3f9a1c0b7d2e"  (npm run mark-translated -- <file> writes it)',
    'translation.reviewed': 'reviewed: false  (true once a person has checked the translation)',
  },
} as const satisfies Record<'pages' | 'countries' | 'people', Record<string, string>>;

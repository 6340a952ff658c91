/**
 * What each collection's schema finds wrong in a file's data (the same schemas the build uses),
 * each at the line of its field, with an example or the fields allowed there.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { z } from 'astro/zod';
import { countrySchema, fieldExample, fieldNames, fieldPath, pageSchema, personSchema, uiSchema } from '../schemas/index.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { PICTURE, SVG, svgRefused } from './files.ts';
import { lineOf } from './yaml.ts';
import type { Check, Collection } from './content.ts';
import type { Problem } from './problems.ts';

export const schemaFor = (collection: Collection, root: string, file: string): z.ZodType => {
  switch (collection) {
    case 'pages':
      return pageSchema;
    case 'countries':
      return countrySchema;
    case 'ui':
      return uiSchema;
    case 'people':
      // Stand-in for Astro's image(): the path must name an image file next to the Markdown.
      return personSchema(
        z.string().superRefine((src, ctx) => {
          const target = join(root, dirname(file), src);
          if (SVG.test(src)) {
            ctx.addIssue({ code: 'custom', input: src, message: `found "${src}": ${svgRefused}` });
          } else if (!PICTURE.test(src)) {
            ctx.addIssue({
              code: 'custom',
              input: src,
              message: `found "${src}", expected a path to an image file (.jpg, .png, .webp, .avif or .gif), for example ./jayasooria.jpg`,
            });
          } else if (!existsSync(target)) {
            ctx.addIssue({
              code: 'custom',
              input: src,
              message: `found "${src}", but there is no such file next to this page: add the image or fix the path, for example ./jayasooria.jpg`,
            });
          }
        }),
      );
  }
};

function unknownKeyLines(doc: Document, counter: LineCounter, issue: z.core.$ZodIssue) {
  if (issue.code !== 'unrecognized_keys') return [];
  return issue.keys.map((key) => ({ key, line: lineOf(doc, counter, [...issue.path, key]) }));
}

// The front-matter schemas, for their fields and examples (the picture path's own check aside).
const frontMatterSchemas = { pages: pageSchema, countries: countrySchema, people: personSchema(z.string()) };

/** The example for a field (sources[2].url), to quote in its problem. */
function exampleFor(collection: Collection, path: readonly PropertyKey[]): string | undefined {
  return collection === 'ui' ? undefined : fieldExample(frontMatterSchemas[collection], path);
}

/** The fields allowed next to an unknown one, to suggest the right spelling. */
function allowedFields(collection: Collection, parent: readonly PropertyKey[], locale: string): string[] {
  if (collection === 'ui') return [];
  // The translation record (and what it holds) belongs in translations only.
  return fieldNames(frontMatterSchemas[collection], parent).filter(
    (key) => locale !== defaultLocale || (parent.find((p) => typeof p === 'string') ?? key) !== 'translation',
  );
}

const withExample = (message: string, example: string | undefined) =>
  example ? `${message}. Example:\n      ${example.replace(/\n/g, '\n      ')}` : message;

export const checkSchema: Check = ({ entries }) =>
  entries.flatMap(({ file, collection, locale, issues, yaml }): Problem[] => {
    if (!issues || !yaml) return [];
    const { doc, counter } = yaml;
    return issues.flatMap((issue) => {
      const unknown = unknownKeyLines(doc, counter, issue);
      if (unknown.length) {
        const allowed = allowedFields(collection, issue.path, locale);
        return unknown.map(({ key, line }) => ({
          file,
          line,
          field: fieldPath([...issue.path, key]),
          message: `unknown field: check the spelling, or remove it${allowed.length ? `. The fields allowed here are: ${allowed.join(', ')}` : ''}`,
        }));
      }
      return [
        {
          file,
          // An empty front matter has no line to point at: point at its start.
          line: lineOf(doc, counter, issue.path) ?? (collection !== 'ui' ? 1 : undefined),
          field: fieldPath(issue.path) || undefined,
          message: withExample(issue.message, exampleFor(collection, issue.path)),
        },
      ];
    });
  });

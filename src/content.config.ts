/** The content collections: each reads one folder of content/ and validates it with its schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { countrySchema, pageSchema, personSchema, uiSchema } from './schemas/index.ts';

// Ids keep the language folder: "en/about". Front matter cannot override them, so two files can
// never claim the same page.
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.(md|mdx|ya?ml)$/, '');

export const collections = {
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '**/*.{md,mdx}', generateId: byPath }),
    schema: pageSchema,
  }),
  countries: defineCollection({
    loader: glob({ base: './content/countries', pattern: '**/*.{md,mdx}', generateId: byPath }),
    schema: countrySchema,
  }),
  people: defineCollection({
    loader: glob({ base: './content/people', pattern: '**/*.{md,mdx}', generateId: byPath }),
    schema: ({ image }) => personSchema(image()),
  }),
  ui: defineCollection({
    loader: glob({ base: './content/ui', pattern: '*.yaml', generateId: byPath }),
    schema: uiSchema,
  }),
};

/**
 * Every content schema of the site, one file per concern: field building blocks (fields.ts), one
 * file per collection, and the wording of problems (messages.ts). Each field carries its example
 * (`.meta({ examples })`): messages quote it, and editors offer it from the JSON Schemas Astro
 * writes. Volunteers edit content by hand, so each rule explains itself: messages say what was
 * found and what is expected, with an example. `src/content.config.ts` wires the schemas to
 * the collections; the content check and the tests use them directly.
 */
export { exampleOf, fieldExample, fieldNames, fieldPath, plainLanguage } from './messages.ts';
export { countryCode, languageTag, partialDate, sourceSchema, translationSchema } from './fields.ts';
export { pageSchema } from './pages.ts';
export { countrySchema } from './countries.ts';
export { personSchema } from './people.ts';
export { uiSchema } from './ui.ts';

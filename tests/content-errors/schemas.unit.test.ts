import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { countrySchema, fieldPath, pageSchema, partialDate, personSchema, plainLanguage } from '../../src/schemas/index.ts';
import { checkCountryCodes } from '../../src/content-check/country-codes.ts';
import { memberCodes } from '../../src/site/members.ts';

const validCountry = {
  name: 'Nepal',
  code: 'NP',
  nativeNames: [{ name: 'नेपाल', lang: 'ne' }],
  languages: ['ne-NP'],
  facts: [{ text: 'NEFSCUN was formed in 1988.', source: 1 }],
  sources: [{ title: 'Co-op News', url: 'https://thenews.coop/nepal-celebrates-national-co-operative-day' }],
};
const validPage = { title: 'History', description: 'From Lima to ASEC.', sources: [{ title: 'RIPESS, History' }] };
const person = personSchema(z.string());
const validPerson = { name: 'A Person', role: 'Founder of ASEC', organisation: 'ASEC', order: 1, sources: [{ title: 'ASEC, governance' }] };

/** The messages of a failed parse, each prefixed by its field as a volunteer reads it. */
function messages(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { error: plainLanguage });
  expect(result.success, 'expected the data to be rejected').toBe(false);
  return result.error!.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`);
}

describe('valid entries', () => {
  it('accepts a complete country, page and person', () => {
    expect(countrySchema.safeParse(validCountry).success).toBe(true);
    expect(pageSchema.safeParse(validPage).success).toBe(true);
    expect(person.safeParse(validPerson).success).toBe(true);
  });

  it('accepts every member code and a multi-script country', () => {
    for (const code of memberCodes) expect(countrySchema.safeParse({ ...validCountry, code }).success).toBe(true);
    const singapore = { ...validCountry, code: 'SG', languages: ['en-SG', 'ms-SG', 'zh-Hans-SG', 'ta-SG'] };
    expect(countrySchema.safeParse(singapore).success).toBe(true);
  });
});

describe('messages for volunteers', () => {
  it('names an unknown (misspelt) field', () => {
    expect(messages(countrySchema, { ...validCountry, nativName: 'x' })).toEqual([
      expect.stringMatching(/unknown field "nativName".*spelling/),
    ]);
  });

  it('explains a bad country code with the list of 16', () => {
    const [msg] = messages(countrySchema, { ...validCountry, code: 'XX' });
    expect(msg).toMatch(/^code: found "XX", expected the two-letter code/);
    expect(msg).toContain(memberCodes.join(', '));
  });

  it('rejects a country that is not a member, even with a real ISO code', () => {
    expect(messages(countrySchema, { ...validCountry, code: 'KR' })[0]).toMatch(/^code: found "KR"/);
  });

  it('explains a malformed URL', () => {
    const [msg] = messages(countrySchema, { ...validCountry, sources: [{ title: 'x', url: 'www.example' }] });
    expect(msg).toMatch(/^sources\[1\]\.url: found "www.example", expected a full web address starting with https:\/\//);
  });

  it('refuses javascript: and other non-web addresses', () => {
    expect(messages(pageSchema, { ...validPage, sources: [{ title: 'x', url: 'javascript:alert(1)' }] })[0]).toMatch(
      /^sources\[1\]\.url: found "javascript:alert\(1\)"/,
    );
  });

  it('says a missing title is required', () => {
    const { title: _omit, ...untitled } = validPage;
    expect(messages(pageSchema, untitled)).toEqual([expect.stringMatching(/^title: this field is required but missing: expected text/)]);
  });

  it('says an empty title needs text, with an example', () => {
    expect(messages(pageSchema, { ...validPage, title: '  ' })[0]).toMatch(/^title: this field is empty: write some text, for example/);
  });

  it('explains a malformed date and accepts partial dates', () => {
    const event = (date: unknown) => ({ ...validPage, events: [{ date, text: 'Lima meeting.', source: 1 }] });
    expect(messages(pageSchema, event('1997-13-01'))[0]).toMatch(
      /^events\[1\]\.date: found "1997-13-01", expected a date written YYYY, YYYY-MM or YYYY-MM-DD/,
    );
    expect(messages(pageSchema, event('1997-02-30'))[0]).toMatch(/found "1997-02-30"/);
    expect(messages(pageSchema, event('July 1997'))[0]).toMatch(/found "July 1997"/);
    for (const ok of ['1997', '1997-07', '1997-07-01', 1997]) expect(pageSchema.safeParse(event(ok)).success).toBe(true);
    expect(partialDate.parse(new Date('2011-11-01T00:00:00Z'))).toBe('2011-11-01');
  });

  it('explains a wrong type', () => {
    expect(messages(countrySchema, { ...validCountry, languages: 'ne' })[0]).toMatch(/^languages: found "ne", expected a list/);
  });

  it('rejects an unknown language tag', () => {
    expect(messages(countrySchema, { ...validCountry, languages: ['xq-NP'] })[0]).toMatch(
      /^languages\[1\]: found "xq-NP", expected a language tag/,
    );
    expect(messages(countrySchema, { ...validCountry, languages: ['not a tag'] })[0]).toMatch(/^languages\[1\]: found "not a tag"/);
  });

  it('requires a source for every fact', () => {
    expect(messages(countrySchema, { ...validCountry, sources: [] })[0]).toMatch(
      /^facts\[1\]\.source: this points to source 1, but the file has no "sources"/,
    );
    expect(messages(countrySchema, { ...validCountry, facts: [{ text: 'x', source: 3 }] })[0]).toMatch(
      /^facts\[1\]\.source: this points to source 3, but "sources" has only 1/,
    );
    expect(messages(countrySchema, { ...validCountry, facts: [{ text: 'x' }] })[0]).toMatch(
      /^facts\[1\]\.source: found nothing, expected the number of a source/,
    );
  });

  it('requires alt text with a portrait', () => {
    expect(messages(person, { ...validPerson, portrait: { src: './p.jpg' } })).toEqual([
      expect.stringMatching(/^portrait\.alt: this field is required but missing/),
    ]);
    expect(person.safeParse({ ...validPerson, portrait: { src: './p.jpg', alt: 'Portrait of A Person' } }).success).toBe(true);
  });

  it('requires sources for a biography', () => {
    expect(messages(person, { ...validPerson, sources: [] })[0]).toMatch(/^sources: a biography needs at least one source/);
  });
});

describe('checks across files', () => {
  const all = memberCodes.map((code) => ({ file: `content/countries/en/${code}.md`, code }));

  it('passes one file per member country', () => {
    expect(checkCountryCodes(all, 'content/countries/en/')).toEqual([]);
  });

  it('reports a duplicate code with both files', () => {
    const problems = checkCountryCodes([...all, { file: 'content/countries/en/nepal-2.md', code: 'NP' }], 'content/countries/en/');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/countries/en/nepal-2.md', field: 'code' });
    expect(problems[0]!.message).toMatch(/found "NP", which content\/countries\/en\/NP\.md already uses/);
  });

  it('reports a missing member country', () => {
    const problems = checkCountryCodes(
      all.filter((c) => c.code !== 'SG'),
      'content/countries/en/',
    );
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/no file has code "SG"/)]);
  });
});

describe('wording of problems', () => {
  it("is plain language where the content check parses, and leaves Zod's own messages alone elsewhere", () => {
    // The schemas are imported above; Zod's messages for everyone else (Astro's config among them) are unchanged.
    expect(z.string().safeParse(1).error!.issues[0]!.message).toBe('Invalid input: expected string, received number');
    expect(z.string().safeParse(1, { error: plainLanguage }).error!.issues[0]!.message).toBe('found 1, expected text');
    expect(z.strictObject({ a: z.string() }).safeParse({ a: 'x', b: 1 }, { error: plainLanguage }).error!.issues[0]!.message).toBe(
      'unknown field "b": check the spelling, or remove it',
    );
  });
});

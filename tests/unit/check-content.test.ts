/**
 * The content checker over a copy of the real content/ with one mistake added at a time: each
 * report must name the file, the line, the field, what was found and what is expected.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatProblem } from '../../src/lib/checks.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A copy of content/ with `edits` applied: a file's new text, or a function of its old text. */
async function withContent(edits: Record<string, string | ((old: string) => string)>, languages?: string[]): Promise<string[]> {
  root = mkdtempSync(join(tmpdir(), 'asec-content-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    const text = typeof edit === 'string' ? edit : edit(readFileSync(path, 'utf8'));
    if (typeof edit !== 'string') expect(text, `the edit to ${file} changed nothing`).not.toBe(readFileSync(path, 'utf8'));
    writeFileSync(path, text);
  }
  return (await checkContent(root, languages)).map(formatProblem);
}

const nepal = 'content/countries/en/nepal.md';

describe('content checker', () => {
  it('finds no problem in the real content', async () => {
    expect((await checkContent(process.cwd())).map(formatProblem)).toEqual([]);
  });

  it('reports front matter that is not valid YAML, with its line', async () => {
    const [report, ...rest] = await withContent({ [nepal]: (s) => s.replace(/^name: .*$/m, 'name: "Nepal') });
    expect(rest).toEqual([]);
    expect(report).toMatch(/^content\/countries\/en\/nepal\.md:\d+ {2}the front matter is not valid YAML here .*for example title: "ASEC: who we are"/);
  });

  it('reports a file without front matter', async () => {
    expect(await withContent({ [nepal]: (s) => s.replace(/^---\n/, '') })).toEqual([expect.stringMatching(/^content\/countries\/en\/nepal\.md:1 {2}the file must start with front matter/)]);
  });

  it('reports a misspelt field at its line', async () => {
    const reports = await withContent({ [nepal]: (s) => s.replace(/^languages:/m, 'langauges:') });
    const line = readFileSync(join(root!, nepal), 'utf8').split('\n').findIndex((l) => l.startsWith('langauges:')) + 1;
    expect(reports).toContain(`${nepal}:${line}  field "langauges": unknown field: check the spelling against the fields this kind of file takes, or remove it`);
    expect(reports).toContainEqual(expect.stringMatching(/field "languages": this field is required but missing/));
  });

  it('reports a wrong type', async () => {
    expect(await withContent({ [nepal]: (s) => s.replace(/^name: .*$/m, 'name: 42') })).toEqual([expect.stringMatching(/nepal\.md:2 {2}field "name": found 42, expected text/)]);
  });

  it('reports a malformed URL and a malformed date', async () => {
    const reports = await withContent({
      [nepal]: (s) => s.replace(/url: "https:\/\/thenews\.coop\/nepal-celebrates-national-co-operative-day"/, 'url: "thenews.coop/nepal"'),
      'content/pages/en/history.md': (s) => s.replace(/date: "1997-07-01"/, 'date: "1997-07-32"'),
    });
    expect(reports).toContainEqual(expect.stringMatching(/^content\/countries\/en\/nepal\.md:\d+ {2}field "sources\[\d\]\.url": found "thenews\.coop\/nepal", expected a full web address/));
    expect(reports).toContainEqual(expect.stringMatching(/^content\/pages\/en\/history\.md:\d+ {2}field "events\[\d+\]\.date": found "1997-07-32", expected a date written YYYY, YYYY-MM or YYYY-MM-DD \(for example 1997-07-01\)/));
    expect(reports).toHaveLength(2);
  });

  it('reports an unknown country code and an unknown language', async () => {
    const reports = await withContent({ [nepal]: (s) => s.replace(/^code: .*$/m, 'code: "NE"').replace(/languages: .*$/m, 'languages: ["nepali"]') });
    expect(reports).toContainEqual(expect.stringMatching(/nepal\.md:3 {2}field "code": found "NE", expected the two-letter code .* NP, /));
    expect(reports).toContainEqual(expect.stringMatching(/nepal\.md:\d+ {2}field "languages\[1\]": found "nepali", expected a language tag/));
    expect(reports).toContainEqual(expect.stringMatching(/no file has code "NP"/));
  });

  it('reports two files for one country', async () => {
    const copy = readFileSync(join(process.cwd(), nepal), 'utf8');
    const reports = await withContent({ 'content/countries/en/nepal-again.md': copy });
    expect(reports).toEqual([expect.stringMatching(/^content\/countries\/en\/nepal\.md:3 {2}field "code": found "NP", which content\/countries\/en\/nepal-again\.md already uses/)]);
  });

  it('reports a duplicate slug: two files making the same page', async () => {
    const copy = readFileSync(join(process.cwd(), 'content/pages/en/about.md'), 'utf8');
    expect(await withContent({ 'content/pages/en/about.mdx': copy })).toEqual([
      expect.stringMatching(/^content\/pages\/en\/about\.mdx {2}content\/pages\/en\/about\.md already makes the page "about": two files cannot share a name/),
    ]);
  });

  it('reports a translation of a page that does not exist in English', async () => {
    const page = '---\ntitle: "Histoire"\ndescription: "De Lima à l’ASEC."\n---\nTexte.\n';
    expect(await withContent({ 'content/pages/th/history.md': page, 'content/pages/th/histroy.md': page }, ['en', 'th'])).toEqual([
      expect.stringMatching(/^content\/pages\/th\/histroy\.md {2}this is a translation of content\/pages\/en\/histroy\.md, which does not exist/),
    ]);
  });

  it('reports a file in a folder that is not a language of the site', async () => {
    const page = '---\ntitle: "Histoire"\ndescription: "De Lima à l’ASEC."\n---\nTexte.\n';
    expect(await withContent({ 'content/pages/fr/history.md': page })).toEqual([expect.stringMatching(/^content\/pages\/fr\/history\.md {2}"fr" is not a language of the site \(en\)/)]);
  });

  it('reports a fact with no source', async () => {
    const reports = await withContent({ [nepal]: (s) => s.replace(/^sources:[\s\S]*?(?=^---)/m, '') });
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) expect(r).toMatch(/field "facts\[\d\]\.source": this points to source \d, but the file has no "sources"/);
  });

  it('reports a portrait that is missing or has no alt text', async () => {
    const withPortrait = (portrait: string) => (s: string) => s.replace(/^order: (\d+)$/m, `order: $1\nportrait:\n${portrait}`);
    const file = 'content/people/en/eri-trinurini-adhi.md';
    expect(await withContent({ [file]: withPortrait('  src: "./adhi.jpg"\n  alt: "Portrait"') })).toEqual([expect.stringMatching(/field "portrait\.src": found "\.\/adhi\.jpg", but there is no such file next to this page/)]);
    expect(await withContent({ [file]: withPortrait('  src: "./adhi.jpg"'), 'content/people/en/adhi.jpg': 'x' })).toEqual([expect.stringMatching(/field "portrait\.alt": this field is required but missing/)]);
  });

  it('reports every problem at once, across files', async () => {
    const reports = await withContent({
      [nepal]: (s) => s.replace(/^name: .*$/m, 'name: 42'),
      'content/countries/en/japan.md': (s) => s.replace(/^code: .*$/m, 'code: "JA"'),
      'content/pages/en/about.md': (s) => s.replace(/^title: .*$/m, 'titel: "About"'),
    });
    expect(reports.filter((r) => r.includes('nepal.md'))).toHaveLength(1);
    expect(reports.filter((r) => r.includes('japan.md'))).toHaveLength(1);
    expect(reports.filter((r) => r.includes('about.md'))).toHaveLength(2);
  });

  it('reports MDX that cannot be compiled, at its line', async () => {
    const mdx = '---\ntitle: "Notes"\ndescription: "A page written in MDX."\n---\n\nFirst paragraph.\n\nA <b>bold claim\n';
    expect(await withContent({ 'content/pages/en/notes.mdx': mdx })).toEqual([
      expect.stringMatching(/^content\/pages\/en\/notes\.mdx:8 {2}the text cannot be read as MDX here: Expected a closing tag for `<b>`.*every tag must be closed/),
    ]);
    expect(await withContent({ 'content/pages/en/notes.mdx': mdx.replace('<b>bold claim', '<b>bold</b> claim') })).toEqual([]);
  });

  it('reports a file name that cannot become an address', async () => {
    const copy = readFileSync(join(process.cwd(), nepal), 'utf8');
    expect((await withContent({ [nepal]: '', 'content/countries/en/Nepal Country.md': copy })).some((r) => /Nepal Country.*use lower-case letters/.test(r))).toBe(true);
  });
});

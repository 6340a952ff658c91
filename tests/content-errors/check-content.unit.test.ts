/**
 * The content checker, run over a copy of the real content/ with one broken fixture laid on top
 * (tests/content-errors/fixtures/<case>/). Each report must name the file and line, the field,
 * what was found and what is expected, with an example where a field is involved.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { checkContent } from '../../src/content-check/index.ts';
import { formatProblem } from '../../src/content-check/problems.ts';
import { maxTextBytes } from '../../src/content-check/files.ts';
import { defaultLocale } from '../../src/i18n/locales.ts';

const fixtures = join(process.cwd(), 'tests/content-errors/fixtures');
let root: string | undefined;
/** Removes the copy made last (a test may make two). */
function removeCopy() {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
}
afterEach(removeCopy);

/** content/, its collection folders, and the English files in them; no translation or glossary. */
function isEnglishOriginal(path: string): boolean {
  const [, collection, locale] = relative(process.cwd(), path).split(sep);
  if (!collection) return true;
  if (collection === 'glossary') return false;
  if (collection === 'ui') return !locale || locale === `${defaultLocale}.yaml`;
  return !locale || locale === defaultLocale;
}

/** Reports for the English content with fixture `name` laid over it. */
async function reportsWith(name: string, languages?: string[]): Promise<string[]> {
  removeCopy();
  root = mkdtempSync(join(tmpdir(), 'asec-content-'));
  // The English originals only: translations in progress must not change what a fixture reports.
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true, filter: isEnglishOriginal });
  cpSync(join(fixtures, name), root, { recursive: true });
  return (await checkContent(root, languages)).map(formatProblem);
}

/** Line number of the first line of a fixture file matching `pattern`. */
function lineIn(name: string, file: string, pattern: RegExp): number {
  const index = readFileSync(join(fixtures, name, file), 'utf8')
    .split('\n')
    .findIndex((l) => pattern.test(l));
  expect(index, `${pattern} in ${name}/${file}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

const nepal = 'content/countries/en/nepal.md';

describe('content checker', () => {
  it('finds no problem in the real content', async () => {
    root = undefined;
    expect((await checkContent(process.cwd())).map(formatProblem)).toEqual([]);
  });

  it('front matter that is not valid YAML', async () => {
    expect(await reportsWith('invalid-yaml')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${nepal}:${lineIn('invalid-yaml', nepal, /^name:/)} {2}the front matter is not valid YAML here \\(.+\\)\\. Each line should look like "field: value".*for example title: "ASEC: who we are"`,
        ),
      ),
    ]);
  });

  it('a file without front matter', async () => {
    expect(await reportsWith('no-front-matter')).toEqual([
      expect.stringMatching(new RegExp(`^${nepal}:1 {2}the file must start with front matter: a line "---"`)),
    ]);
  });

  it('a missing field', async () => {
    expect(await reportsWith('missing-field')).toEqual([
      expect.stringMatching(
        /^content\/pages\/en\/about\.md:2 {2}field "title": this field is required but missing: expected text\. Example:\n\s+title: "History"$/,
      ),
    ]);
  });

  it('a misspelt field, with the fields allowed', async () => {
    const line = lineIn('misspelt-field', nepal, /^langauges:/);
    expect(await reportsWith('misspelt-field')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${nepal}:2 {2}field "languages": this field is required but missing: expected a list .*Example:\\n\\s+languages: \\["ne-NP"\\]`,
        ),
      ),
      `${nepal}:${line}  field "langauges": unknown field: check the spelling, or remove it. The fields allowed here are: name, code, nativeNames, languages, facts, sources`,
    ]);
  });

  it('a wrong type', async () => {
    expect(await reportsWith('wrong-type')).toEqual([
      expect.stringMatching(new RegExp(`^${nepal}:2 {2}field "name": found 42, expected text\\. Example:\\n\\s+name: "Nepal"$`)),
    ]);
  });

  it('a malformed date', async () => {
    const file = 'content/pages/en/history.md';
    expect(await reportsWith('malformed-date')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file}:${lineIn('malformed-date', file, /date: "1997-07-32"/)} {2}field "events\\[\\d+\\]\\.date": found "1997-07-32", expected a date written YYYY, YYYY-MM or YYYY-MM-DD .*Example:\\n\\s+date: "1997-07-01"`,
        ),
      ),
    ]);
  });

  it('a malformed URL', async () => {
    expect(await reportsWith('malformed-url')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${nepal}:${lineIn('malformed-url', nepal, /thenews\.coop\/nepal"/)} {2}field "sources\\[1\\]\\.url": found "thenews\\.coop/nepal", expected a full web address starting with https://.*Example:\\n\\s+url: "https://`,
        ),
      ),
    ]);
  });

  it('an unknown country code', async () => {
    const reports = await reportsWith('unknown-country-code');
    expect(reports).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${nepal}:3 {2}field "code": found "NE", expected the two-letter code \\(ISO 3166-1\\) of one of ASEC's 16 member countries: .*NP.*Example:\\n\\s+code: "NP"`,
        ),
      ),
    );
    expect(reports).toContainEqual(expect.stringMatching(/^content\/countries\/en\/ {2}no file has code "NP"/));
    expect(reports).toHaveLength(2);
  });

  it('an unknown language', async () => {
    expect(await reportsWith('unknown-language')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${nepal}:7 {2}field "languages\\[1\\]": found "nepali", expected a language tag such as "bn", "th", "ur" or "zh-Hans" \\(BCP 47\\)`,
        ),
      ),
    ]);
  });

  it('a duplicate slug: two files making one page', async () => {
    expect(await reportsWith('duplicate-slug')).toEqual([
      'content/pages/en/about.mdx  content/pages/en/about.md already makes the page "about": two files cannot share a name; rename or remove one',
    ]);
  });

  it('two files for one country', async () => {
    expect(await reportsWith('duplicate-country')).toEqual([
      expect.stringMatching(
        new RegExp(`^${nepal}:3 {2}field "code": found "NP", which content/countries/en/nepal-again\\.md already uses`),
      ),
    ]);
  });

  it('a translation of a page that does not exist in English', async () => {
    expect(await reportsWith('translation-without-original')).toEqual([
      'content/pages/th/histroy.md  this is a translation of content/pages/en/histroy.md, which does not exist: translations need the English page first (check the file name)',
    ]);
  });

  it('a file in a folder that is not a language of the site', async () => {
    expect(await reportsWith('unknown-language-folder')).toEqual([
      expect.stringMatching(/^content\/pages\/xx\/about\.md {2}"xx" is not a language of the site \(en, bn, .*zh-hans\)/),
    ]);
  });

  it('a translation without its translation record, and an English file with one', async () => {
    const reports = await reportsWith('translation-record');
    expect(reports).toEqual([
      'content/pages/en/network.md  field "translation": English files are the originals: remove the "translation" field (it belongs in translations only)',
      expect.stringMatching(
        /^content\/pages\/th\/network\.md {2}field "translation": a translation must say which version of the English page it follows\. Paste these lines at the end of the front matter, just before its closing ---:\n {6}translation:\n {8}source: "[0-9a-f]{12}"\n {8}reviewed: false\n {4}\(or, on your computer: npm run mark-translated -- content\/pages\/th\/network\.md\)$/,
      ),
    ]);
    // A volunteer in GitHub's web editor pastes exactly what it says, and the file then passes.
    const pasted = /:\n((?: {6}.*\n?)+)/
      .exec(reports[1]!)![1]!
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(6))
      .join('\n');
    const file = join(root!, 'content/pages/th/network.md');
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 3);
    writeFileSync(file, `${text.slice(0, end)}\n${pasted}${text.slice(end)}`);
    const after = (await checkContent(root!)).map(formatProblem);
    expect(after.filter((r) => r.startsWith('content/pages/th/network.md'))).toEqual([]);
  });

  it("a translation that does not use its glossary's term", async () => {
    expect(await reportsWith('glossary-term')).toEqual([
      'content/pages/th/home.md  the English text says "social and solidarity economy", which content/glossary/th.yaml translates as "เศรษฐกิจสังคมและสมานฉันท์", but this translation does not use it: use the glossary\'s term, or add the form this sentence needs to its "use" list',
    ]);
  });

  it('a glossary without one of the required terms', async () => {
    expect(await reportsWith('glossary-incomplete')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/glossary/th\\.yaml:${lineIn('glossary-incomplete', 'content/glossary/th.yaml', /^ {2}- en:/)} {2}field "terms": the term "Economic Sustainability" is missing: every glossary translates it`,
        ),
      ),
    ]);
  });

  it('a link to a page that does not exist, with a suggestion', async () => {
    const file = 'content/pages/en/network.md';
    expect(await reportsWith('broken-link')).toEqual([
      `${file}:${lineIn('broken-link', file, /countries\/japn/)}  the link "/countries/japn/" goes to a page that does not exist: did you mean /countries/japan/? Links between pages look like [Japan](/countries/japan/)`,
    ]);
  });

  it('a value starting with *, & or ! without quotes', async () => {
    expect(await reportsWith('unquoted-special-character')).toEqual([
      expect.stringMatching(
        /^content\/pages\/en\/news\.md:2 {2}the front matter is not valid YAML here \(.+\)\. .*starts with a quote, \*, & or !, inside double quotes/,
      ),
      'content/pages/en/partners.md:2  found "&amp;": a value starting with *, & or ! must be written in double quotes, for example title: "*Important* news"',
    ]);
  });

  it('relative and protocol-relative links, but not code that looks like a link', async () => {
    expect(await reportsWith('relative-link')).toEqual([
      'content/pages/en/reading.md:6  the link "./about.md" is relative: links between pages start from the site root, like [Japan](/countries/japan/); here probably /about/',
      'content/pages/en/reading.md:6  the link "//www.ripess.org/" has no https: at the start: write the full address, for example https://www.ripess.org/',
    ]);
  });

  it('links in raw HTML, read as HTML: not in a comment, whatever their attributes or encoding', async () => {
    const file = 'content/pages/en/notes.md';
    expect(await reportsWith('raw-html-links')).toEqual([
      expect.stringMatching(
        new RegExp(`^${file}:${lineIn('raw-html-links', file, /more > less/)} {2}the link "/nope/" goes to a page that does not exist`),
      ),
      expect.stringMatching(
        new RegExp(`^${file}:${lineIn('raw-html-links', file, /encoded/)} {2}the link "/missing/" goes to a page that does not exist`),
      ),
    ]);
  });

  it('an image on another website, in raw HTML with single quotes', async () => {
    expect(await reportsWith('remote-image')).toEqual([
      expect.stringMatching(
        /^content\/pages\/en\/photos\.md:6 {2}the image "https:\/\/images\.example\.org\/forum\.jpg" is on another website: save it in the repository/,
      ),
    ]);
  });

  it('a citation of a source the page does not list', async () => {
    const file = 'content/pages/en/about.md';
    expect(await reportsWith('citation-beyond-sources')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file}:${lineIn('citation-beyond-sources', file, /source-9/)} {2}the link "#source-9" cites source 9, but "sources" has only \\d: add the source under "sources", or use a number from 1 to \\d$`,
        ),
      ),
    ]);
  });

  it('an image that is missing', async () => {
    const file = 'content/pages/en/five-dimensions.md';
    expect(await reportsWith('image-missing')).toEqual([
      `${file}:${lineIn('image-missing', file, /chart\.png/)}  the image "./five-dimensions-chart.png" does not exist: put the file next to this page, or fix the name, for example ./forum-2018.jpg`,
    ]);
  });

  it('an image without alt text', async () => {
    const file = 'content/pages/en/five-dimensions.md';
    expect(await reportsWith('image-without-alt')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file}:${lineIn('image-without-alt', file, /chart\.png/)} {2}the image "\\./chart\\.png" has no alt text: describe it for people who cannot see it`,
        ),
      ),
    ]);
  });

  it('a portrait that is missing, or has no alt text', async () => {
    const file = 'content/people/en/eri-trinurini-adhi.md';
    expect(await reportsWith('portrait-missing')).toEqual([
      expect.stringMatching(
        /field "portrait\.src": found "\.\/eri-trinurini-adhi\.jpg", but there is no such file next to this page.*Example:\n\s+src: /,
      ),
    ]);
    expect(await reportsWith('portrait-without-alt')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file}:${lineIn('portrait-without-alt', file, /^portrait:/)} {2}field "portrait\\.alt": this field is required but missing: expected text\\. Example:\\n\\s+alt: "`,
        ),
      ),
    ]);
  });

  it('a fact with no source', async () => {
    const fact = (n: number, source: number) =>
      expect.stringMatching(
        new RegExp(
          `^${nepal}:\\d+ {2}field "facts\\[${n}\\]\\.source": this points to source ${source}, but the file has no "sources": add the source \\(title and url\\) that backs this fact\\. Example:\\n\\s+source: 1 {2}\\(or source: \\[1, 2\\] when it rests on two sources\\)$`,
        ),
      );
    expect(await reportsWith('fact-without-source')).toEqual([
      fact(1, 1),
      fact(2, 2),
      fact(3, 1),
      // The text's citation of source 3 is reported too.
      expect.stringMatching(
        /the link "#source-3" cites source 3, but the file lists no "sources": add the source \(title and url\) under "sources"$/,
      ),
    ]);
  });

  it('SVG pictures, wherever they are and whatever their name, since they can carry scripts', async () => {
    const svg =
      'SVG images can carry scripts, so the site does not publish them from content/: save the image as PNG, JPEG or WebP, or ask a maintainer';
    const page = 'content/pages/en/photos.md';
    const person = 'content/people/en/eri-trinurini-adhi.md';
    expect(await reportsWith('svg-image')).toEqual([
      `content/pages/en/chart.svg  ${svg}`,
      `content/pages/en/forum.png  this file is an SVG image under another name. ${svg}`,
      `${page}:${lineIn('svg-image', page, /chart\.svg/)}  the image "./chart.svg": ${svg}`,
      expect.stringMatching(
        new RegExp(
          `^${person}:${lineIn('svg-image', person, /eri.svg/)} {2}field "portrait.src": found "./eri.svg": SVG images can carry scripts`,
        ),
      ),
      `content/people/en/eri.svg  ${svg}`,
    ]);
  });

  it('text that is not UTF-8, in a page and in interface strings, at its line', async () => {
    const message =
      'this line is not valid UTF-8 text (it would show as �): save the file as UTF-8 in your editor ("Save with encoding" / "Encoding: UTF-8"), then check the letters on this line';
    expect(await reportsWith('not-utf8', ['en', 'th'])).toEqual([
      `content/pages/en/notes.md:${lineIn('not-utf8', 'content/pages/en/notes.md', /Quezon/)}  ${message}`,
      `content/ui/th.yaml:1  ${message}`,
    ]);
  });

  it('invisible direction controls in a title and in the text', async () => {
    const file = 'content/pages/en/notes.md';
    expect(await reportsWith('bidi-control')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file}:${lineIn('bidi-control', file, /^title:/)} {2}this line holds an invisible direction control character \\(U\\+202E RIGHT-TO-LEFT OVERRIDE\\)`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^${file}:${lineIn('bidi-control', file, /isolate/)} {2}this line holds an invisible direction control character \\(U\\+2066 LEFT-TO-RIGHT ISOLATE\\)`,
        ),
      ),
    ]);
  });

  it('a page far larger than any page should be, at the line where it passes the limit', async () => {
    root = mkdtempSync(join(tmpdir(), 'asec-content-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true, filter: isEnglishOriginal });
    // A paste gone wrong: the same paragraph 60,000 times (about 10 MB).
    const paragraph = 'ASEC brings together partners and members in 16 countries of Asia.\n';
    writeFileSync(
      join(root, 'content/pages/en/notes.md'),
      `---\ntitle: "Notes"\ndescription: "A very long page."\n---\n\n${paragraph.repeat(60_000)}`,
    );
    const line = 5 + Math.ceil((maxTextBytes - 50) / Buffer.byteLength(paragraph));
    const reports = (await checkContent(root)).map(formatProblem);
    expect(reports).toEqual([
      expect.stringMatching(/^content\/pages\/en\/notes\.md:\d+ {2}the file is 4\d{3} KB, larger than a page can be \(200 KB/),
    ]);
    expect(Number(/:(\d+) /.exec(reports[0]!)?.[1])).toBeGreaterThanOrEqual(line - 1);
    expect(Number(/:(\d+) /.exec(reports[0]!)?.[1])).toBeLessThanOrEqual(line + 1);
  });

  it('an empty interface-strings file, which Astro itself would stop on', async () => {
    expect(await reportsWith('empty-ui', ['en', 'th'])).toEqual([
      'content/ui/th.yaml:1  the file holds no interface strings: write them as "key: text" lines, as content/ui/en.yaml does (for example nav.home: "…"); strings left out are shown in English',
    ]);
  });

  it('a picture whose width and height cannot be read, which Astro itself would stop on', async () => {
    expect(await reportsWith('image-without-size')).toEqual([
      'content/pages/en/forum-2018.png  this file is not a picture the site can read (no width and height found in it): it may be damaged or not an image at all. Open it in an image program and save it again as PNG, JPEG or WebP',
    ]);
  });

  it('a glossary for a language the site does not have', async () => {
    expect(await reportsWith('glossary-unknown-language', ['en', 'th'])).toEqual([
      'content/glossary/fr.yaml  "fr" is not a translated language of the site (th), so this glossary would be ignored: rename the file after the language\'s code, for example content/glossary/th.yaml',
    ]);
  });

  it('a javascript: link, and raw HTML the build would remove, so a volunteer who only builds sees it', async () => {
    const file = 'content/pages/en/notes.md';
    const at = (pattern: RegExp) => `${file}:${lineIn('unsafe-markdown', file, pattern)}`;
    expect(await reportsWith('unsafe-markdown')).toEqual([
      `${at(/javascript:/)}  the link "javascript:alert(document.cookie)" starts with "javascript:", which the site does not allow (the build removes the link): link to a web address starting with https://, or to a page of this site, like [Japan](/countries/japan/)`,
      `${at(/<script>/)}  the HTML tag <script> is removed from the page when the site is built (pages cannot hold scripts, frames, forms, styles or embedded objects): remove it, and write the text in Markdown`,
      `${at(/<iframe/)}  the HTML tag <iframe> is removed from the page when the site is built (pages cannot hold scripts, frames, forms, styles or embedded objects): remove it, and write the text in Markdown`,
      `${at(/style=/)}  the attribute style="…", onclick="…" on <p> is removed when the site is built (pages take their look from the site, and cannot run code): remove it`,
    ]);
  });

  it('a glossary term the English uses twice, which the translation uses once', async () => {
    expect(await reportsWith('glossary-count', ['en', 'th'])).toEqual([
      'content/pages/th/notes.md  the English text says "social and solidarity economy" 2 times, which content/glossary/th.yaml translates as "เศรษฐกิจสังคมและสมานฉันท์", but this translation uses it 1 time: use the glossary\'s term each time the English has it, or add the form a sentence needs to its "use" list',
    ]);
  });

  it("an English country name inside text in another script, but not in brackets after an organisation's name", async () => {
    const file = 'content/pages/th/notes.md';
    expect(await reportsWith('english-name-in-script', ['en', 'th'])).toEqual([
      `${file}:${lineIn('english-name-in-script', file, /Japan \(/)}  found the English name "Japan" in the text: write it as ไทย writes it (content/glossary/th.yaml: "ญี่ปุ่น"). English may stay in brackets after an organisation's or a law's name, in a quote, or where content/glossary/th.yaml lists it as the agreed form`,
    ]);
  });

  it('numbers not written as the language writes them: 0-9 in Bengali, comma thousands in Vietnamese, 百万 in Chinese', async () => {
    const at = (lang: string, pattern: RegExp) =>
      `content/pages/${lang}/notes.md:${lineIn('number-forms', `content/pages/${lang}/notes.md`, pattern)}`;
    expect(await reportsWith('number-forms', ['en', 'zh-hans', 'vi', 'bn'])).toEqual([
      `${at('bn', /1997/)}  found "1997" in the digits 0-9, but this language writes its own digits (for example ১৯৯৭ for 1997): write it as ১৯৯৭ and keep one digit system on the page`,
      'content/pages/vi/notes.md  the English page has the number 26,040, which this translation does not have: keep every number of the English page, written the way Tiếng Việt writes it (26.040)',
      `${at('vi', /26,040/)}  found "26,040": in this language a comma marks decimals (and a point thousands), so it reads as 26.04. Write it as 26.040`,
      `${at('zh-hans', /百万/)}  found "29百万": Chinese counts large numbers in 万 and 亿, not 百万: write 2900万`,
    ]);
  });

  it('a number whose value changed in translation, whatever the form it is written in', async () => {
    expect(await reportsWith('number-changed', ['en', 'id'])).toEqual([
      'content/pages/id/notes.md  the English page has the number 155,591, which this translation does not have: keep every number of the English page, written the way Bahasa Indonesia writes it (155.591)',
    ]);
  });

  it('an interface string with a misspelt key or lost placeholder', async () => {
    expect(await reportsWith('interface-string-key')).toEqual([
      `content/ui/th.yaml:${lineIn('interface-string-key', 'content/ui/th.yaml', /^nav\.hom:/)}  field "nav.hom": this key is not in content/ui/en.yaml: check its spelling against the English file`,
      `content/ui/th.yaml:${lineIn('interface-string-key', 'content/ui/th.yaml', /^home\.countriesHeading\.other:/)}  field "home.countriesHeading.other": found the placeholders "{จำนวน}", expected "{count}" as in English: keep each {name} exactly as it is`,
    ]);
  });

  it('accepts plural forms English does not need, held to English\'s "other" form', async () => {
    expect(await reportsWith('plural-forms')).toEqual([
      `content/ui/th.yaml:${lineIn('plural-forms', 'content/ui/th.yaml', /^map\.title\.few:/)}  field "map.title.few": found the placeholders "none", expected "{count}" as in English: keep each {name} exactly as it is`,
    ]);
  });

  it('an empty front matter', async () => {
    expect(await reportsWith('empty-front-matter')).toEqual([
      expect.stringMatching(
        /^content\/pages\/en\/draft\.md:1 {2}field "title": this field is required but missing: expected text\. Example:\n\s+title: "History"$/,
      ),
      expect.stringMatching(/^content\/pages\/en\/draft\.md:1 {2}field "description": this field is required but missing/),
    ]);
  });

  it('accepts what editors add without asking: a byte-order mark, Windows line endings', async () => {
    root = mkdtempSync(join(tmpdir(), 'asec-content-'));
    // The English originals only: translations in progress must not change what a fixture reports.
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true, filter: isEnglishOriginal });
    cpSync(join(process.cwd(), 'tests/content-errors/fixtures-valid/byte-order-mark'), root, { recursive: true });
    expect(readFileSync(join(root, nepal), 'utf8').charCodeAt(0)).toBe(0xfeff);
    expect(readFileSync(join(root, 'content/pages/en/notes.md'), 'utf8')).toContain('\r\n');
    expect((await checkContent(root)).map(formatProblem)).toEqual([]);
  });

  it('reads front matter as Astro does, so the check and the build cannot disagree', async () => {
    root = mkdtempSync(join(tmpdir(), 'asec-content-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true, filter: isEnglishOriginal });
    cpSync(join(process.cwd(), 'tests/content-errors/fixtures-valid/yaml-as-astro-reads-it'), root, { recursive: true });
    const text = readFileSync(join(root, 'content/pages/en/no.md'), 'utf8');
    expect(parseFrontmatter(text).frontmatter['title']).toBe('no');
    expect((await checkContent(root)).map(formatProblem)).toEqual([]);
  });

  it('MDX that cannot be compiled, at its line', async () => {
    expect(await reportsWith('mdx-syntax')).toEqual([
      expect.stringMatching(
        /^content\/pages\/en\/notes\.mdx:8 {2}the text cannot be read as MDX here: Expected a closing tag for `<b>`.*every tag must be closed/,
      ),
    ]);
  });

  it('every fixture is used by a test above', () => {
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    expect(readdirSync(fixtures).length).toBeGreaterThan(30);
    for (const name of readdirSync(fixtures)) expect(source, name).toContain(`'${name}'`);
  });
});

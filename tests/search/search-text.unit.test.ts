/**
 * How search reads each script (src/search/text.ts and the index copy of src/search/integration.ts),
 * and the premise of the query table: each query is where the table says, inside a sentence.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import {
  dictionary,
  indexLanguage,
  keepsMarks,
  needsSplitting,
  queryForms,
  removeWordBreaks,
  splitForIndex,
  splitQuery,
  WORD_BREAK,
  wordParts,
} from '../../src/search/text.ts';
import { indexCopy } from '../../src/search/integration.ts';
import { queries, unspacedLocales } from './queries.ts';

const filesOf = (locale: string) =>
  ['pages', 'countries', 'people'].flatMap((collection) => {
    const dir = join('content', collection, locale);
    try {
      return readdirSync(dir).map((name) => join(dir, name));
    } catch {
      return [];
    }
  });

/** A language's index words as the build collects them (the list it ships), from its content files. */
const builtWords = (locale: string) => {
  const words = new Set<string>();
  for (const file of filesOf(locale)) splitForIndex(readFileSync(file, 'utf8'), locales[locale as keyof typeof locales].lang, words);
  return words;
};

describe('the query table', () => {
  it.each(queries.map((row) => [row.locale, row.query, row] as const))(
    '%s “%s” is taken from the middle of a sentence',
    (_, query, row) => {
      const text = readFileSync(row.file, 'utf8');
      const before = [...text.matchAll(new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) =>
        text.slice(Math.max(0, m.index - 2), m.index),
      );
      expect(before.length).toBeGreaterThan(0);
      if (unspacedLocales.includes(row.locale)) {
        // Inside a run of letters: nothing but the script's own letters and marks just before it.
        expect(before.some((b) => /[\p{L}\p{M}]$/u.test(b))).toBe(true);
      } else {
        // After another word of the same sentence, not at its start.
        expect(before.some((b) => /[\p{L}\p{M}\p{N},)] $/u.test(b))).toBe(true);
      }
    },
  );

  it('covers every language the issue names, and more', () => {
    const covered = new Set(queries.map((q) => q.locale));
    for (const locale of ['en', 'th', 'km', 'lo', 'my', 'zh-hans', 'ja', 'ur', 'bn', 'id'] as const) expect(covered).toContain(locale);
    expect(covered.size).toBe(Object.keys(locales).length);
  });
});

describe('word splitting for the languages written without spaces', () => {
  const texts = ['th', 'km', 'lo', 'my', 'zh-hans', 'ja'].flatMap((locale) =>
    filesOf(locale).map((file) => [file, locale, readFileSync(file, 'utf8')] as const),
  );

  it('has content to split in each of the six languages', () => {
    expect(new Set(texts.map(([, locale]) => locale))).toEqual(new Set(['th', 'km', 'lo', 'my', 'zh-hans', 'ja']));
  });

  it.each(texts)('%s: splitting, then removing the breaks, gives back the text as written', (_, locale, text) => {
    const split = splitForIndex(text, locale === 'zh-hans' ? 'zh-Hans' : locale);
    expect(split).toContain(WORD_BREAK);
    expect(split.length).toBeGreaterThan(text.length);
    expect(removeWordBreaks(split)).toBe(text);
  });

  it.each(queries.filter((q) => needsSplitting(q.locale)).map((q) => [q.locale, q.query, q] as const))(
    '%s “%s”: the query splits into words the index has',
    (_, query, row) => {
      const lang = locales[row.locale].lang;
      const indexWords = new Set(splitForIndex(readFileSync(row.file, 'utf8'), lang).split(/\s+/));
      const words = splitQuery(query, lang, dictionary(builtWords(row.locale))).split(' ');
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(indexWords).toContain(word);
    },
  );

  it('splits a query of two words written together', () => {
    expect(splitQuery('សហគមន៍កសិកម្ម', 'km', dictionary(builtWords('km'))).split(' ')).toEqual(['សហគមន៍', 'កសិកម្ម']);
  });

  it('keeps a word typed part way whole (Pagefind finds the words it starts), and Latin words and unknown letters together', () => {
    const lao = dictionary(builtWords('lo'));
    expect(lao.words.has('ມົນລະ')).toBe(false);
    expect(splitQuery('ມົນລະ', 'lo', lao)).toBe('ມົນລະ');
    const chinese = dictionary(['的', '合作']);
    expect(splitQuery('ASEC的合作', 'zh-Hans', chinese)).toBe('ASEC 的 合作');
    expect(splitQuery('的鑫鑫 合作', 'zh-Hans', chinese)).toBe('的 鑫鑫 合作');
  });
  it('leaves queries in languages written with spaces as typed', () => {
    for (const [lang, query] of [
      ['en', 'social economy'],
      ['vi', 'kinh tế xã hội'],
      ['ur', 'سماجی معیشت'],
    ] as const) {
      expect(needsSplitting(lang)).toBe(false);
      expect(splitQuery(query, lang, dictionary([]))).toBe(query);
    }
  });

  it('splits Thai, Chinese and Japanese too, and indexes them under codes Pagefind does not split again', () => {
    expect(splitQuery('เศรษฐกิจสังคม', 'th', dictionary(builtWords('th'))).split(' ').length).toBeGreaterThan(1);
    expect(splitQuery('农民合作社', 'zh-Hans', dictionary(builtWords('zh-hans'))).split(' ').length).toBeGreaterThan(1);
    expect(splitQuery('日本の協同組合', 'ja', dictionary(builtWords('ja'))).split(' ').length).toBeGreaterThan(1);
    expect([indexLanguage('th'), indexLanguage('zh-Hans'), indexLanguage('ja')]).toEqual(['tha', 'zho', 'jpn']);
    for (const lang of ['en', 'km', 'lo', 'my', 'ur', 'bn']) expect(indexLanguage(lang)).toBe(lang);
  });
});

describe('words inside longer ones', () => {
  it('indexes a word of the language that ends a longer one on its own, and what comes before it', () => {
    expect(wordParts('考え方', new Set(['方']))).toEqual(['考え', '方']);
    expect(wordParts('យ៉ាងដូចម្ដេច', new Set(['ដូចម្ដេច']))).toEqual(['យ៉ាង', 'ដូចម្ដេច']);
    // The longest first, then each part the same way: a word in the middle is a word too.
    expect(wordParts('យកពាក្យស្លោក', new Set(['ពាក្យស្លោក', 'ពាក្យ', 'ស្លោក']))).toEqual(['យក', 'ពាក្យ', 'ស្លោក']);
  });

  it('leaves a word whole for a single letter at either end, but for a kanji after kana', () => {
    expect(wordParts('ជាសមាជិក', new Set(['ក', 'ជាសមាជិ']))).toEqual(['ជាសមាជិក']);
    expect(wordParts('日本', new Set(['日', '本']))).toEqual(['日本']);
    expect(wordParts('孟加拉国', new Set(['国', '拉']))).toEqual(['孟加拉国']);
    expect(wordParts('考え方', new Set())).toEqual(['考え方']);
  });

  it('gives the parts to the index and its word list, and the text back as written', () => {
    const words = new Set<string>();
    const split = splitForIndex('同じ考え方を', 'ja', words, new Set(['方']));
    expect(split.split(/\s+/)).toContain('方');
    expect(words).toContain('考え');
    expect(words).toContain('方');
    expect(words).not.toContain('考え方');
    expect(removeWordBreaks(split)).toBe('同じ考え方を');
  });

  it('splits a query the way the index split the word, typed whole or part way', () => {
    const words = new Set<string>();
    splitForIndex('มาตรา', 'th', words, new Set(['ตรา', 'มาต', 'รา']));
    expect([...words]).toEqual(['มา', 'ตรา', 'มา ตรา']);
    // มาต|รา would be as few words, were those in the list: the word's own parts are used.
    const thai = dictionary([...words, 'มาต', 'รา']);
    expect(splitQuery('มาตรา', 'th', thai)).toBe('มา ตรา');
    expect(splitQuery('มาตร', 'th', dictionary(words))).toBe('มา ตร');
  });
});

describe('marks kept exact', () => {
  it('for scripts whose vowel signs are letters, and not for Latin, Arabic, Chinese or Japanese script', () => {
    for (const lang of ['bn', 'hi', 'ne', 'si', 'ta', 'th', 'km', 'lo', 'my']) expect(keepsMarks(lang)).toBe(true);
    for (const lang of ['en', 'id', 'ms', 'fil', 'vi', 'ur', 'zh-Hans', 'ja']) expect(keepsMarks(lang)).toBe(false);
  });
});

describe('the index copy of a page', () => {
  const page = (lang: string, text: string) =>
    `<!doctype html><html lang="${lang}"><head><title>${text}</title><style>p{}</style></head><body><main data-pagefind-body><h1 title="${text}">${text}</h1><p>${text}</p></main></body></html>`;

  it('splits the words of a Khmer page, but not its attributes', () => {
    const text = 'សេដ្ឋកិច្ចសង្គមនិងសាមគ្គីភាព';
    const copy = indexCopy(page('km', text));
    expect(copy).toContain(`<p>${WORD_BREAK}${splitForIndex(text, 'km')}${WORD_BREAK}</p>`);
    expect(copy).toContain(`title="${text}"`);
    expect(removeWordBreaks(copy)).toContain(`<p>${text}</p>`);
  });

  it('sets apart the text of elements side by side: Chinese links listed with 、 are words of their own', () => {
    const html = page('zh-Hans', '国家').replace(
      '</main>',
      '<p>16个国家（<a href="/bd/">孟加拉国</a>、<a href="/kh/">柬埔寨</a>和<a href="/vn/">越南</a>）。</p></main>',
    );
    // Pagefind reads the text of inline elements as one, and splits words at spaces only.
    const text = indexCopy(html)
      .split('data-pagefind-body')[1]!
      .replace(/<[^>]+>/g, '')
      .split(/\s+/);
    expect(text.filter((word) => /\p{P}/u.test(word) && /\p{L}/u.test(word))).toEqual([]);
    for (const name of ['孟加拉国', '柬埔寨', '越南'])
      for (const word of splitForIndex(name, 'zh-Hans').split(/\s+/)) expect(text).toContain(word);
  });

  it('collects the words of the main content only (not what search leaves out), for the list the search script splits queries with', () => {
    const words = new Set<string>();
    indexCopy(
      page('km', 'សហគមន៍កសិកម្ម')
        .replace('<body>', '<body><nav>ទំព័រដើម</nav>')
        .replace('</main>', '<ol data-pagefind-ignore><li>ពាក្យស្លោក</li></ol></main>'),
      [],
      words,
    );
    expect([...words].sort()).toEqual(['កសិកម្ម', 'សហគមន៍']);
  });

  it('gives a page met again (each page repeats the menu and footer) the same copy and the same words', () => {
    const html = page('th', 'เศรษฐกิจสังคมและสมานฉันท์').replace('<body>', '<body><nav>หน้าแรก</nav>');
    const vocabulary = new Set(['สังคม', 'เศรษฐกิจ']);
    const [first, again] = [new Set<string>(), new Set<string>()];
    const copy = indexCopy(html, [], first, vocabulary);
    expect(first.size).toBeGreaterThan(1);
    expect(indexCopy(html, [], again, vocabulary)).toBe(copy);
    expect([...again].sort()).toEqual([...first].sort());
    // Outside the indexed part, the text is split but its words are not collected.
    expect(indexCopy(html.replace(' data-pagefind-body', ''), [], new Set(), vocabulary)).toContain(splitForIndex('หน้าแรก', 'th'));
  });

  it('leaves out passages in another language: a quote kept in English before its translation', () => {
    const html = page('th', 'เศรษฐกิจ').replace('</main>', '<blockquote lang="en"><p>The ILO definition</p></blockquote></main>');
    expect(indexCopy(html)).toMatch(/<blockquote lang="en" data-pagefind-ignore="">/);
  });

  it('marks passages in another language on a page written with spaces without parsing it, as the parser would', () => {
    const html = page('ms', 'Ekonomi').replace(
      '</main>',
      [
        '<!-- <p lang="en">a comment</p> -->',
        '<script type="module">document.body.insertAdjacentHTML("beforeend", \'<p lang="en">made by a script</p>\');</script>',
        '<p title="1 > 0" lang="en">Quoted <span lang="en">English</span></p>',
        '<p lang="ms-MY">Bahasa Melayu</p>',
        '<dl lang="en" data-pagefind-ignore="all"><dd>kept as it was</dd></dl>',
        '<img src="/a.png" alt="a > b" lang="en"/>',
        '</main>',
      ].join(''),
    );
    const copy = indexCopy(html.replace('<h1 ', '<h1 lang="en" '));
    expect(copy).toContain('<h1 lang="en" title="Ekonomi">');
    expect(copy).toContain(
      '<p title="1 > 0" lang="en" data-pagefind-ignore>Quoted <span lang="en" data-pagefind-ignore>English</span></p>',
    );
    expect(copy).toContain('<p lang="ms-MY">Bahasa Melayu</p>');
    expect(copy).toContain('<dl lang="en" data-pagefind-ignore="all">');
    expect(copy).toContain('<img src="/a.png" alt="a > b" lang="en" data-pagefind-ignore/>');
    expect(copy).toContain('<!-- <p lang="en">a comment</p> -->');
    expect(copy).toContain(`'<p lang="en">made by a script</p>'`);
    // Nothing else changed: the copy is the page with the marks.
    expect(copy.replaceAll(' data-pagefind-ignore>', '>').replaceAll(' data-pagefind-ignore/>', '/>')).toBe(
      html.replace('<h1 ', '<h1 lang="en" '),
    );
  });

  it('marks a passage in another language whose tag holds a ">" before its language', () => {
    const html = page('id', 'Ekonomi').replace('</main>', '<p title="a > b" lang="en">Quoted</p></main>');
    expect(indexCopy(html)).toContain('<p title="a > b" lang="en" data-pagefind-ignore>Quoted</p>');
  });

  it('leaves a tag written in a way it does not read (an unquoted value) to the parser, which marks it all the same', () => {
    const html = page('ur', 'معیشت').replace('</main>', '<p class=quote lang="en">The ILO definition</p></main>');
    expect(indexCopy(html)).toMatch(/<p class="quote" lang="en" data-pagefind-ignore="">The ILO definition<\/p>/);
  });

  it('gives other pages to Pagefind as they are', () => {
    const html = page('ur', 'سماجی اور یکجہتی معیشت');
    expect(indexCopy(html)).toBe(html);
  });
});

describe('the forms of a query tried in turn', () => {
  it('split into the index words first, then as typed only where the index holds what was typed', () => {
    const words = dictionary(builtWords('km'));
    expect(words.indexed.has('សហគមន៍កសិកម្ម')).toBe(false);
    expect(queryForms('សហគមន៍កសិកម្ម', 'km', words).map((f) => f.terms)).toEqual(['សហគមន៍ កសិកម្ម']);
    expect(queryForms('  សហគមន៍ ', 'km', words).map((f) => f.terms)).toEqual(['សហគមន៍']);
    // Marks that are letters match exactly, always.
    expect(queryForms('សហគមន៍កសិកម្ម', 'km', words).every((f) => f.exactDiacritics)).toBe(true);
  });

  it('searches nothing for letters that are no word of the index, whatever words they begin with', () => {
    // Single letters are words of the Thai index (scraps of borrowed words): ก, ฟ; ก็ is a word.
    const words = dictionary(['ก', 'ก็', 'ฟ', 'หก', 'สันนิบาต', 'ไทย']);
    expect(queryForms('กขคง', 'th', words)).toEqual([]);
    expect(queryForms('ฟหกดเ', 'th', words)).toEqual([]);
    expect(queryForms('ไทย กขคง', 'th', words)).toEqual([]);
    // A word typed part way, last, is still searched; so is a Latin word beside Thai ones.
    expect(queryForms('ไทยสันนิ', 'th', words).map((f) => f.terms)).toEqual(['ไทย สันนิ']);
    expect(queryForms('ASEC ไทย', 'th', words).map((f) => f.terms)).toEqual(['ASEC ไทย']);
  });

  it('in Vietnamese, tones typed match exactly first, then folded; typed without tones, every form', () => {
    expect(queryForms('bàn  tròn', 'vi')).toEqual([
      { terms: 'bàn tròn', exactDiacritics: true },
      { terms: 'bàn tròn', exactDiacritics: false },
    ]);
    expect(queryForms('ban tron', 'vi')).toEqual([{ terms: 'ban tron', exactDiacritics: false }]);
    // Only Vietnamese: an accent typed in Indonesian or English still finds the word without it.
    expect(queryForms('café', 'en')).toEqual([{ terms: 'café', exactDiacritics: false }]);
  });
});

describe('a query split the way the index was, whatever the browser’s dictionary', () => {
  /** A browser whose `Intl.Segmenter` splits words into grapheme clusters, as one without a dictionary for the language. */
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  class ClusterSegmenter {
    segment(text: string) {
      return [...graphemes.segment(text)].map((s) => ({ ...s, isWordLike: /\p{L}/u.test(s.segment) }));
    }
  }
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  // Words the issue found nothing for in Chromium: pollution (on the Lao About page), reality, decline; training.
  it.each([
    ['lo', 'ມົນລະພິດ'],
    ['lo', 'ຄວາມເປັນຈິງ'],
    ['lo', 'ເສື່ອມສະຫຼາຍ'],
    ['km', 'បណ្ដុះបណ្ដាល'],
  ] as const)('%s “%s”', async (locale, word) => {
    const lang = locales[locale].lang;
    const words = builtWords(locale);
    const pages = filesOf(locale)
      .map((file) => readFileSync(file, 'utf8'))
      .filter((text) => text.includes(word));
    expect(pages.length).toBeGreaterThan(0);
    const indexWords = new Set(pages.flatMap((text) => splitForIndex(text, lang).split(/\s+/)));
    const split = splitQuery(word, lang, dictionary(words));
    for (const piece of split.split(' ')) expect(indexWords).toContain(piece);

    // The same split where the browser's own dictionary would give syllables.
    vi.resetModules();
    vi.stubGlobal('Intl', Object.create(Intl, { Segmenter: { value: ClusterSegmenter } }));
    const browser = await import('../../src/search/text.ts');
    expect([...new Intl.Segmenter(lang, { granularity: 'word' }).segment(word)].length).toBeGreaterThan(2);
    expect(browser.splitQuery(word, lang, browser.dictionary(words))).toBe(split);
  });
});

/**
 * Numbers in translations: the same values as the English page, written as the language writes
 * them (CONTRIBUTING.md, "Numbers"): its digits, its separators, its words for large numbers.
 * Free of Astro and Node imports: the rules are data, the readers are small.
 */

/** Each language's words for large numbers, and what they multiply by. */
const largeNumbers: Record<string, Record<string, number>> = {
  en: { thousand: 1e3, million: 1e6, billion: 1e9, lakh: 1e5, crore: 1e7 },
  bn: { হাজার: 1e3, লাখ: 1e5, লক্ষ: 1e5, কোটি: 1e7 },
  fil: { libo: 1e3, milyon: 1e6, bilyon: 1e9 },
  hi: { हज़ार: 1e3, हजार: 1e3, लाख: 1e5, करोड़: 1e7, करोड: 1e7, अरब: 1e9 },
  id: { ribu: 1e3, juta: 1e6, miliar: 1e9 },
  ja: { 千: 1e3, 万: 1e4, 億: 1e8, 百万: 1e6 },
  km: { ពាន់: 1e3, ម៉ឺន: 1e4, សែន: 1e5, លាន: 1e6 },
  lo: { ພັນ: 1e3, ໝື່ນ: 1e4, ແສນ: 1e5, ລ້ານ: 1e6 },
  ms: { ribu: 1e3, juta: 1e6, bilion: 1e9 },
  my: { ထောင်: 1e3, သောင်း: 1e4, သိန်း: 1e5, သန်း: 1e6, ကုဋေ: 1e7 },
  ne: { हजार: 1e3, लाख: 1e5, करोड: 1e7, करोड़: 1e7, अर्ब: 1e9, अरब: 1e9 },
  si: { දහස: 1e3, ලක්ෂ: 1e5, මිලියන: 1e6 },
  // Tamil words take case endings (லட்சத்திலிருந்து, லட்சமாக): their stems.
  ta: { ஆயிர: 1e3, லட்ச: 1e5, இலட்ச: 1e5, கோடி: 1e7 },
  th: { พัน: 1e3, หมื่น: 1e4, แสน: 1e5, ล้าน: 1e6 },
  ur: { ہزار: 1e3, لاکھ: 1e5, کروڑ: 1e7, ارب: 1e9 },
  vi: { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 },
  'zh-hans': { 千: 1e3, 万: 1e4, 亿: 1e8, 百万: 1e6 },
};

/** Languages that write large numbers after the word rather than before it (Sinhala: මිලියන 6.3). */
const wordFirst = new Set(['si']);

/** The first digit (zero) of each script whose digits the site's languages use. */
const zeros = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0be6, 0x0de6, 0x0e50, 0x0ed0, 0x1040, 0x17e0];

/** Native digits as 0-9, so one reader reads every script. */
export function latinDigits(text: string): string {
  return text.replace(
    /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0be6-\u0bef\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u17e0-\u17e9]/g,
    (d) => {
      const code = d.codePointAt(0)!;
      const zero = zeros.filter((z) => z <= code).at(-1)!;
      return String(code - zero);
    },
  );
}

/** The language's separators, as Intl writes them (the interface's own). */
export function separators(lang: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(lang).formatToParts(1234567.5);
  return { group: parts.find((p) => p.type === 'group')?.value ?? ',', decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
}

/** The digits a language writes its numbers with: "latn", "beng", "deva", "mymr"… */
export function numberingSystem(lang: string): string {
  return new Intl.NumberFormat(lang).resolvedOptions().numberingSystem;
}

/**
 * Prose with what is not a number of the text taken out: citation markers, link targets and
 * addresses, and codes (A/RES/77/281, 23/2012/QH13, L-4251, ISBNs, Lux'09, 9/92).
 */
export function withoutCodes(text: string): string {
  return (
    latinDigits(text)
      .replace(/\[\d+\]\(#source-\d+\)/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/https?:\/\/\S+/g, ' ')
      // Digits joined to Latin letters, or to other digits by / ' or -: codes, not quantities.
      .replace(/[A-Za-z0-9]*(?:[A-Za-z]\d|\d[A-Za-z])[A-Za-z0-9]*/g, ' ')
      .replace(/[A-Za-z0-9]*\d(?:[/'’-][A-Za-z0-9]+)+|[A-Za-z0-9]+(?:[/'’-][A-Za-z0-9]*\d[A-Za-z0-9]*)+/g, ' ')
      // Markdown's numbered list markers.
      .replace(/^\s*\d+\.\s/gm, ' ')
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every number value a text holds, read in its language's forms (digits, separators, words). */
export function numberValues(text: string, locale: string, lang: string): number[] {
  const { group, decimal } = locale === 'en' ? { group: ',', decimal: '.' } : separators(lang);
  const words = Object.keys(largeNumbers[locale] ?? {})
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const number = `\\d+(?:${escape(group)}\\d{2,3})*(?:${escape(decimal)}\\d+)?`;
  const pattern = wordFirst.has(locale)
    ? new RegExp(`(?:(${words})\\s*)?(${number})`, 'gu')
    : new RegExp(`(${number})(?:\\s*(${words || '(?!)'}))?`, 'gu');
  const values: number[] = [];
  const clean = withoutCodes(text);
  for (const match of clean.matchAll(pattern)) {
    const [digits, word] = wordFirst.has(locale) ? [match[2]!, match[1]] : [match[1]!, match[2]];
    const plain = digits.split(group).join('').replace(decimal, '.');
    const value = Number(plain) * (word ? (largeNumbers[locale]![word] ?? 1) : 1);
    if (Number.isFinite(value)) values.push(round(value));
    // Chinese and Japanese run on after 万 or 億: 68万9000 is 689,000.
    const rest = /^\d+/.exec(clean.slice(match.index + match[0].length));
    if (word && rest && (locale === 'ja' || locale === 'zh-hans') && Number(rest[0]) < (largeNumbers[locale]![word] ?? 1))
      values.push(round(value + Number(rest[0])));
    // Thai laws are named by the Buddhist year: พ.ศ. 2542 is 1999.
    if (locale === 'th' && /พ\.ศ\.\s*$/.test(clean.slice(Math.max(0, match.index - 6), match.index))) values.push(value - 543);
  }
  return values;
}

const round = (n: number) => Number(n.toPrecision(10));

/** English values a translation does not have, in any of its forms. */
export function missingNumbers(english: string, translation: string, locale: string, lang: string): number[] {
  const have = new Set(numberValues(translation, locale, lang));
  return [...new Set(numberValues(english, 'en', 'en'))].filter((value) => !have.has(value));
}

export interface NumberForm {
  /** Index in the text where the form starts. */
  at: number;
  found: string;
  message: string;
}

/** Numbers written in a form the language does not use: another script's digits, another separator, 百万. */
export function wrongNumberForms(text: string, locale: string, lang: string): NumberForm[] {
  const forms: NumberForm[] = [];
  const prose = text
    .replace(/\[\d+\]\(#source-\d+\)/g, (m) => ' '.repeat(m.length))
    .replace(/\]\([^)]*\)|https?:\/\/\S+/g, (m) => ' '.repeat(m.length))
    .replace(/^(\s*)(\d+)(\.\s)/gm, (_, a: string, n: string, b: string) => a + ' '.repeat(n.length) + b);
  const { group, decimal } = separators(lang);
  const system = numberingSystem(lang);
  if (system !== 'latn') {
    const example = new Intl.NumberFormat(lang, { useGrouping: false }).format(1997);
    // Plain numbers in 0-9 (codes such as A/RES/77/281 or L-4251 excepted).
    // A number inside Latin text (a street address: 1 rue du Moulin) belongs to that text.
    for (const m of prose.matchAll(/(?<![\p{L}\p{N}/'’.,-])\d+(?:[.,]\d+)*(?![\p{N}/'’-]|[A-Za-z]|\s+[A-Za-z])/gu)) {
      forms.push({
        at: m.index,
        found: m[0],
        message: `found "${m[0]}" in the digits 0-9, but this language writes its own digits (for example ${example} for 1997): write it as ${new Intl.NumberFormat(lang, { useGrouping: false }).format(Number(m[0].replace(/[.,]/g, '')))} and keep one digit system on the page`,
      });
    }
  }
  if (group === '.') {
    for (const m of latinDigits(prose).matchAll(/(?<![\d.,/-])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)/g)) {
      const value = Number(m[0].replace(/,/g, ''));
      const read = new Intl.NumberFormat('en', { maximumFractionDigits: 6 }).format(Number(m[0].replace(',', '.').replace(/,/g, '')));
      forms.push({
        at: m.index,
        found: m[0],
        message: `found "${m[0]}": in this language a comma marks decimals (${decimal === ',' ? 'and a point thousands' : ''}), so it reads as ${read}. Write it as ${new Intl.NumberFormat(lang).format(value)}`,
      });
    }
  }
  if (locale === 'zh-hans' || locale === 'ja') {
    for (const m of latinDigits(prose).matchAll(/(\d+(?:\.\d+)?)\s*百万/g)) {
      const value = Number(m[1]) * 1e6;
      const man = `${value / 1e4}万`;
      forms.push({
        at: m.index,
        found: m[0],
        message: `found "${m[0]}": ${locale === 'ja' ? 'Japanese' : 'Chinese'} counts large numbers in 万 and ${locale === 'ja' ? '億' : '亿'}, not 百万: write ${man}`,
      });
    }
  }
  return forms;
}

/**
 * Runs of Latin text (names, titles, acronyms kept in English) inside text of another script: a
 * run holds Latin words with what joins them (spaces, ":", ",", "&", "-"), never brackets or
 * quotes, which the Unicode bidi algorithm pairs itself; a "." right after a letter belongs to the
 * run ("Jr."). Right-to-left pages isolate each run (src/i18n/bidi.ts at build time, the search
 * script in the browser), so it reads left to right as a whole. No dependencies: the search
 * script bundles it.
 */
const letter = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
// Combining accents follow a letter inside a Latin run: that pairing is what the class is for.
// eslint-disable-next-line no-misleading-character-class
const LATIN_RUN = new RegExp(`[${letter}](?:[${letter}0-9\\u0300-\\u036F]|[ .,:;'’&/\\-–]+(?=[${letter}0-9]))*\\.?`, 'g');

/** The text in parts, in order: each one a Latin run or the text between runs. */
export function latinRuns(text: string): { text: string; latin: boolean }[] {
  const parts: { text: string; latin: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), latin: false });
    parts.push({ text: match[0], latin: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), latin: false });
  return parts;
}

/** Plain text (a document title, which holds no markup) with each Latin run between the Unicode isolates LRI and PDI. */
export function isolateLatinText(text: string): string {
  return latinRuns(text)
    .map((part) => (part.latin ? `\u2066${part.text}\u2069` : part.text))
    .join('');
}

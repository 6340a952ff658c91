/**
 * The glossary held in full: every time the English page uses one of its terms or names, the
 * translation uses the agreed form (not just once somewhere on the page), and no English country
 * or continent name is left standing inside text written in another script. Free of Astro and
 * Node imports.
 */

export interface Entry {
  en: string;
  use: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Prose without link targets and addresses (/countries/japan/ is no use of "Japan"). */
const withoutTargets = (text: string) => text.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, ' ');

/**
 * How often the English text uses each entry: whole words, any case, the longest entry first, so
 * "Southeast Asia" counts for its own entry and not for "Asia", and the "Intercontinental Network
 * for the Promotion of Social Solidarity Economy" for RIPESS's name, not for the SSE term inside it.
 */
export function englishUses(entries: readonly Entry[], english: string): Map<Entry, number> {
  const counts = new Map<Entry, number>(entries.map((e) => [e, 0]));
  const taken: boolean[] = [];
  for (const entry of [...entries].sort((a, b) => b.en.length - a.en.length)) {
    for (const m of english.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(entry.en)}(?![\\p{L}\\p{N}])`, 'giu'))) {
      const span = Array.from({ length: m[0].length }, (_, i) => m.index + i);
      if (span.some((i) => taken[i])) continue;
      for (const i of span) taken[i] = true;
      counts.set(entry, counts.get(entry)! + 1);
    }
  }
  return counts;
}

/** How often a translation uses any agreed form of an entry (each place counted once). */
export function translationUses(entry: Entry, translation: string): number {
  const text = translation.toLowerCase();
  const starts = new Set<number>();
  for (const form of entry.use) {
    const f = form.toLowerCase();
    for (let at = text.indexOf(f); at !== -1; at = text.indexOf(f, at + 1)) starts.add(at);
  }
  return starts.size;
}

/** Entries the translation uses fewer times than the English does, with both counts. */
export function shortUses(
  entries: readonly Entry[],
  english: string,
  translation: string,
): { entry: Entry; english: number; translation: number }[] {
  const counts = englishUses(entries, withoutTargets(english));
  const translated = withoutTargets(translation);
  return entries.flatMap((entry) => {
    const needed = counts.get(entry)!;
    const have = needed ? translationUses(entry, translated) : 0;
    return needed > have ? [{ entry, english: needed, translation: have }] : [];
  });
}

/** Every country's English name (as Intl names them), and the continents and world regions. */
export const englishPlaceNames: readonly string[] = (() => {
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  const names = new Set<string>([
    'Asia',
    'Europe',
    'Africa',
    'Oceania',
    'Antarctica',
    'America',
    'Americas',
    'North America',
    'South America',
    'Latin America',
    'Caribbean',
    'Southeast Asia',
    'South Asia',
    'East Asia',
  ]);
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = regions.of(code);
      // Intl answers a code it does not know with the code itself; keep names a reader would write.
      if (name && name !== code && !/Unknown|Outlying|\(/.test(name)) names.add(name.replace(/ & /g, ' and '));
    }
  }
  return [...names].sort((x, y) => y.length - x.length);
})();

/**
 * English country and continent names standing in the running text of a page written in another
 * script, as the index of each in the text. What may stay English is left out first: quotes kept
 * in their language (marked lang="…"), English in brackets after a name (the rule allows it once
 * for an organisation or a law), quoted and italic titles, link targets, and the glossary's own
 * agreed forms (an organisation whose established name is English: RIPESS Europe).
 */
export function englishPlacesIn(translation: string, agreed: readonly string[]): { name: string; at: number }[] {
  const blank = (m: string) => ' '.repeat(m.length);
  let text = translation
    .replace(/<(\w+)[^>]*\slang="[^"]*"[^>]*>[\s\S]*?<\/\1>/g, blank)
    .replace(/\]\([^)]*\)|https?:\/\/\S+/g, blank)
    .replace(/\([^()]*\)|（[^（）]*）/g, blank)
    .replace(/“[^”]*”|"[^"]*"|‘[^’]*’|«[^»]*»|\*[^*\n]+\*|_[^_\n]+_/g, blank);
  for (const form of [...agreed].sort((a, b) => b.length - a.length)) {
    if (/[A-Za-z]/.test(form)) text = text.replace(new RegExp(escape(form), 'gi'), blank);
  }
  const found: { name: string; at: number }[] = [];
  for (const name of englishPlaceNames) {
    // Bounded by Latin letters only: in Chinese or Thai an English name touches the text around it.
    for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9])${escape(name)}(?![A-Za-z0-9])`, 'gu'))) {
      found.push({ name, at: m.index });
      text = text.slice(0, m.index) + blank(m[0]) + text.slice(m.index + m[0].length);
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Checks of a content file's bytes, before anything reads it as text or as a picture: text is
 * valid UTF-8, holds no invisible direction controls and stays a sane size; a picture is one the
 * site can publish safely (never SVG, which can carry scripts) and whose size Astro can read.
 */
import { imageMetadata } from 'astro/assets/utils';
import type { Check } from './content.ts';
import type { Problem } from './problems.ts';

/** A Markdown or YAML file larger than this is a mistake (the largest page today is about 50 KB). */
export const maxTextBytes = 200_000;

/** Picture formats the site publishes, as Astro's reader names them, and the extensions they go by. */
const pictures: Record<string, RegExp> = { jpg: /\.jpe?g$/i, png: /\.png$/i, webp: /\.webp$/i, avif: /\.avif$/i, gif: /\.gif$/i };
/** Every file name a picture may have under content/; anything else there is text. */
export const PICTURE = /\.(jpe?g|png|webp|avif|gif)$/i;
/** SVG, by name: refused wherever it is under content/. */
export const SVG = /\.svgz?$/i;

export const svgRefused =
  'SVG images can carry scripts, so the site does not publish them from content/: save the image as PNG, JPEG or WebP, or ask a maintainer';

/**
 * Direction controls (embeddings, overrides, isolates) are invisible and reorder the text around
 * them, so a title can read differently from what reviewers saw. The site sets direction itself.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const bidiNames: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a Markdown or YAML file, or the problems that keep it from being read as text. */
export function checkText(file: string, bytes: Buffer): Problem[] {
  const problems: Problem[] = [];
  const lines: Buffer[] = [];
  for (let start = 0; start <= bytes.length;) {
    const end = bytes.indexOf(0x0a, start);
    lines.push(bytes.subarray(start, end === -1 ? bytes.length : end + 1));
    start = end === -1 ? bytes.length + 1 : end + 1;
  }
  let total = 0;
  let tooLarge = false;
  lines.forEach((bytesOfLine, i) => {
    const line = i + 1;
    total += bytesOfLine.length;
    if (!tooLarge && total > maxTextBytes) {
      tooLarge = true;
      problems.push({
        file,
        line,
        message: `the file is ${Math.round(bytes.length / 1000)} KB, larger than a page can be (${maxTextBytes / 1000} KB; it passes the limit on this line): split the text into several pages, or remove what was pasted by mistake`,
      });
    }
    let text: string;
    try {
      text = strictUtf8.decode(bytesOfLine);
    } catch {
      problems.push({
        file,
        line,
        message:
          'this line is not valid UTF-8 text (it would show as �): save the file as UTF-8 in your editor ("Save with encoding" / "Encoding: UTF-8"), then check the letters on this line',
      });
      return;
    }
    const control = BIDI.exec(text);
    if (control) {
      const code = control[0].codePointAt(0)!.toString(16).toUpperCase();
      problems.push({
        file,
        line,
        message: `this line holds an invisible direction control character (U+${code} ${bidiNames[control[0]]}), which makes the text show in another order than it is written: delete it (the site sets the direction of each language itself)`,
      });
    }
  });
  return problems;
}

/** A picture under content/: a format the site publishes, under its own name, with a size Astro can read. */
export async function checkPicture(file: string, bytes: Buffer): Promise<Problem[]> {
  if (SVG.test(file)) return [{ file, message: svgRefused }];
  let format: string;
  try {
    ({ format } = await imageMetadata(new Uint8Array(bytes), file));
  } catch {
    return [
      {
        file,
        message:
          'this file is not a picture the site can read (no width and height found in it): it may be damaged or not an image at all. Open it in an image program and save it again as PNG, JPEG or WebP',
      },
    ];
  }
  if (format === 'svg') return [{ file, message: `this file is an SVG image under another name. ${svgRefused}` }];
  if (!(format in pictures)) {
    return [
      {
        file,
        message: `this file is a ${format.toUpperCase()} picture, which browsers do not all show: save it again as PNG, JPEG or WebP`,
      },
    ];
  }
  if (!pictures[format]!.test(file)) {
    return [
      {
        file,
        message: `this file is a ${format.toUpperCase()} picture, but its name says otherwise: rename it to end in .${format === 'jpg' ? 'jpg' : format}, and change the links to it`,
      },
    ];
  }
  return [];
}

/** Every file under content/: pictures the site can publish, text that reads as written. */
export const checkFiles: Check = async ({ files }) => {
  const problems: Problem[] = [];
  for (const { path, file, bytes } of files) {
    if (SVG.test(path) || PICTURE.test(path)) problems.push(...(await checkPicture(file, bytes)));
    else if (/\.(mdx?|ya?ml)$/i.test(path)) problems.push(...checkText(file, bytes));
  }
  return problems;
};

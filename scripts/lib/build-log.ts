/**
 * `astro build`'s output as `npm run build` shows it. Astro renders eight pages at a time
 * (build.concurrency) and logs each page's path when it starts and its time when it ends, on the
 * same line: the paths of a batch run together on one line, and each time lands after another
 * page's path, or alone at the end. Here each path gets a line of its own and the times, which
 * belong to no page that can be told, are left out. Output is passed on in whole lines only, so a
 * line of Astro's stderr never cuts one of its stdout.
 */

/** Any colour codes around a part of a line (when FORCE_COLOR is set). */
const colour = String.raw`(?:\x1b\[[\d;]*m)*`;
/** A page starting: "12:04:05   ├─ /th/about/index.html", anywhere but at the start of a line. */
const pageStart = new RegExp(String.raw`(?<=[^\n])(?<!\x1b\[[\d;]*m)(?=${colour}\d\d:\d\d:\d\d${colour} +${colour}├─)`, 'g');
/** A page ending: " (+25ms) " or " (+1.58s) ", after whichever line was last written, or alone. */
const time = String.raw` ${colour}\(\+[\d.]+m?s\)${colour} ?`;
const pageTime = new RegExp(String.raw`^${time}\n|${time}`, 'gm');

/** Whole lines of Astro's output, one page per line, without the misplaced times. */
export function pageLines(text: string): string {
  return text.replace(pageTime, '').replace(pageStart, '\n');
}

/** Collects a stream's text and passes it on in whole lines (the rest at `end`). */
export function inLines(write: (text: string) => void) {
  let rest = '';
  return {
    add(chunk: string) {
      rest += chunk;
      const end = rest.lastIndexOf('\n') + 1;
      if (!end) return;
      const lines = pageLines(rest.slice(0, end));
      if (lines) write(lines);
      rest = rest.slice(end);
    },
    end() {
      if (rest) write(pageLines(rest));
      rest = '';
    },
  };
}

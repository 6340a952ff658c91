/** Which fonts Chromium draws text with, for the font tests (Debian's Noto fonts on the test machine). */
import type { Page } from 'playwright-core';

/** The font family each script must be drawn with on a machine with Debian's Noto fonts. */
export const scriptFonts: Record<string, RegExp> = {
  bn: /Bengali/,
  hi: /Devanagari/,
  ne: /Devanagari/,
  km: /Khmer/,
  lo: /Lao/,
  my: /Myanmar/,
  si: /Sinhala/,
  ta: /Tamil/,
  th: /Thai/,
  ur: /Nastaliq|Naskh|Arabic/,
  'zh-hans': /CJK/,
  ja: /CJK/,
};

/** The fonts the site's 'Latin in script' face (src/styles/global.css) may be on this machine. */
export const latinFonts = /^(Segoe UI|Roboto|Helvetica Neue|Noto Sans|Arial|DejaVu Sans|Liberation Sans)$/;

/**
 * For each element `selector` matches, in document order: the fonts that draw its own text, with
 * how many glyphs each draws, as Chromium reports them (DevTools' CSS.getPlatformFontsForNode).
 */
export async function platformFonts(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[][]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const found = [];
    for (const nodeId of nodeIds) found.push((await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts);
    return found;
  } finally {
    await cdp.detach();
  }
}

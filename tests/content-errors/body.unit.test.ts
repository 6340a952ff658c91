/**
 * The content check reads a page's text with the build's own parser and features, so what it
 * checks is what the build publishes: a link the parser does not make is not reported, and every
 * link it makes is: a link inside <template> or <select>, which the sanitizer unwraps into the
 * page, was missed when the check read raw HTML with another parser than the build's.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/content-check/body.ts';
import { contentHastPlugins, markdownFeatures } from '../../src/markdown/index.ts';

const texts = [
  '[a link](/one/) and [a reference][r]\n\n[r]: /two/',
  '<a href="/three/">raw HTML</a>',
  'text <a href="/four/"\n>a tag broken over two lines</a>',
  '<template><a href="/five/">in a template</a></template>',
  'See <select><a href="/six/">a list</a></select>.',
  '<!-- <a href="/seven/">commented out</a> -->\n\n`[code](/eight/)`',
];

/** Site links the build puts in the page, as the build renders it. */
async function builtLinks(text: string): Promise<string[]> {
  const processor = await createSatteriMarkdownProcessor({
    features: markdownFeatures,
    hastPlugins: contentHastPlugins('/'),
    syntaxHighlight: false,
  });
  return [...(await processor.render(text)).code.matchAll(/<a [^>]*href="(\/[^"]*)"/g)].map((m) => m[1]!);
}

/** The check's problems with an English page of this text, where no other page exists. */
const problemsIn = (text: string) =>
  checkBody({ file: 'content/pages/en/notes.md', text, firstLine: 1, sourceCount: 0 }, process.cwd(), new Set(), ['en'], 'en');

/** Site links the check reads (no page exists here, so it reports every one). */
function checkedLinks(text: string): string[] {
  return problemsIn(text)
    .map((p) => /^the link "(\/[^"]*)" goes to a page that does not exist/.exec(p.message)?.[1])
    .filter((link) => link !== undefined);
}

describe('the content check and the build', () => {
  it("read the same links in a page's text", async () => {
    let built = 0;
    for (const text of texts) {
      const links = await builtLinks(text);
      built += links.length;
      expect(checkedLinks(text), text).toEqual(links);
    }
    // Ordinary Markdown and raw HTML links are there to compare.
    expect(built).toBeGreaterThanOrEqual(3);
  });

  it('report what the build removes at its line, in Markdown and in raw HTML over several lines', () => {
    const text =
      'Intro.\n\n- [ ] a task list\n\n<table>\n<tr><td>1</td></tr>\n<tr><td><button>2</button></td></tr>\n</table>\n\n<iframe src="https://example.org/"></iframe>\n';
    expect(problemsIn(text).map((p) => `${p.line} ${/<(\w+)>/.exec(p.message)?.[1]}`)).toEqual(['3 input', '7 button', '10 iframe']);
  });
});

/**
 * Volunteers' Markdown goes through the same pipelines as the build: Sätteri, parsing raw HTML, with
 * our safe-HTML step for .md files, remark/rehype for .mdx. In both, raw HTML that could run code is removed,
 * site links get the base path, external links get rel="noopener noreferrer".
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { contentHastPlugins, contentRehypePlugins, markdownFeatures } from '../../src/markdown/index.ts';

const pipelines = {
  'Sätteri (.md files)': async (markdown: string, base = '/') =>
    (
      await (
        await createSatteriMarkdownProcessor({ features: markdownFeatures, hastPlugins: contentHastPlugins(base), syntaxHighlight: false })
      ).render(markdown)
    ).code,
  'remark and rehype (.mdx files)': async (markdown: string, base = '/') =>
    (await (await createMarkdownProcessor({ rehypePlugins: contentRehypePlugins(base) })).render(markdown)).code,
};

describe.each(Object.entries(pipelines))('%s', (_name, render) => {
  describe('raw HTML in Markdown', () => {
    const attacks = {
      script: '<script>alert(1)</script>',
      handler: '<img src="x.png" onerror="alert(1)">',
      iframe: '<iframe src="https://example.org/"></iframe>',
      form: '<form action="https://example.org/"><input name="q"><button>Go</button></form>',
      jsLink: '[click](javascript:alert(1))',
      style: '<style>body{display:none}</style>',
      object: '<object data="x.swf"></object>',
    };

    for (const [name, attack] of Object.entries(attacks)) {
      it(`removes ${name}`, async () => {
        const html = await render(`Text before.\n\n${attack}\n\nText after.`);
        expect(html).toContain('Text after.');
        expect(html).not.toMatch(/<script|onerror|<iframe|<form|<input|<button|javascript:|<style|<object/i);
      });
    }

    it("cannot take over the page's own ids (skip-link target, citation anchors)", async () => {
      const html = await render('<p id="main">x</p>\n\n<span id="source-1" name="source-1">y</span>');
      expect(html).not.toMatch(/id="main"|id="source-1"|name="source-1"/);
      expect(html).toContain('id="user-content-main"');
    });

    it('keeps ordinary formatting and headings with readable ids', async () => {
      const html = await render('## The Five Dimensions\n\nSome *emphasis* and <sup>2</sup>.\n\n> A quote');
      expect(html).toContain('<h2 id="the-five-dimensions">');
      expect(html).toContain('<em>emphasis</em>');
      expect(html).toContain('<sup>2</sup>');
      expect(html).toContain('<blockquote>');
    });
  });

  describe('links in Markdown', () => {
    it('prefixes site links with the base path, once', async () => {
      const html = await render('[Japan](/countries/japan/) and [again](/asec/about/) and [source](#source-1)', '/asec/');
      expect(html).toContain('href="/asec/countries/japan/"');
      expect(html).toContain('href="/asec/about/"');
      expect(html).toContain('href="#source-1"');
    });

    it('leaves site links alone at the root', async () => {
      expect(await render('[Japan](/countries/japan/)')).toContain('href="/countries/japan/"');
    });

    it('marks links to other sites noopener noreferrer, protocol-relative ones too', async () => {
      const html = await render('[RIPESS](https://www.ripess.org/) and <a href="//www.ripess.org/">again</a>');
      expect(html).toMatch(/<a href="https:\/\/www\.ripess\.org\/" rel="noopener noreferrer">/);
      expect(html).toMatch(/<a href="\/\/www\.ripess\.org\/" rel="noopener noreferrer">/);
    });
  });
});

describe('the two pipelines', () => {
  it('give the same HTML for the same Markdown', async () => {
    const markdown =
      "## Lima, July 1997\n\nThe “Globalization of Solidarity” meeting – it's [RIPESS](https://www.ripess.org/)'s start ([1](#source-1)).\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n<sup>2</sup> & <kbd>Tab</kbd> <script>x</script>\n";
    const [satteri, unified] = await Promise.all(Object.values(pipelines).map((render) => render(markdown, '/asec/')));
    const same = (html: string) => html.replaceAll('&#x26;', '&amp;').replace(/>\s+</g, '><').trim();
    expect(same(satteri!)).toBe(same(unified!));
    expect(satteri).toContain('<table>');
  });
});

describe('MDX files', () => {
  async function compileMdx(source: string) {
    const { compile } = await import('@mdx-js/mdx');
    return String(
      await compile(source, { rehypePlugins: contentRehypePlugins('/') as NonNullable<Parameters<typeof compile>[1]>['rehypePlugins'] }),
    );
  }

  it('keep plain HTML tags but lose scripts, handlers, components and expressions', async () => {
    const js = await compileMdx(
      'A <b>bold</b> claim and <span onClick="alert(1)">a span</span>.\n\n<script>{"alert(2)"}</script>\n\n<Widget data="x" />\n\nexport const leak = 1\n\n{globalThis.alert(3)}\n',
    );
    expect(js).toContain('"bold"');
    expect(js).toContain('"a span"');
    expect(js).not.toMatch(/alert|onClick|Widget|leak/);
  });
});

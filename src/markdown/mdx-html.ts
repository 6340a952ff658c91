/**
 * In MDX, `<b>bold</b>` is JSX, not HTML. Turn lower-case JSX tags with plain attribute values
 * into ordinary HTML elements, so the sanitizer can keep the safe ones, as it does for Markdown.
 * Components, expressions and imports are left for the sanitizer to remove.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

type JsxNode = MdxJsxFlowElementHast | MdxJsxTextElementHast;

export function rehypeMdxHtml() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const jsx = node as JsxNode;
      if (!jsx.name || !/^[a-z][a-z0-9]*$/.test(jsx.name)) return;
      const properties: Properties = {};
      for (const attribute of jsx.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && (typeof attribute.value === 'string' || attribute.value === null)) {
          properties[attribute.name] = attribute.value ?? true;
        }
      }
      const element: Element = { type: 'element', tagName: jsx.name, properties, children: jsx.children as ElementContent[] };
      Object.assign(node, element);
      delete (node as Partial<JsxNode>).attributes;
      delete (node as Partial<JsxNode>).name;
    });
  };
}

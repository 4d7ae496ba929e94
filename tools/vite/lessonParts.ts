/**
 * Rehype plugin: cuts a lesson's body into parts at its h2 and h3 headings and wraps each part in
 * `<LessonPart index={i} count={n}>`, imported from `component`. A lesson page mounts the first
 * parts at once and the rest one after another, so no single task lays out the whole body (on a
 * phone the lesson's biggest task was that layout). The parts render no element of their own:
 * the headings stay children of the article, where the styles, the table of contents and the
 * search index's anchors expect them.
 */
import type { Program } from 'estree';
import type { ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { MdxjsEsmHast } from 'mdast-util-mdxjs-esm';

export const LESSON_PART = 'LessonPart';

/** The import that brings `LessonPart` into the compiled module. */
function importOf(component: string): MdxjsEsmHast {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{ type: 'ImportSpecifier', imported: { type: 'Identifier', name: LESSON_PART }, local: { type: 'Identifier', name: LESSON_PART } }],
        source: { type: 'Literal', value: component },
        attributes: [],
      },
    ],
  };
  return { type: 'mdxjsEsm', value: `import { ${LESSON_PART} } from ${JSON.stringify(component)};`, data: { estree: program } };
}

const numberAttribute = (name: string, n: number) => ({
  type: 'mdxJsxAttribute' as const,
  name,
  value: {
    type: 'mdxJsxAttributeValueExpression' as const,
    value: String(n),
    data: { estree: { type: 'Program' as const, sourceType: 'module' as const, body: [{ type: 'ExpressionStatement' as const, expression: { type: 'Literal' as const, value: n } }] } satisfies Program },
  },
});

const isBlank = (node: RootContent) => node.type === 'text' && node.value.trim() === '';
const startsPart = (node: RootContent) => node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3');

/** Groups the root's content (not its imports and exports) into parts, each starting at a heading. */
export function splitIntoParts(children: readonly RootContent[]): { esm: RootContent[]; parts: RootContent[][] } {
  const esm: RootContent[] = [];
  const parts: RootContent[][] = [];
  let current: RootContent[] = [];
  for (const node of children) {
    if (node.type === 'mdxjsEsm') {
      esm.push(node);
      continue;
    }
    if (startsPart(node) && current.some((n) => !isBlank(n))) {
      parts.push(current);
      current = [];
    }
    current.push(node);
  }
  if (current.some((n) => !isBlank(n))) parts.push(current);
  return { esm, parts };
}

export function rehypeLessonParts({ component }: { component: string }) {
  return (tree: Root) => {
    const { esm, parts } = splitIntoParts(tree.children);
    if (parts.length === 0) return;
    const wrapped = parts.map(
      (children, index): MdxJsxFlowElementHast => ({
        type: 'mdxJsxFlowElement',
        name: LESSON_PART,
        attributes: [numberAttribute('index', index), numberAttribute('count', parts.length)],
        children: children as ElementContent[],
      }),
    );
    tree.children = [importOf(component), ...esm, ...wrapped];
  };
}

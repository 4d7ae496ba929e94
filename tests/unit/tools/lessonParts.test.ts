import { compile } from '@mdx-js/mdx';
import type { Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { mdxOptions } from '../../../mdx.config.ts';
import { splitIntoParts } from '../../../tools/vite/lessonParts.ts';

const el = (tagName: string, text = ''): RootContent => ({ type: 'element', tagName, properties: {}, children: text ? [{ type: 'text', value: text }] : [] });
const blank: RootContent = { type: 'text', value: '\n' };
const esm: RootContent = { type: 'mdxjsEsm', value: "import x from './x'" } as RootContent;
const tags = (nodes: RootContent[]) => nodes.filter((n) => n.type === 'element').map((n) => (n as { tagName: string }).tagName);

describe('splitIntoParts', () => {
  it('starts a part at each h2 and h3, keeps imports and exports out of the parts', () => {
    const { esm: kept, parts } = splitIntoParts([esm, el('p', 'intro'), blank, el('h2', 'A'), el('p'), el('h3', 'A.1'), el('p'), el('h4', 'A.1.a'), el('p'), blank, esm, el('h2', 'B'), el('table')]);
    expect(kept).toHaveLength(2);
    expect(parts.map(tags)).toEqual([['p'], ['h2', 'p'], ['h3', 'p', 'h4', 'p'], ['h2', 'table']]);
  });

  it('does not make an empty part before a body that opens with an h2, nor after a trailing blank', () => {
    const { parts } = splitIntoParts([blank, el('h2', 'A'), el('p'), el('h2', 'B'), blank]);
    expect(parts.map(tags)).toEqual([['h2', 'p'], ['h2']]);
  });

  it('makes no part of a body that is only imports', () => {
    const tree: Root = { type: 'root', children: [esm, blank] };
    expect(splitIntoParts(tree.children).parts).toEqual([]);
  });
});

describe('the MDX setup', () => {
  it('wraps each section of a lesson in a LessonPart that knows its index and the count', async () => {
    const out = String(await compile('import A from "./a"\n\nIntro.\n\n## One\n\nText.\n\n## Two\n\n<A />\n', mdxOptions));
    expect(out).toMatch(/import \{LessonPart\} from "\/src\/ui\/lesson\/LessonPart\.tsx"/);
    expect([...out.matchAll(/index: (\d+),\s*count: (\d+)/g)].map((m) => `${m[1]}/${m[2]}`)).toEqual(['0/3', '1/3', '2/3']);
  });
});

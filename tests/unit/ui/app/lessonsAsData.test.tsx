/**
 * Every written lesson, rendered in the real app, checked as data: its heading ids match what the
 * search index links to, and every widget preset, glossary term, knowledge check and internal link
 * it contains resolves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GLOSSARY } from '../../../../src/content/glossary/index.ts';
import { KNOWLEDGE_CHECKS } from '../../../../src/content/quiz/index.ts';
import { WRITTEN } from '../../../../src/lessons/course.ts';
import { lessonHeadings, parseLesson } from '../../../../tools/vite/searchDocuments.ts';
import { type LinkContext, linkProblem } from './lessonLinks.ts';
import { renderApp } from './renderApp.tsx';
import { diagramKey } from '../../../../src/ui/lesson/diagramKey.ts';
// Every observed element counts as near the reader, so each knowledge check loads its items.
import '../widgets/inView.ts';

vi.mock('mermaid', () => ({ default: { initialize: vi.fn(), render: vi.fn(async () => ({ svg: '<svg></svg>' })) } }));

// Widgets are checked by their props here (their own tests run them); rendering them would run
// every simulation in jsdom.
vi.mock('../../../../src/ui/widgets/kv-paging/KvPagingWidget.tsx', () => ({ KvPagingWidget: (p: object) => <div data-widget="kv-paging" data-props={JSON.stringify(p)} /> }));
vi.mock('../../../../src/ui/widgets/batching/BatchingWidget.tsx', () => ({ BatchingWidget: (p: object) => <div data-widget="batching" data-props={JSON.stringify(p)} /> }));
vi.mock('../../../../src/ui/widgets/routing/RoutingWidget.tsx', () => ({ RoutingWidget: (p: object) => <div data-widget="routing" data-props={JSON.stringify(p)} /> }));

/** Each widget's preset table, wherever the pure layer keeps it (`<widget>/presets.ts`). */
const presetModules = import.meta.glob<Record<string, unknown>>('../../../../src/**/presets.ts', { eager: true });
function presetIds(widget: string): ReadonlySet<string> | undefined {
  const entry = Object.entries(presetModules).find(([path]) => path.endsWith(`/${widget}/presets.ts`));
  const table = entry && Object.entries(entry[1]).find(([name, v]) => name.endsWith('_PRESETS') && typeof v === 'object' && v !== null)?.[1];
  return table ? new Set(Object.keys(table)) : undefined;
}

const termIds = new Set(GLOSSARY.map((t) => t.id));
const mdxOf = (file: string) => readFileSync(join('src/lessons', file), 'utf8');
const lessonAnchors = new Map(WRITTEN.map((l) => [l.id, new Set(lessonHeadings(parseLesson(mdxOf(l.file ?? ''))).map((h) => h.id))]));
const pageAnchors = new Map<string, ReadonlySet<string>>();
const predrawn = new Set(readdirSync('src/lessons/diagrams'));

function jsxElements(mdx: string, name: string): (MdxJsxFlowElement | MdxJsxTextElement)[] {
  const out: (MdxJsxFlowElement | MdxJsxTextElement)[] = [];
  visit(parseLesson(mdx), (n) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (n as MdxJsxFlowElement).name === name) out.push(n as MdxJsxFlowElement);
  });
  return out;
}

function jsxElementsWith(mdx: string, attribute: string): (MdxJsxFlowElement | MdxJsxTextElement)[] {
  const out: (MdxJsxFlowElement | MdxJsxTextElement)[] = [];
  visit(parseLesson(mdx), (n) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && attr(n as MdxJsxFlowElement, attribute) !== undefined) out.push(n as MdxJsxFlowElement);
  });
  return out;
}

function attr(el: MdxJsxFlowElement | MdxJsxTextElement, name: string): unknown {
  return el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

beforeAll(async () => {
  // Anchors on the other pages a lesson may link to.
  for (const path of ['/about', '/glossary']) {
    const { unmount } = await renderApp(path);
    await screen.findByRole('heading', { level: 1 });
    pageAnchors.set(path, new Set([...document.querySelectorAll('[id]')].map((e) => e.id)));
    unmount();
  }
}, 30_000);

describe('internal link resolution', () => {
  const ctx: LinkContext = { pageIds: new Set(['here']), lessonAnchors: new Map([['vllm/lora', new Set(['flags'])]]), termIds: new Set(['ttft']), pageAnchors: new Map([['/about', new Set(['model'])]]) };

  it('accepts links that resolve', () => {
    for (const ok of ['#here', '/learn/vllm/lora', '/learn/vllm/lora#flags', '/glossary/ttft', '/glossary', '/quiz?mode=topic&topic=vllm', '/about#model', 'https://docs.vllm.ai/']) expect(linkProblem(ok, ctx), ok).toBeNull();
  });

  it('names what is wrong with each link that does not', () => {
    expect(linkProblem('#gone', ctx)).toMatch(/no element with that id/);
    expect(linkProblem('/learn/vllm/made-up', ctx)).toMatch(/no written lesson vllm\/made-up/);
    expect(linkProblem('/learn/vllm/lora#nope', ctx)).toMatch(/has no heading #nope/);
    expect(linkProblem('/glossary/nope', ctx)).toMatch(/no glossary term nope/);
    expect(linkProblem('/labs', ctx)).toMatch(/no such page/);
    expect(linkProblem('/about#team', ctx)).toMatch(/\/about has no element #team/);
    expect(linkProblem('http://example.org', ctx)).toMatch(/use https/);
  });
});

describe.each(WRITTEN.map((l) => [l.id, l] as const))('lesson %s', (id, lesson) => {
  const mdx = mdxOf(lesson.file ?? '');

  it('renders, and everything it points at resolves', async () => {
    const { unmount } = await renderApp(`/learn/${id}`);
    const problems: string[] = [];
    await screen.findByRole('heading', { level: 1, name: lesson.title }, { timeout: 25_000 });
    const article = document.querySelector('article.lesson');
    // The body is a lazy chunk; the knowledge check at its end loads its own items.
    await waitFor(() => expect(document.querySelector('.knowledge-check')).not.toBeNull(), { timeout: 25_000 });
    await waitFor(() => expect(screen.queryByText('Loading the knowledge check…')).toBeNull(), { timeout: 25_000 });

    // Headings: the ids rehype-slug rendered are the anchors the search index links to.
    // MDX renders its headings straight into the article; components' own headings sit deeper.
    const headingIds = [...(article?.querySelectorAll(':scope > :is(h2, h3, h4, h5, h6)') ?? [])].filter((h) => !h.closest('.objectives, .sources')).map((h) => h.id);
    expect(headingIds, 'heading ids').toEqual(lessonHeadings(parseLesson(mdx)).map((h) => h.id));

    // Knowledge check: this lesson's own, and it exists.
    const checks = jsxElements(mdx, 'KnowledgeCheck').map((el) => attr(el, 'lesson'));
    if (checks.length !== 1 || checks[0] !== id) problems.push(`KnowledgeCheck lesson ids ${JSON.stringify(checks)}, expected ["${id}"]`);
    if (!(id in KNOWLEDGE_CHECKS)) problems.push(`no knowledge check file for ${id}`);
    if (screen.queryByText('This lesson has no knowledge check yet.')) problems.push('knowledge check did not load');

    // Glossary terms.
    for (const el of jsxElements(mdx, 'Term')) {
      const term = attr(el, 'id');
      if (typeof term !== 'string' || !termIds.has(term)) problems.push(`<Term id=${JSON.stringify(term)}> is not a glossary term`);
    }

    // Widgets: every embed that names a preset names one its widget's preset table has
    // (`KvPagingWidget` → `<pure layer>/kv-paging/presets.ts`), and has a unique instance id.
    const instanceIds = new Set<string>();
    for (const el of jsxElementsWith(mdx, 'preset')) {
      const widget = (el.name ?? '').replace(/Widget$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
      const preset = attr(el, 'preset');
      const instance = attr(el, 'id');
      const known = presetIds(widget);
      if (!known) problems.push(`no preset table found for <${el.name}> (looked for ${widget}/presets.ts)`);
      else if (typeof preset !== 'string' || !known.has(preset)) problems.push(`<${el.name}> preset ${JSON.stringify(preset)} is unknown (known: ${[...known].join(', ')})`);
      if (typeof instance !== 'string' || instanceIds.has(instance)) problems.push(`<${el.name}> needs a unique id on the page (got ${JSON.stringify(instance)})`);
      else instanceIds.add(instance);
    }
    // The stubbed widgets all rendered, with the props the file gives them.
    const rendered = [...document.querySelectorAll<HTMLElement>('[data-widget][data-props]')].map((w) => (JSON.parse(w.dataset.props ?? '{}') as { preset?: string }).preset);
    const stubbed = ['KvPagingWidget', 'BatchingWidget', 'RoutingWidget'].flatMap((n) => jsxElements(mdx, n).map((el) => attr(el, 'preset')));
    if (rendered.sort().join() !== stubbed.sort().join()) problems.push(`widgets rendered ${JSON.stringify(rendered)}, file embeds ${JSON.stringify(stubbed)}`);

    // Diagrams: each one's source has a drawing in both themes (`npm run diagrams` after an edit),
    // and the page shows that drawing.
    for (const el of jsxElements(mdx, 'Mermaid')) {
      const source = attr(el, 'chart') as { value?: string } | undefined;
      const literal = source?.value ?? '';
      if (!/^`[^`]*`$/.test(literal) || literal.includes('${')) {
        problems.push(`<Mermaid chart> should be a plain template literal (got ${literal.slice(0, 40)}…)`);
        continue;
      }
      const chart = literal.slice(1, -1).replace(/\\([`$\\])/g, '$1');
      const key = diagramKey(chart);
      for (const theme of ['light', 'dark']) if (!predrawn.has(`${key}.${theme}.svg`)) problems.push(`diagram "${chart.split('\n')[0]}…" has no ${theme} drawing (${key}.${theme}.svg): run npm run diagrams`);
    }
    const shown = [...document.querySelectorAll<HTMLElement>('.mermaid-figure')];
    if (shown.length !== jsxElements(mdx, 'Mermaid').length) problems.push(`${shown.length} diagrams rendered, the file has ${jsxElements(mdx, 'Mermaid').length}`);
    for (const f of shown) if (f.dataset.predrawn !== 'yes') problems.push(`diagram ${f.dataset.diagram} is drawn live, not from its drawing`);

    // Links, in the lesson body and its navigation.
    const ctx: LinkContext = { pageIds: new Set([...document.querySelectorAll('[id]')].map((e) => e.id)), lessonAnchors, termIds, pageAnchors };
    for (const a of article?.querySelectorAll('a[href]') ?? []) {
      const problem = linkProblem(a.getAttribute('href') ?? '', ctx);
      if (problem) problems.push(`link "${a.textContent}" ${problem}`);
    }

    unmount();
    expect(problems).toEqual([]);
  }, 60_000);
});

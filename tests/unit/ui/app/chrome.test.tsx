import '../widgets/inView.ts';
import { readFileSync } from 'node:fs';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { parseLesson } from '../../../../tools/vite/searchDocuments.ts';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../../src/ui/chrome/ErrorBoundary.tsx';
import { NoticeBar } from '../../../../src/ui/chrome/NoticeBar.tsx';
import { noticeStore, pushNotice } from '../../../../src/state/notices.ts';
import { Mermaid } from '../../../../src/ui/lesson/Mermaid.tsx';

const mermaidRender = vi.fn();
vi.mock('mermaid', () => ({ default: { initialize: vi.fn(), render: (...a: unknown[]) => mermaidRender(...a) } }));

beforeEach(() => {
  noticeStore.setState({ notices: [] });
  mermaidRender.mockReset();
});

function Boom(): never {
  throw new Error('widget exploded');
}

it('contains a crashing child and keeps its siblings', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  render(
    <div>
      <p>Lesson text</p>
      <ErrorBoundary what="this widget">
        <Boom />
      </ErrorBoundary>
    </div>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent(/this widget stopped working/);
  expect(screen.getByText('widget exploded')).toBeInTheDocument();
  expect(screen.getByText('Lesson text')).toBeInTheDocument();
});

it('shows notices with their download and dismiss buttons', async () => {
  pushNotice({ id: 'x', tone: 'warn', message: 'Saved data unreadable', download: { filename: 'x.json', content: '{"a":1}' } });
  render(<NoticeBar />);
  const link = screen.getByRole('link', { name: 'Download it' });
  expect(link).toHaveAttribute('download', 'x.json');
  expect(decodeURIComponent(link.getAttribute('href') ?? '')).toContain('{"a":1}');
  await userEvent.click(screen.getByRole('button', { name: /dismiss/i }));
  expect(screen.queryByText('Saved data unreadable')).toBeNull();
});

it('draws a mermaid chart in strict mode, labelled for screen readers', async () => {
  mermaidRender.mockResolvedValue({ svg: '<svg><g class="node"></g></svg>' });
  const { container } = render(<Mermaid chart="flowchart LR; A-->B" caption="A to B" />);
  expect(container.querySelector('figure')).toHaveAttribute('data-state', 'loading');
  await screen.findByRole('img', { name: 'A to B' });
  expect(container.querySelector('figure')).toHaveAttribute('data-state', 'ready');
  const mermaid = (await import('mermaid')).default;
  expect(mermaid.initialize).toHaveBeenCalledWith(expect.objectContaining({ securityLevel: 'strict', startOnLoad: false }));
  // Coloured from the design tokens, at natural size (a wide diagram scrolls rather than shrinking its text).
  expect(mermaid.initialize).toHaveBeenLastCalledWith(
    expect.objectContaining({ theme: 'base', themeVariables: expect.objectContaining({ fontSize: '16px' }), flowchart: expect.objectContaining({ useMaxWidth: false }), sequence: expect.objectContaining({ useMaxWidth: false }) }),
  );
});

it('shows a readable error when a chart does not parse', async () => {
  mermaidRender.mockRejectedValue(new Error('Parse error on line 1'));
  const { container } = render(<Mermaid chart="flowchart ???" caption="broken" />);
  expect(await screen.findByRole('alert')).toHaveTextContent(/Parse error on line 1/);
  expect(container.querySelector('figure')).toHaveAttribute('data-state', 'error');
});

it('shows a lesson diagram from its drawing, without loading mermaid, and switches drawing with the theme', async () => {
  // The chart as MDX hands it to the component (the attribute's indentation taken off its lines).
  let chart = '';
  visit(parseLesson(readFileSync('src/lessons/02-vllm/02-paged-attention.mdx', 'utf8')), (n) => {
    const el = n as MdxJsxFlowElement;
    const value = el.type === 'mdxJsxFlowElement' && el.name === 'Mermaid' ? el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'chart')?.value : undefined;
    if (!chart && value && typeof value === 'object') chart = value.value.slice(1, -1);
  });
  expect(chart).toMatch(/^flowchart/);
  document.documentElement.dataset.theme = 'light';
  const { container } = render(<Mermaid chart={chart} caption="Logical to physical blocks" />);
  expect(container.querySelector('figure')).toHaveAttribute('data-predrawn', 'yes');
  const light = await screen.findByRole('img', { name: 'Logical to physical blocks' });
  expect(light.id).toMatch(/^mmd-\w+-light$/);
  // The drawing's id placeholder is replaced everywhere (its styles and arrow markers use it).
  expect(container.innerHTML).not.toContain('__DIAGRAM_ID__');
  expect(light.querySelector('style')?.textContent).toContain(`#${light.id}`);
  act(() => {
    document.documentElement.dataset.theme = 'dark';
  });
  await waitFor(() => expect(screen.getByRole('img', { name: 'Logical to physical blocks' }).id).toMatch(/-dark$/));
  expect(mermaidRender).not.toHaveBeenCalled();
  delete document.documentElement.dataset.theme;
});

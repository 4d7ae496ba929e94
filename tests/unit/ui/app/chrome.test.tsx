import '../widgets/inView.ts';
import { render, screen } from '@testing-library/react';
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

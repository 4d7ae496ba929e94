import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { SEARCH_OPTIONS, type SearchDoc } from '../../../../src/content/search/options.ts';
import { searcherFromJson } from '../../../../src/ui/search/loadSearchIndex.ts';
import { isSearchShortcut } from '../../../../src/ui/search/SearchButton.tsx';
import { SearchPalette } from '../../../../src/ui/search/SearchPalette.tsx';
import { renderApp } from './renderApp.tsx';

vi.mock('mermaid', () => ({ default: { initialize: vi.fn(), render: vi.fn(async () => ({ svg: '<svg></svg>' })) } }));

const DOCS: SearchDoc[] = [
  { id: 'lesson:vllm/paged-attention', kind: 'lesson', title: 'PagedAttention', parent: 'Lesson', url: '/learn/vllm/paged-attention', text: 'blocks and block tables' },
  { id: 'section:vllm/paged-attention#choosing-a-block-size', kind: 'section', title: 'Choosing a block size', parent: 'PagedAttention', url: '/learn/vllm/paged-attention#choosing-a-block-size', text: 'block size 16 tokens' },
  { id: 'term:ttft', kind: 'term', title: 'Time to first token (TTFT)', parent: 'Glossary', url: '/glossary/ttft', text: 'delay before the first token' },
];

function fakeIndex() {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  index.addAll(DOCS);
  const search = searcherFromJson(JSON.stringify(index));
  return () => Promise.resolve(search);
}

function setup(loadIndex = fakeIndex()) {
  const onClose = vi.fn();
  const onNavigate = vi.fn();
  const view = render(<SearchPalette onClose={onClose} onNavigate={onNavigate} loadIndex={loadIndex} />);
  return { onClose, onNavigate, ...view };
}

describe('search palette', () => {
  it('is a labelled modal dialog whose combobox takes focus and controls the results listbox', async () => {
    setup();
    expect(screen.getByRole('dialog', { name: 'Search the course' })).toHaveAttribute('aria-modal', 'true');
    const box = screen.getByRole('combobox', { name: 'Search the course' });
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Type to search/));
  });

  it('moves through results with the arrow keys (wrapping) and opens the active one with Enter', async () => {
    const { onClose, onNavigate } = setup();
    const box = screen.getByRole('combobox');
    await screen.findByText(/Type to search/);
    await userEvent.type(box, 'block');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.querySelector('.search-hit-title')?.textContent).sort()).toEqual(['Choosing a block size', 'PagedAttention']);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'false');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowUp}{Enter}');
    const last = DOCS.find((d) => d.title === options[1]?.querySelector('.search-hit-title')?.textContent);
    expect(onNavigate).toHaveBeenCalledWith(last?.url);
    expect(onClose).toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('2 results');
  });

  it('says so when nothing matches, and opens a clicked result', async () => {
    const { onNavigate } = setup();
    await screen.findByText(/Type to search/);
    await userEvent.type(screen.getByRole('combobox'), 'zzzqqq');
    expect(screen.getByRole('status')).toHaveTextContent('No results for “zzzqqq”.');
    await userEvent.clear(screen.getByRole('combobox'));
    await userEvent.type(screen.getByRole('combobox'), 'ttft');
    await userEvent.click(await screen.findByRole('option', { name: /Time to first token/ }));
    expect(onNavigate).toHaveBeenCalledWith('/glossary/ttft');
  });

  it('closes on Escape and gives focus back to what opened it', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { onClose, unmount } = setup();
    expect(screen.getByRole('combobox')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    unmount();
    expect(opener).toHaveFocus();
    opener.remove();
  });

  it('keeps Tab inside the dialog', async () => {
    setup();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Close search' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('combobox')).toHaveFocus();
  });

  it('explains a failed index load in words a learner can act on', async () => {
    setup(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    // The status first says it is loading; wait for the rejection to reach it.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Search could not load \(Failed to fetch.*\)\. Check your connection/));
  });
});

describe('search in the app', () => {
  it('Ctrl+K or Cmd+K opens it, but not with Shift or Alt', () => {
    expect(isSearchShortcut({ key: 'k', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false })).toBe(true);
    expect(isSearchShortcut({ key: 'K', ctrlKey: false, metaKey: true, altKey: false, shiftKey: false })).toBe(true);
    expect(isSearchShortcut({ key: 'k', ctrlKey: true, metaKey: false, altKey: false, shiftKey: true })).toBe(false);
    expect(isSearchShortcut({ key: 'k', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false })).toBe(false);
  });

  it('opens from the header with Ctrl+K, searches the built index and goes to the hit', async () => {
    // jsdom has no layout, so no scrollIntoView.
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const { router } = await renderApp('/about');
    const button = await screen.findByRole('button', { name: /search/i });
    expect(button).toHaveAttribute('aria-keyshortcuts');
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }));
    });
    const box = await screen.findByRole('combobox', { name: 'Search the course' });
    await waitFor(() => expect(box).toHaveFocus());
    await screen.findByText(/Type to search/, undefined, { timeout: 20_000 });
    await userEvent.type(box, 'TTFT');
    await screen.findAllByRole('option');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/glossary/ttft'));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Focus lands on the page's heading, so a screen reader starts reading where the hit leads.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(scrolled).toHaveBeenCalled();
  }, 30_000);
});

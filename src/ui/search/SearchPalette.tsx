/**
 * The command palette: a modal dialog holding a combobox and its listbox of results. Arrow keys
 * move through the results, Enter opens one, Escape closes, and focus goes back to where it was.
 */
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { KIND_LABELS, type SearchHit } from '../../content/search/options.ts';
import type { Searcher } from './loadSearchIndex.ts';
import './search.css';

export interface SearchPaletteProps {
  readonly onClose: () => void;
  /** Opens a hit's URL (path, query and hash). */
  readonly onNavigate: (url: string) => void;
  readonly loadIndex: () => Promise<Searcher>;
}

type IndexState = { status: 'loading' } | { status: 'ready'; search: Searcher } | { status: 'error'; message: string };

export function SearchPalette({ onClose, onNavigate, loadIndex }: SearchPaletteProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [index, setIndex] = useState<IndexState>({ status: 'loading' });
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    let live = true;
    loadIndex().then(
      (search) => live && setIndex({ status: 'ready', search }),
      (err: unknown) => live && setIndex({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [loadIndex]);

  useEffect(() => {
    // Focus goes back to whatever opened the palette (the search button, or the page for Ctrl+K).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const hits: SearchHit[] = useMemo(() => (index.status === 'ready' ? index.search(query) : []), [index, query]);
  const current = hits[Math.min(active, hits.length - 1)];

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    onNavigate(hit.url);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length > 0) setActive((a) => (Math.min(a, hits.length - 1) + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter' && e.target === inputRef.current) {
      e.preventDefault();
      choose(current);
    } else if (e.key === 'Tab') {
      // Keep focus inside the dialog: it holds only the field and the close button.
      const focusables = [...(dialogRef.current?.querySelectorAll<HTMLElement>('input, button') ?? [])];
      const i = focusables.indexOf(document.activeElement as HTMLElement);
      e.preventDefault();
      focusables[(i + (e.shiftKey ? focusables.length - 1 : 1)) % focusables.length]?.focus();
    }
  };

  const status =
    index.status === 'loading'
      ? 'Loading the search index…'
      : index.status === 'error'
        ? `Search could not load (${index.message}). Check your connection and try again; once loaded, search works offline.`
        : query.trim() === ''
          ? 'Type to search lessons, sections, glossary terms, quiz topics and widgets.'
          : hits.length === 0
            ? `No results for “${query.trim()}”.`
            : `${hits.length} result${hits.length === 1 ? '' : 's'}. Use the arrow keys to choose, Enter to open.`;

  return (
    <div className="search-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialogRef} className="search-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
        <div className="search-head">
          <h2 id={`${id}-title`} className="visually-hidden">
            Search the course
          </h2>
          <input
            ref={inputRef}
            className="search-input"
            type="text"
            role="combobox"
            aria-label="Search the course"
            aria-expanded={hits.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={current ? `${id}-opt-${hits.indexOf(current)}` : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder="Search lessons, terms, widgets…"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
          />
          <button type="button" className="search-close" aria-label="Close search" onClick={onClose}>
            Close
          </button>
        </div>
        <p className="search-status" role="status">
          {status}
        </p>
        <ul id={`${id}-list`} className="search-results" role="listbox" aria-label="Results">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={hit === current}
              className="search-hit"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
            >
              <span className="search-hit-title">{hit.title}</span>
              <span className="search-hit-meta">
                {KIND_LABELS[hit.kind]} · {hit.parent}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

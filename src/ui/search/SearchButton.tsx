/**
 * The header's search button and the Ctrl/Cmd+K shortcut. The palette's code and the index load
 * on first use, so search costs the home page nothing.
 */
import { useRouter } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { loadSearchIndex } from './loadSearchIndex.ts';
import { focusTarget } from './scrollToAnchor.ts';

const SearchPalette = lazy(() => import('./SearchPalette.tsx').then((m) => ({ default: m.SearchPalette })));

/** True for Ctrl+K (Cmd+K on a Mac). */
export function isSearchShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
}

export function SearchButton() {
  const [open, setOpen] = useState(false);
  const router = useRouter();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const navigate = useCallback(
    (url: string) => {
      router.history.push(url);
      focusTarget(new URL(url, window.location.origin).hash);
    },
    [router],
  );

  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <>
      <button type="button" className="search-button" aria-haspopup="dialog" aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'} onClick={() => setOpen(true)}>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        Search
        <kbd aria-hidden="true">{isMac ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SearchPalette onClose={() => setOpen(false)} onNavigate={navigate} loadIndex={loadSearchIndex} />
        </Suspense>
      ) : null}
    </>
  );
}

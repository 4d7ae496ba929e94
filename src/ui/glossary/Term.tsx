/**
 * An inline glossary reference for lessons: `<Term id="ttft">TTFT</Term>`.
 * Renders a link to /glossary/<id> with a preview of the definition that opens on hover and on keyboard
 * focus, stays open while hovered, and closes on Escape, blur or leaving.
 */
import { AppLink, termHref } from '../chrome/AppLink.tsx';
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { GlossaryTerm } from '../../content/glossary/types.ts';
import { loadGlossary } from './loadGlossary.ts';
import './Term.css';

type Data = { state: 'loading' } | { state: 'ready'; term: GlossaryTerm | null } | { state: 'error' };

export function Term({ id, children }: { readonly id: string; readonly children?: ReactNode }) {
  const tipId = `term-tip-${useId().replace(/:/g, '')}`;
  const [data, setData] = useState<Data>({ state: 'loading' });
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(0);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const tip = useRef<HTMLSpanElement>(null);

  // Fetch the glossary chunk after mount, so the preview (and its description for screen readers) is
  // ready by the time someone focuses the link.
  useEffect(() => {
    let live = true;
    loadGlossary().then(
      (g) => live && setData({ state: 'ready', term: g.getTerm(id) ?? null }),
      () => live && setData({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  // Keep the preview inside the viewport on narrow screens.
  useLayoutEffect(() => {
    if (!open || !tip.current) return;
    const rect = tip.current.getBoundingClientRect();
    const overflow = rect.right - (window.innerWidth - 8);
    setShift(overflow > 0 ? Math.min(overflow, Math.max(0, rect.left - 8)) : 0);
  }, [open]);

  useEffect(() => () => cancelClose(), []);

  function cancelClose() {
    if (closeTimer.current) clearTimeout(closeTimer.current);
    closeTimer.current = null;
  }
  function show() {
    cancelClose();
    setOpen(true);
  }
  function hideSoon() {
    cancelClose();
    closeTimer.current = setTimeout(() => setOpen(false), 120);
  }

  const name = data.state === 'ready' && data.term ? data.term : null;
  return (
    <span className="term" onMouseEnter={show} onMouseLeave={hideSoon}>
      <AppLink
        href={termHref(id)}
        className="term-link"
        aria-describedby={tipId}
        onFocus={show}
        onBlur={() => setOpen(false)}
      >
        {children ?? name?.term ?? id}
      </AppLink>
      <span
        ref={tip}
        id={tipId}
        role="tooltip"
        className="term-preview"
        hidden={!open}
        style={shift ? { transform: `translateX(-${shift}px)` } : undefined}
      >
        {data.state === 'loading' ? 'Loading definition…' : null}
        {data.state === 'error' ? 'The glossary could not be loaded.' : null}
        {data.state === 'ready' && !data.term ? 'Not in the glossary yet.' : null}
        {name ? (
          <>
            <strong className="term-preview-name">
              {name.term}
              {name.acronym && name.acronym !== name.term ? ` (${name.acronym})` : ''}
            </strong>{' '}
            <span className="term-preview-short">{name.short}</span>
          </>
        ) : null}
      </span>
    </span>
  );
}

import { useEffect, useState } from 'react';

/**
 * How far ahead of the reader something heavy starts (an IntersectionObserver root margin): `loading`
 * while the page is still loading, `settled` once `settleMs` have passed since it mounted. While a
 * phone loads a lesson, only what is on screen competes with the page for the main thread; once
 * the page has settled, things start well before the reader reaches them.
 */
export function useLookAhead(loading: string, settled: string, settleMs = 4000): string {
  const [margin, setMargin] = useState(loading);
  useEffect(() => {
    const t = setTimeout(() => setMargin(settled), settleMs);
    return () => clearTimeout(t);
  }, [settled, settleMs]);
  return margin;
}

/**
 * After a search opens a page, brings the chosen heading into view and moves focus to it, so
 * keyboard and screen-reader users land where they asked. Lesson bodies load lazily, so the
 * heading may appear a moment after navigation: wait for it, for a while. `focus: false` only
 * scrolls, as the browser does for a link to a heading.
 */
export function focusTarget(hash: string, { timeoutMs = 5000, focus = true }: { readonly timeoutMs?: number; readonly focus?: boolean } = {}): () => void {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const started = performance.now();
  let frame = 0;
  const tick = () => {
    const el = id ? document.getElementById(id) : document.querySelector('main h1');
    if (el instanceof HTMLElement) {
      if (focus) {
        if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
        el.focus({ preventScroll: true });
      }
      el.scrollIntoView({ block: 'start' });
      return;
    }
    if (performance.now() - started < timeoutMs) frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}

import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { currentTheme } from '../chrome/theme.ts';
import { loadMermaid } from './loadMermaid.ts';

interface Outcome {
  /** Which chart and theme this outcome is for; a different key means "still loading". */
  readonly key: string;
  readonly status: 'ready' | 'error';
  readonly error?: string;
}

function subscribeTheme(onChange: () => void): () => void {
  const mo = new MutationObserver(onChange);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => mo.disconnect();
}

/**
 * A mermaid diagram. Mermaid is loaded only when a diagram is on screen (never on the home page),
 * renders with `securityLevel: 'strict'`, and re-renders when the theme changes.
 * @param chart mermaid source; @param caption describes the diagram for screen readers and print.
 */
export function Mermaid({ chart, caption }: { chart: string; caption: string }) {
  const id = `mmd-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const box = useRef<HTMLDivElement>(null);
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, () => 'light' as const);
  const key = `${theme}\n${chart}`;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const status = outcome?.key === key ? outcome.status : 'loading';

  useEffect(() => {
    let cancelled = false;
    loadMermaid(theme)
      .then((m) => m.render(`${id}-${theme}`, chart))
      .then(({ svg }) => {
        if (cancelled || !box.current) return;
        box.current.innerHTML = svg;
        const el = box.current.querySelector('svg');
        el?.setAttribute('role', 'img');
        el?.setAttribute('aria-label', caption);
        setOutcome({ key, status: 'ready' });
      })
      .catch((err: unknown) => {
        if (!cancelled) setOutcome({ key, status: 'error', error: err instanceof Error ? err.message : String(err) });
      });
    return () => {
      cancelled = true;
    };
  }, [chart, caption, id, theme, key]);

  return (
    <figure className="mermaid-figure" data-state={status}>
      {status === 'loading' && (
        <p role="status" className="muted">
          Drawing diagram…
        </p>
      )}
      {status === 'error' && (
        <div role="alert" className="error-box">
          <p>The diagram could not be drawn: {outcome?.error}</p>
          <pre>{chart}</pre>
        </div>
      )}
      <div ref={box} className="mermaid-svg" hidden={status !== 'ready'} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

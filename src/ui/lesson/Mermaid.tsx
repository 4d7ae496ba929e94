import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { currentTheme } from '../chrome/theme.ts';
import { useLookAhead } from '../widgets/kit/useLookAhead.ts';
import { useNearViewport } from '../widgets/kit/useNearViewport.ts';
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
 * A mermaid diagram. Mermaid is loaded and the diagram drawn only when it comes near the
 * viewport (never on the home page, and not for diagrams far down a lesson), with
 * `securityLevel: 'strict'`, coloured from the design tokens, redrawn when the theme changes.
 * A diagram wider than the column scrolls sideways; its text never shrinks.
 * @param chart mermaid source; @param caption describes the diagram for screen readers and print.
 */
export function Mermaid({ chart, caption }: { chart: string; caption: string }) {
  const id = `mmd-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const box = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  // The placeholder cannot know the diagram's height, so a diagram should be drawn (and grow)
  // well before it scrolls into view, where its growth would move the text: 2,000 px ahead once
  // the page has settled, only 800 px ahead while it loads (drawing is heavy main-thread work).
  const near = useNearViewport(figure, useLookAhead('800px', '2000px'));
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, () => 'light' as const);
  const key = `${theme}\n${chart}`;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const status = outcome?.key === key ? outcome.status : 'loading';

  useEffect(() => {
    if (!near) return;
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
  }, [chart, caption, id, theme, key, near]);

  return (
    <figure ref={figure} className="mermaid-figure" data-state={status}>
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
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a diagram wider than the column scrolls, so it must take keyboard focus */}
      <div ref={box} className="mermaid-svg" hidden={status !== 'ready'} tabIndex={status === 'ready' ? 0 : undefined} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { currentTheme } from '../chrome/theme.ts';
import { useLookAhead } from '../widgets/kit/useLookAhead.ts';
import { useNearViewport } from '../widgets/kit/useNearViewport.ts';
import { DIAGRAM_ID_TOKEN, diagramKey } from './diagramKey.ts';
import { loadMermaid } from './loadMermaid.ts';
import { hasPredrawn, loadPredrawn } from './predrawnDiagrams.ts';

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
 * A mermaid diagram, shown when it comes near the viewport (never on the home page, and not for
 * diagrams far down a lesson), in the current theme. Its SVG is the one drawn ahead of time for
 * this exact source when there is one (src/lessons/diagrams, `npm run diagrams`); otherwise
 * mermaid is loaded and draws it here, with `securityLevel: 'strict'`, coloured from the design
 * tokens. Either way it is redrawn when the theme changes.
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
  const name = useMemo(() => diagramKey(chart), [chart]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const status = outcome?.key === key ? outcome.status : 'loading';

  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    const elementId = `${id}-${theme}`;
    const predrawn = loadPredrawn(name, theme);
    const drawn = predrawn
      ? predrawn.then((svg) => svg.replaceAll(DIAGRAM_ID_TOKEN, elementId))
      : loadMermaid(theme)
          .then((m) => m.render(elementId, chart))
          .then(({ svg }) => svg);
    drawn
      .then((svg) => {
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
  }, [chart, caption, id, theme, key, near, name]);

  return (
    <figure ref={figure} className="mermaid-figure" data-state={status} data-diagram={name} data-predrawn={hasPredrawn(name) ? 'yes' : 'no'}>
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

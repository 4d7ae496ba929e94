import { MotionConfig } from 'framer-motion';
import { type ReactNode, Suspense, useId, useRef } from 'react';
import { ErrorBoundary } from '../../chrome/ErrorBoundary.tsx';
import { useLookAhead } from './useLookAhead.ts';
import { useNearViewport } from './useNearViewport.ts';
import './widget.css';

/**
 * The frame every widget sits in: a titled, described region; an error boundary so a broken
 * widget never takes the lesson down; and framer-motion set to honour `prefers-reduced-motion`.
 * The body renders (and its simulation starts) only when the slot comes near the viewport;
 * until then a placeholder holds the widget's size, so nothing below it moves when it appears.
 */
export function WidgetSlot({
  kind,
  ns,
  title,
  description,
  headingLevel = 3,
  resetKey,
  preset,
  error,
  children,
}: {
  /** The widget's kind (`kv-paging`): its CSS reserves the body's height by it. */
  readonly kind: string;
  /** The instance's URL namespace (tests find a slot by it). */
  readonly ns: string;
  readonly title: string;
  /** One or two sentences: what the widget shows and what to try. */
  readonly description?: ReactNode;
  readonly headingLevel?: 2 | 3 | 4;
  /** Changing it clears a caught error (e.g. a new preset). */
  readonly resetKey?: string;
  /** The preset's id, so CSS can reserve a preset's own height where presets differ in size. */
  readonly preset?: string;
  /** A failure found before the body could be built (an unknown preset): shown in the boundary. */
  readonly error?: unknown;
  readonly children?: ReactNode;
}) {
  const titleId = useId();
  const descId = useId();
  const H = `h${headingLevel}` as const;
  const bodyRef = useRef<HTMLDivElement>(null);
  // While the page loads, only a widget on screen starts; once it has settled, 600 px ahead.
  const near = useNearViewport(bodyRef, useLookAhead('0px', '600px'));
  return (
    <section className="widget" data-slot={kind} data-ns={ns} data-preset={preset} aria-labelledby={titleId} aria-describedby={description ? descId : undefined}>
      <H id={titleId} className="widget-title">
        {title}
      </H>
      {description ? (
        <div id={descId} className="widget-description">
          {description}
        </div>
      ) : null}
      <div ref={bodyRef} className="widget-body">
        {near || error !== undefined ? (
          <ErrorBoundary what="this widget" {...(resetKey === undefined ? {} : { resetKey })}>
            {error === undefined ? (
              <MotionConfig reducedMotion="user">
                {/* A widget's body is its own chunk, fetched when the reader comes near. */}
                <Suspense fallback={<p className="widget-placeholder muted">Loading the simulation…</p>}>{children}</Suspense>
              </MotionConfig>
            ) : (
              <Fail error={error} />
            )}
          </ErrorBoundary>
        ) : (
          <p className="widget-placeholder muted">The simulation starts when you scroll to it.</p>
        )}
      </div>
    </section>
  );
}

/** Throws during render, so the error boundary around it reports `error` in the widget's place. */
function Fail({ error }: { readonly error: unknown }): never {
  throw error instanceof Error ? error : new Error(String(error));
}

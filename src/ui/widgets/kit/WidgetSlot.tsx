import { MotionConfig } from 'framer-motion';
import { type ReactNode, useId } from 'react';
import { ErrorBoundary } from '../../chrome/ErrorBoundary.tsx';
import './widget.css';

/**
 * The frame every widget sits in: a titled, described region; an error boundary so a broken
 * widget never takes the lesson down; and framer-motion set to honour `prefers-reduced-motion`.
 */
export function WidgetSlot({
  title,
  description,
  headingLevel = 3,
  resetKey,
  children,
}: {
  readonly title: string;
  /** One or two sentences: what the widget shows and what to try. */
  readonly description?: ReactNode;
  readonly headingLevel?: 2 | 3 | 4;
  /** Changing it clears a caught error (e.g. a new preset). */
  readonly resetKey?: string;
  readonly children: ReactNode;
}) {
  const titleId = useId();
  const descId = useId();
  const H = `h${headingLevel}` as const;
  return (
    <section className="widget" aria-labelledby={titleId} aria-describedby={description ? descId : undefined}>
      <H id={titleId} className="widget-title">
        {title}
      </H>
      {description ? (
        <div id={descId} className="widget-description">
          {description}
        </div>
      ) : null}
      <ErrorBoundary what="this widget" {...(resetKey === undefined ? {} : { resetKey })}>
        <MotionConfig reducedMotion="user">{children}</MotionConfig>
      </ErrorBoundary>
    </section>
  );
}

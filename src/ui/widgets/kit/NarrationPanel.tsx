import { type ReactNode, useId, useState } from 'react';
import type { NarrationEntry } from './narration.ts';

const TONE_WORD = { info: '', ok: '', warn: 'Note: ', danger: 'Attention: ' } as const;

/**
 * The "what just happened" panel: the events of the current step in plain words, each with an
 * optional "Why?" disclosure that explains the mechanism behind it.
 */
export function NarrationPanel({
  title = 'What just happened',
  entries,
  emptyText,
  headingLevel = 4,
  fixed = false,
}: {
  readonly title?: string;
  readonly entries: readonly NarrationEntry[];
  readonly emptyText: string;
  readonly headingLevel?: 3 | 4 | 5;
  /**
   * Keep one height whatever the step says (the widget's CSS sets `--panel-height`); longer
   * narration scrolls inside, so the page below never moves while the widget plays.
   */
  readonly fixed?: boolean;
}) {
  const H = `h${headingLevel}` as const;
  const id = useId();
  const body =
    entries.length === 0 ? (
      <p className="muted">{emptyText}</p>
    ) : (
      <ol className="widget-narration-list">
        {entries.map((e) => (
          <NarrationItem key={e.key} entry={e} />
        ))}
      </ol>
    );
  return (
    <section className={fixed ? 'widget-narration widget-fixed-panel' : 'widget-narration'} aria-labelledby={id}>
      <H id={id} className="widget-panel-title">
        {title}
      </H>
      {fixed ? <FixedBody label={title}>{body}</FixedBody> : body}
    </section>
  );
}

/** The scrolling part of a fixed-height panel, reachable by keyboard so it can be scrolled without a mouse. */
export function FixedBody({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="widget-fixed-body" tabIndex={0} role="group" aria-label={`${label} (scrolls)`}>
      {children}
    </div>
  );
}

function NarrationItem({ entry }: { readonly entry: NarrationEntry }) {
  const [open, setOpen] = useState(false);
  const whyId = useId();
  const tone = entry.tone ?? 'info';
  return (
    <li className={`widget-narration-item tone-${tone}`}>
      <span>
        {TONE_WORD[tone] ? <strong>{TONE_WORD[tone]}</strong> : null}
        {entry.text}
      </span>
      {entry.why ? (
        <>
          {' '}
          <button type="button" className="widget-why-btn" aria-expanded={open} aria-controls={whyId} onClick={() => setOpen((o) => !o)}>
            Why?
          </button>
          <p id={whyId} className="widget-why" hidden={!open}>
            {entry.why}
          </p>
        </>
      ) : null}
    </li>
  );
}

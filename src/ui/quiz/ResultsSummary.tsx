import { useEffect, useRef } from 'react';
import type { QuizItem } from '../../quiz/schema.ts';
import type { Outcome } from '../../quiz/srs.ts';

export interface SessionResult {
  readonly item: QuizItem;
  readonly outcome: Outcome;
}

interface Props {
  readonly results: readonly SessionResult[];
  readonly onRestart?: () => void;
  readonly restartLabel?: string;
  readonly headingLevel?: 2 | 3;
}

/** Counts by outcome; the heading takes focus so the result is announced and keyboard users land on it. */
export function summarize(results: readonly SessionResult[]) {
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  return { total: results.length, correct: count('correct'), retry: count('retry'), shown: count('shown'), wrong: count('wrong') };
}

export function ResultsSummary({ results, onRestart, restartLabel = 'Try these questions again', headingLevel = 3 }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const s = summarize(results);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const line = `${s.correct} of ${s.total} correct on the first try${s.retry ? `, ${s.retry} on a later try` : ''}${s.shown ? `, ${s.shown} shown` : ''}.`;
  const review = results.filter((r) => r.outcome !== 'correct');
  return (
    <section className="quiz-results" aria-label="Results">
      <H ref={heading} tabIndex={-1} className="quiz-results-heading">
        Results
      </H>
      <p role="status" aria-live="polite" className="quiz-results-line">
        {line}
      </p>
      {review.length > 0 ? (
        <>
          <p>Worth reviewing:</p>
          <ul className="quiz-results-review">
            {review.map((r) => (
              <li key={r.item.id}>
                <span className="badge">{r.outcome === 'shown' ? 'shown' : r.outcome === 'retry' ? 'later try' : 'wrong'}</span> {r.item.prompt}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>All answered correctly on the first try.</p>
      )}
      {onRestart ? (
        <button type="button" className="btn" onClick={onRestart}>
          {restartLabel}
        </button>
      ) : null}
    </section>
  );
}

/**
 * A run through a list of items, one at a time, ending with a results summary.
 * Focus moves to each new question so keyboard and screen-reader users follow along.
 */
import { useEffect, useRef, useState } from 'react';
import type { QuizItem } from '../../quiz/schema.ts';
import type { Outcome } from '../../quiz/srs.ts';
import { QuizItemView } from './QuizItemView.tsx';
import { ResultsSummary, type SessionResult } from './ResultsSummary.tsx';
import './quiz.css';

interface Props {
  readonly items: readonly QuizItem[];
  /** Called once per item when it is resolved. */
  readonly onOutcome?: (item: QuizItem, outcome: Outcome) => void;
  readonly seed?: string;
  /** Called when the learner restarts from the results (the session resets itself either way). */
  readonly onRestart?: () => void;
  readonly restartLabel?: string;
  /** Level of the question and results headings. */
  readonly headingLevel?: 2 | 3;
}

export function QuizSession({ items, onOutcome, seed = '', onRestart, restartLabel, headingLevel = 3 }: Props) {
  const [index, setIndex] = useState(0);
  const [results, setResults] = useState<SessionResult[]>([]);
  const [run, setRun] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  if (items.length === 0) return <p className="muted">No questions to show.</p>;

  const restart = () => {
    onRestart?.();
    moved.current = true;
    setIndex(0);
    setResults([]);
    setRun((r) => r + 1);
  };

  const item = items[index];
  if (!item) {
    return <ResultsSummary results={results} onRestart={restart} {...(restartLabel ? { restartLabel } : {})} headingLevel={headingLevel} />;
  }
  const resolved = results.some((r) => r.item.id === item.id);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const last = index === items.length - 1;

  return (
    <div className="quiz-session">
      <H ref={heading} tabIndex={-1} className="quiz-question-heading">
        Question {index + 1} of {items.length}
      </H>
      <QuizItemView
        key={`${run}:${item.id}`}
        item={item}
        seed={`${seed}:${run}`}
        onResolved={(outcome) => {
          setResults((rs) => (rs.some((r) => r.item.id === item.id) ? rs : [...rs, { item, outcome }]));
          onOutcome?.(item, outcome);
        }}
      />
      <div className="quiz-nav">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!resolved}
          onClick={() => {
            moved.current = true;
            setIndex((i) => i + 1);
          }}
        >
          {last ? 'See results' : 'Next question'}
        </button>
        {!resolved ? <span className="muted quiz-nav-hint">Answer or show the answer to continue.</span> : null}
      </div>
    </div>
  );
}

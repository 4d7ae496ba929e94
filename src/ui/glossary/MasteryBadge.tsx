import { MASTERY_LABELS, masteryOf } from '../../quiz/mastery.ts';
import { useQuiz } from '../../state/quizStore.ts';

/** The learner's mastery of one term, from its spaced-repetition card; spelled out, not colour-coded. */
export function MasteryBadge({ termId }: { readonly termId: string }) {
  const card = useQuiz((s) => s.cards[termId]);
  const level = masteryOf(card);
  const next = card ? new Date(card.due) : null;
  return (
    <p className="mastery">
      <span className={`badge mastery-${level}`}>Your progress: {MASTERY_LABELS[level]}</span>
      {next && level !== 'new' ? <span className="muted"> · next review {next.toLocaleDateString()}</span> : null}
    </p>
  );
}

/** Streak, due count and per-term mastery, from the persisted quiz progress. */
import { MASTERY_LABELS, MASTERY_LEVELS, masteryCounts } from '../../quiz/mastery.ts';
import { dueToday, nextDue } from '../../quiz/queue.ts';
import { computeStreak } from '../../quiz/streaks.ts';
import { useQuiz } from '../../state/quizStore.ts';

export function QuizStats({ termIds, now }: { readonly termIds: readonly string[]; readonly now: number }) {
  const cards = useQuiz((s) => s.cards);
  const days = useQuiz((s) => s.days);
  const known = new Set(termIds);
  const due = dueToday(cards, now).filter((id) => known.has(id)).length;
  const next = nextDue(cards, now);
  const streak = computeStreak(days, now);
  const mastery = masteryCounts(termIds, cards);
  return (
    <section className="quiz-stats card" aria-labelledby="quiz-stats-heading">
      <h2 id="quiz-stats-heading">Your progress</h2>
      <dl className="quiz-stats-list">
        <div>
          <dt>Due today</dt>
          <dd>
            {due} term{due === 1 ? '' : 's'}
            {due === 0 && next ? <span className="muted"> (next on {new Date(next).toLocaleDateString()})</span> : null}
          </dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd>
            {streak.current} day{streak.current === 1 ? '' : 's'}
            {streak.current > 0 && !streak.reviewedToday ? <span className="muted"> (review today to keep it)</span> : null}
            <span className="muted"> · longest {streak.longest}</span>
          </dd>
        </div>
        {MASTERY_LEVELS.map((l) => (
          <div key={l}>
            <dt>{MASTERY_LABELS[l]}</dt>
            <dd>
              {mastery[l]} of {termIds.length} terms
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

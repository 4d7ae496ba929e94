/** The challenges, with the learner's saved progress on each; a link opens one in the workbench. */
import { Link } from '@tanstack/react-router';
import { CHALLENGES } from '../../content/lab/challenges.ts';
import { useLabProgress } from '../../state/labProgress.ts';
import { compareScores } from '../../widget-models/lab/grade.ts';
import { formatMetric } from '../../widget-models/lab/metrics.ts';

export function ChallengeList({ active }: { readonly active: string | undefined }) {
  const progress = useLabProgress((p) => p.challenges);
  const passed = CHALLENGES.filter((c) => progress[c.id]?.passedAt !== undefined).length;
  return (
    <section className="lab-challenges" aria-labelledby="lab-challenges-title">
      <h2 id="lab-challenges-title">Challenges</h2>
      <p className="muted">
        Each challenge fixes the workload and part of the fleet and grades your configuration by running the same model. Par is the score of a reference configuration on the model. Passed {passed} of {CHALLENGES.length}.
      </p>
      <ol className="lab-challenge-list">
        {CHALLENGES.map((c) => {
          const p = progress[c.id];
          const status =
            p?.bestScore !== undefined
              ? `Passed · best ${formatMetric(c.goal.score, p.bestScore)}${p.par !== undefined ? (compareScores(c.goal.score, p.bestScore, p.par) <= 0 ? ' (par or better)' : ` (par ${formatMetric(c.goal.score, p.par)})`) : ''}`
              : p
                ? 'Tried, not passed'
                : 'Not tried';
          return (
            <li key={c.id} className="lab-challenge-item" aria-current={active === c.id ? 'true' : undefined}>
              <Link to="/lab" search={{ challenge: c.id }} className="lab-challenge-link">
                {c.title}
              </Link>
              <span className="lab-challenge-meta muted">
                {c.topic} · {status}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

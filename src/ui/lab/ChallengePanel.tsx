/**
 * The challenge being attempted: the brief, what is locked, the goal, and — after a run — the
 * grade: each requirement with the run's value, the score against par, the saved best.
 */
import { Link } from '@tanstack/react-router';
import type { LabChallenge } from '../../content/lab/challenges.ts';
import { useLabProgress } from '../../state/labProgress.ts';
import type { LabConfig } from '../../widget-models/lab/config.ts';
import { describeRequirement, versusPar, type Grade } from '../../widget-models/lab/grade.ts';
import { formatMetric, METRICS } from '../../widget-models/lab/metrics.ts';
import { describeSetting } from './LabControls.tsx';

export function ChallengePanel({
  challenge,
  config,
  grade,
  par,
  running,
  onLeave,
}: {
  readonly challenge: LabChallenge;
  readonly config: LabConfig;
  /** The grade of the shown run, when it ran this challenge's current settings. */
  readonly grade: Grade | null;
  readonly par: number | null;
  readonly running: boolean;
  readonly onLeave: () => void;
}) {
  const saved = useLabProgress((p) => p.challenges[challenge.id]);
  const score = challenge.goal.score;
  const locked = Object.keys(challenge.fixed).filter((f) => f !== 'seed') as (keyof LabConfig)[];
  const [module, lesson] = challenge.lesson.split('/') as [string, string];
  return (
    <div className="lab-challenge" data-challenge={challenge.id}>
      <p className="lab-challenge-topic muted">Challenge · {challenge.topic}</p>
      <p className="lab-challenge-title">{challenge.title}</p>
      <p>{challenge.brief}</p>
      <p className="lab-challenge-goal">
        <strong>Pass:</strong> {challenge.goal.requirements.map(describeRequirement).join(' and ')}. <strong>Score:</strong> {METRICS[score].label} ({METRICS[score].better} is better).
      </p>
      <p className="lab-challenge-locked muted">Fixed by the challenge: {locked.map((f) => describeSetting(f, config)).join(' · ')}.</p>
      <details className="lab-hint">
        <summary>Hint</summary>
        <p>{challenge.hint}</p>
      </details>
      <div className="lab-grade" role="status" aria-live="polite" data-grade={grade === null ? 'none' : grade.passed ? 'passed' : 'failed'}>
        {grade === null ? (
          <p className="muted">{running ? 'Running and grading…' : 'Run your configuration to grade it.'}</p>
        ) : (
          <>
            <p className="lab-grade-verdict">{grade.passed ? '✓ Passed' : '✗ Not yet'}</p>
            <ul className="lab-checks">
              {grade.checks.map((c) => (
                <li key={c.requirement.metric} data-ok={c.ok}>
                  {c.ok ? '✓' : '✗'} {describeRequirement(c.requirement)}: this run {formatMetric(c.requirement.metric, c.actual)}
                </li>
              ))}
            </ul>
            <p>
              Score: {METRICS[score].label} {formatMetric(score, grade.score)}
              {par === null ? (running ? ' · par computing…' : '') : ` · par ${formatMetric(score, par)}${grade.passed ? ` (${versusPar(score, grade.score, par)})` : ''}`}
            </p>
            {grade.passed ? <p className="lab-debrief">{challenge.debrief}</p> : null}
          </>
        )}
      </div>
      <p className="lab-progress-line muted">
        {saved?.bestScore !== undefined
          ? `Your best passing score: ${formatMetric(score, saved.bestScore)}${saved.par !== undefined ? ` (par ${formatMetric(score, saved.par)})` : ''} after ${saved.attempts} graded run(s).`
          : saved
            ? `${saved.attempts} graded run(s), not passed yet.`
            : 'Not attempted yet.'}{' '}
        Explained in{' '}
        <Link to="/learn/$module/$lesson" params={{ module, lesson }}>
          the lesson
        </Link>
        .{' '}
        <button type="button" className="btn btn-small" onClick={onLeave}>
          Leave the challenge
        </button>
      </p>
    </div>
  );
}

/**
 * The Lab's workbench: the result of the last run (picture first), the settings under it, and a
 * Run button. The configuration in the URL runs once when the workbench appears; after that a
 * change waits for Run, and the result says when it is older than the settings. In a challenge,
 * each Run is graded and saved.
 */
import { useEffect, useRef } from 'react';
import type { LabChallenge } from '../../content/lab/challenges.ts';
import { parConfig } from '../../content/lab/challenges.ts';
import { recordAttempt } from '../../state/labProgress.ts';
import { patternDefinition } from '../../sim/patterns/index.ts';
import { canonical, type LabConfig } from '../../widget-models/lab/config.ts';
import { compareScores } from '../../widget-models/lab/grade.ts';
import { METRICS } from '../../widget-models/lab/metrics.ts';
import type { LabSettings } from '../../widget-models/lab/model.ts';
import { LabControls } from './LabControls.tsx';
import { LabResults } from './LabResults.tsx';
import { ChallengePanel } from './ChallengePanel.tsx';
import { Simplifications } from './Simplifications.tsx';
import { useLabRun } from './useLabRun.ts';

const same = (a: LabConfig, b: LabConfig) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

export function LabWorkbench({
  config,
  challenge,
  onChange,
  onLeave,
}: {
  readonly config: LabConfig;
  readonly challenge: LabChallenge | undefined;
  readonly onChange: (patch: Partial<LabConfig>) => void;
  readonly onLeave: () => void;
}) {
  const { state, run } = useLabRun();
  const settingsOf = (c: LabConfig, ch: LabChallenge | undefined): LabSettings => ({ config: canonical(c), challenge: ch ? { goal: ch.goal, par: parConfig(ch) } : null });
  const first = useRef({ config, challenge });

  // The URL's configuration runs once on arrival (a shared link shows its result); not graded as an attempt.
  useEffect(() => {
    run(settingsOf(first.current.config, first.current.challenge));
  }, [run]);

  const runNow = () => {
    const ch = challenge;
    run(settingsOf(config, ch), (r) => {
      if (!ch || !r.grade) return;
      recordAttempt(ch.id, { passed: r.grade.passed, score: r.grade.score, par: r.par, better: (a, b) => compareScores(ch.goal.score, a, b) < 0, direction: METRICS[ch.goal.score].better });
    });
  };

  const shown = state.settings;
  const sameChallenge = shown !== null && (shown.challenge === null) === (challenge === undefined) && (!challenge || JSON.stringify(shown.challenge?.goal) === JSON.stringify(challenge.goal));
  const current = shown !== null && same(shown.config, config) && sameChallenge;
  const result = state.result;
  const running = state.status === 'running';
  const locked = new Set<keyof LabConfig>(challenge ? (Object.keys(challenge.fixed) as (keyof LabConfig)[]) : []);

  return (
    <div className="lab-bench" data-widget="lab" data-ns="lab" data-computing={running} data-current={current}>
      {challenge ? <ChallengePanel challenge={challenge} config={config} grade={current && result ? result.grade : null} par={current && result ? result.par : null} running={running} onLeave={onLeave} /> : null}
      <div className="lab-grid">
        <section className="lab-output" aria-label="Result of the run" aria-busy={running}>
          <p className="lab-status" role="status">
            {running
              ? 'Running the model…'
              : shown === null
                ? 'Press Run to simulate this configuration.'
                : current
                  ? `Result: ${patternDefinition(shown.config.pattern).label}, ${shown.config.qps} req/s of ${shown.config.workload} on up to ${shown.config.gpus} GPUs (${shown.config.durationS} s of arrivals).`
                  : 'The settings changed since this result: press Run to see theirs.'}
          </p>
          <div className="lab-output-body" data-stale={!current && !running}>
            {result?.error ? (
              <p className="lab-error" role="alert">
                This configuration cannot run: {result.error}.
              </p>
            ) : result?.report && shown ? (
              <LabResults config={shown.config} report={result.report} />
            ) : (
              <p className="muted lab-wait">{running ? 'Simulating every request on the cluster model…' : ' '}</p>
            )}
          </div>
        </section>
        <section className="lab-settings" aria-label="Settings">
          <div className="lab-run-row">
            <button type="button" className="btn btn-primary" onClick={runNow} disabled={running}>
              {challenge ? 'Run and grade' : 'Run'}
            </button>
          </div>
          <LabControls config={config} locked={locked} onChange={onChange} />
          <Simplifications />
        </section>
      </div>
    </div>
  );
}

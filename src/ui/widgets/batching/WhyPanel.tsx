import { useId, useMemo } from 'react';
import { ActionButton } from '../kit/ActionButton.tsx';
import { FixedBody } from '../kit/NarrationPanel.tsx';
import { BATCH_ACTIONS } from './actions.ts';
import { explainStep, type GotRow } from './explain.ts';
import { contStepAt, statStepAt } from '../../../widget-models/batching/frames.ts';
import { DECODE } from '../../../widget-models/batching/types.ts';
import { listLabels } from './narrate.ts';
import { fmtInt, formatTime, labelOf } from './selectors.ts';
import type { Simulation } from '../../../widget-models/batching/simulate.ts';
import { Batch } from './store.ts';
import { useFrameView } from './useFrameView.ts';
import { ScrollBox } from './ScrollBox.tsx';

/**
 * The scheduler's decisions in the step on screen (or the one clicked): who got how many tokens,
 * who waited and why, who was preempted and why.
 */
export function WhyPanel() {
  const api = Batch.useWidgetApi();
  const run = Batch.useWidget((s) => s.explain);
  const { sim, frame, version } = useFrameView();
  const e = useMemo(() => {
    void version; // steps are appended in place: a new version means new data
    const step = run === 'continuous' ? contStepAt(sim, frame) : statStepAt(sim, frame);
    return step ? explainStep(sim, step, run) : null;
  }, [sim, frame, run, version]);
  const titleId = useId();
  const toggle = BATCH_ACTIONS.get('explain-static');
  const name = run === 'continuous' ? 'Continuous' : 'Static';
  return (
    <section className="cb-why widget-fixed-panel" aria-labelledby={titleId} data-run={run}>
      <div className="cb-why-head">
        <h4 className="widget-panel-title" id={titleId}>
          Why? {e ? `${name} step ${e.step.index + 1}` : `${name} batching`}
        </h4>
        {toggle ? <ActionButton action={toggle} api={api} className="btn btn-small" /> : null}
      </div>
      <FixedBody label={`Why? ${name} batching`}>
      {!e ? (
        <p className="muted">No {run} step has finished yet at this moment. Step forward, or click a step in a timeline.</p>
      ) : (
        <>
          <p className="cb-why-budget">
            {formatTime(e.step.startUs)} → {formatTime(e.step.endUs)} ({formatTime(e.step.endUs - e.step.startUs)} by the cost model
            {e.step.cpuGapUs > 0 ? `, of which ${formatTime(e.step.cpuGapUs)} the GPU waited for the CPU` : ''}).{' '}
            {run === 'static' ? `Batch ${e.step.batch}: ` : ''}
            {fmtInt(e.budget.used)} useful tokens{e.budget.padding > 0 ? ` + ${fmtInt(e.budget.padding)} padding` : ''}
            {run === 'continuous' ? ` of a ${fmtInt(e.budget.total)}-token budget; ${fmtInt(Math.max(0, e.budget.total - e.budget.used))} unused.` : '.'}
          </p>
          <GotTable rows={e.got} sim={sim} />
          {e.preempted.length > 0 ? (
            <>
              <h5 className="cb-why-sub">Preempted</h5>
              <ul className="cb-why-list">
                {e.preempted.map((p) => (
                  <li key={`${p.victim}-${p.for}`} data-preempted={labelOf(sim, p.victim)}>
                    <strong>{labelOf(sim, p.victim)}</strong> (× in the timeline): {p.text}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {e.waited.length > 0 || e.idle ? (
            <>
              <h5 className="cb-why-sub">Waited</h5>
              <ul className="cb-why-list">
                {[...(e.idle ? [e.idle] : []), ...e.waited].map((g) => (
                  <li key={g.key} data-reason={g.key}>
                    <strong>{listLabels(sim, g.reqs, 10)}</strong>: {g.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">Nobody was waiting.</p>
          )}
          {e.finished.length > 0 ? (
            <p>
              <strong>Finished:</strong> {listLabels(sim, e.finished, 10)}.
            </p>
          ) : null}
        </>
      )}
      </FixedBody>
    </section>
  );
}

function GotTable({ rows, sim }: { readonly rows: readonly GotRow[]; readonly sim: Simulation }) {
  const decodes = rows.filter((r) => r.kind === DECODE);
  const others = rows.filter((r) => r.kind !== DECODE);
  if (rows.length === 0) return <p className="muted">No tokens were computed in this step.</p>;
  return (
    <ScrollBox label="Who got tokens this step">
      <table className="cb-got">
        <caption>Who got tokens this step</caption>
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Tokens</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {decodes.length > 0 ? (
            <tr>
              <th scope="row">{listLabels(sim, decodes.map((d) => d.req), 8)}</th>
              <td>{fmtInt(decodes.length)}</td>
              <td>{decodes.length === 1 ? decodes[0]?.what : `${fmtInt(decodes.length)} decoding requests, 1 token each`}</td>
            </tr>
          ) : null}
          {others.map((r) => (
            <tr key={r.req}>
              <th scope="row">{labelOf(sim, r.req)}</th>
              <td>{fmtInt(r.tokens)}</td>
              <td>{r.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

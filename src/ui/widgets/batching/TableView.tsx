import { useMemo } from 'react';
import { contStepAt, frameTime, statStepAt } from '../../../widget-models/batching/frames.ts';
import type { Simulation } from '../../../widget-models/batching/simulate.ts';
import { SCHED_STRIDE, type RunRecord, type StepRecord } from '../../../widget-models/batching/types.ts';
import { KIND_WORD } from './explain.ts';
import { fmtInt, formatTime } from './selectors.ts';
import { useFrameView } from './useFrameView.ts';
import { ScrollBox } from './ScrollBox.tsx';

/** A request's state in a run at time `t`, given the step that just ran there. */
function stateOf(run: RunRecord | null, step: StepRecord | null, req: number, t: number, arrivalUs: number): string {
  if (!run) return '—';
  const times = run.times[req];
  if (arrivalUs > t) return 'not arrived';
  if (times && times.finishUs >= 0 && times.finishUs <= t) return `finished at ${formatTime(times.finishUs)}`;
  if (step) {
    const x = step.sched;
    for (let k = 0; k + 3 < x.length; k += SCHED_STRIDE) {
      if (x[k] === req) return `${KIND_WORD[x[k + 2] as number] ?? 'scheduled'}: ${fmtInt(x[k + 1] as number)} token${x[k + 1] === 1 ? '' : 's'}`;
    }
    if (step.preempted.some((p) => p.victim === req)) return 'preempted';
    if (step.waiting.includes(req)) return 'waiting';
    if (step.unscheduled.includes(req)) return 'running, no tokens this step';
  }
  return times && times.firstScheduledUs >= 0 && times.firstScheduledUs <= t ? 'in the batch' : 'waiting';
}

function rowsOf(sim: Simulation, frame: number) {
  const t = frameTime(sim, frame);
  const c = contStepAt(sim, frame);
  const s = statStepAt(sim, frame);
  return sim.workload.reqs.map((r) => ({
    r,
    cont: stateOf(sim.cont, c, r.index, t, r.arrivalUs),
    stat: stateOf(sim.stat, s, r.index, t, r.arrivalUs),
  }));
}

/** The timelines' state at the frame on screen, as a table (for screen readers and for reading exact numbers). */
export function TableView() {
  const { sim, frame, version } = useFrameView();
  const rows = useMemo(() => {
    void version; // steps are appended in place: a new version means new data
    return rowsOf(sim, frame);
  }, [sim, frame, version]);
  return (
    <ScrollBox label="Requests at the moment on screen">
      <table className="cb-requests">
        <caption>Requests at {formatTime(frameTime(sim, frame))}: what each got in the last step of each run</caption>
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Arrives</th>
            <th scope="col">Prompt / output tokens</th>
            <th scope="col">Continuous batching</th>
            <th scope="col">Static batching</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ r, cont, stat }) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td>{formatTime(r.arrivalUs)}</td>
              <td>
                {fmtInt(r.promptTokens)} / {fmtInt(r.outputTokens)}
              </td>
              <td>{cont}</td>
              <td>{stat}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

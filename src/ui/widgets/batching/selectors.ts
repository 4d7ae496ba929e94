/** Read-only views of the simulation used by several components (pure, unit-testable). */
import { contStepAt, frameCount, frameTime, statStepAt } from '../../../widget-models/batching/frames.ts';
import type { Simulation } from '../../../widget-models/batching/simulate.ts';
import { DECODE, PREFILL, PREFILL_LAST, SCHED_STRIDE, type StepRecord } from '../../../widget-models/batching/types.ts';
import { groupDigits } from '../../../sim/core/groupDigits.ts';

/** "12.3 ms" / "1.24 s" for a simulated time or duration in µs. */
export function formatTime(us: number): string {
  if (!Number.isFinite(us)) return '—';
  return Math.abs(us) < 1e6 ? `${(us / 1000).toFixed(1)} ms` : `${(us / 1e6).toFixed(2)} s`;
}

/** "1,234" */
export const fmtInt = (n: number): string => groupDigits(n);

/** Label of request `index` ("R3"). */
export function labelOf(sim: Simulation, index: number): string {
  return sim.workload.reqs[index]?.label ?? `#${index}`;
}

const preemptionFrames = new WeakMap<object, { n: number; frames: number[] }>();

/** Frames (continuous step ends) at which a preemption happened, cached per run. */
export function preemptionFramesOf(sim: Simulation): readonly number[] {
  const run = sim.cont;
  if (!run) return [];
  let c = preemptionFrames.get(run);
  if (!c) {
    c = { n: 0, frames: [] };
    preemptionFrames.set(run, c);
  }
  for (; c.n < run.steps.length; c.n++) if ((run.steps[c.n] as StepRecord).preempted.length > 0) c.frames.push(c.n + 1);
  return c.frames;
}

/** The next (dir 1) or previous (dir −1) frame with a preemption, or null. */
export function nextPreemptionFrame(sim: Simulation, frame: number, dir: 1 | -1): number | null {
  const frames = preemptionFramesOf(sim).filter((f) => f < frameCount(sim));
  const hit = dir > 0 ? frames.find((f) => f > frame) : [...frames].reverse().find((f) => f < frame);
  return hit ?? null;
}

/** What the timeline slider says about a frame. */
export function describeFrame(sim: Simulation, frame: number, count: number, computing: boolean): string {
  const c = contStepAt(sim, frame);
  const st = statStepAt(sim, frame);
  const t = formatTime(frameTime(sim, frame));
  const cText = c ? `continuous step ${c.index + 1}` : 'start';
  const sText = st ? `static step ${st.index + 1}` : 'static not started';
  return `Frame ${frame} of ${Math.max(0, count - 1)}${computing ? '+' : ''} · ${t} · ${cText} · ${sText}`;
}

/** Tokens of a step split into decode tokens and prefill chunks (for the budget bar). */
export interface StepSplit {
  readonly decode: number;
  /** Prefill chunk sizes, in scheduling order. */
  readonly chunks: readonly number[];
  readonly padding: number;
}

const splits = new WeakMap<StepRecord, StepSplit>();

/** The budget-bar split of a step (cached). */
export function splitOf(step: StepRecord): StepSplit {
  let s = splits.get(step);
  if (s) return s;
  let decode = 0;
  const chunks: number[] = [];
  const x = step.sched;
  for (let k = 0; k + 2 < x.length; k += SCHED_STRIDE) {
    const kind = x[k + 2] as number;
    const n = x[k + 1] as number;
    if (kind === DECODE) decode += n;
    else if (kind === PREFILL || kind === PREFILL_LAST) chunks.push(n);
  }
  s = { decode, chunks, padding: step.padding };
  splits.set(step, s);
  return s;
}

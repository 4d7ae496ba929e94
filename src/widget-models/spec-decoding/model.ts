/**
 * The speculative-decoding widget's model. First the run with the drafter at the chosen
 * settings, step by step (so the picture plays while the rest computes), then three sweeps of
 * the same requests with vs without the drafter: over k, over the acceptance rate, and over the
 * batch size. Each sweep point is two full engine runs priced by the calibrated cost model.
 */
import type { ModelJob, WidgetModel } from '../model.ts';
import { ACC_LIMITS, BS_CHOICES, K_CHOICES, type SpecSettings } from './settings.ts';
import { DetailRecorder, type StepFrame, sweepPoint, type SweepPoint, costLabelOf } from './simulate.ts';

/** Acceptance values (percent) of the acceptance sweep. */
export const ACC_SWEEP: readonly number[] = [30, 40, 50, 60, 70, 80, 90, 95];

export type SweepAxis = 'k' | 'acc' | 'bs';
export const SWEEP_AXES: readonly SweepAxis[] = ['k', 'acc', 'bs'];

/** The setting each sweep axis varies (the axis ids are the settings' short URL keys). */
export const SWEEP_SETTING: Readonly<Record<SweepAxis, 'k' | 'acceptancePercent' | 'batchSize'>> = { k: 'k', acc: 'acceptancePercent', bs: 'batchSize' };

/** The x values each sweep runs. */
export const SWEEP_X: Readonly<Record<SweepAxis, readonly number[]>> = { k: K_CHOICES, acc: ACC_SWEEP, bs: BS_CHOICES };

export interface SpecSim {
  readonly settings: SpecSettings | null;
  /** "Llama-3.1-8B on H100 SXM, TP1, bf16 (calibrated)". */
  readonly costLabel: string;
  /** Requests shown row by row. */
  readonly tracked: readonly string[];
  readonly frames: readonly StepFrame[];
  /** The detail run is complete. */
  readonly detailDone: boolean;
  /** Sweep points, in `SWEEP_X` order; null until computed. */
  readonly sweeps: Readonly<Record<SweepAxis, readonly (SweepPoint | null)[]>>;
  /** The point at the chosen settings (the same requests with and without the drafter). */
  readonly current: SweepPoint | null;
  readonly error: string | null;
}

export const EMPTY_SPEC_SIM: SpecSim = {
  settings: null,
  costLabel: '',
  tracked: [],
  frames: [],
  detailDone: false,
  sweeps: { k: [], acc: [], bs: [] },
  current: null,
  error: null,
};

/** The settings with one axis set to `x`. */
export function withAxis(s: SpecSettings, axis: SweepAxis, x: number): SpecSettings {
  return { ...s, [SWEEP_SETTING[axis]]: x };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Starts the detail run and queues the sweeps. */
export function startSpecDecoding(s: SpecSettings): ModelJob<SpecSim> {
  const sweeps: Record<SweepAxis, (SweepPoint | null)[]> = { k: SWEEP_X.k.map(() => null), acc: SWEEP_X.acc.map(() => null), bs: SWEEP_X.bs.map(() => null) };
  const sim: Mutable<SpecSim> = { ...EMPTY_SPEC_SIM, settings: s, sweeps, frames: [] };
  let detail: DetailRecorder;
  try {
    if (!(s.acceptancePercent >= ACC_LIMITS[0] && s.acceptancePercent <= ACC_LIMITS[1])) throw new Error(`acceptance: must be between ${ACC_LIMITS[0]} % and ${ACC_LIMITS[1]} %, got ${s.acceptancePercent}`);
    detail = new DetailRecorder(s);
  } catch (e) {
    sim.error = message(e);
    return { sim, advance: () => true };
  }
  sim.costLabel = costLabelOf(s.gpu);
  sim.tracked = detail.trackedIds;
  sim.frames = detail.frames;
  // The queue of sweep points; the current settings' point first (its figures head the panel).
  const queue: { axis: SweepAxis | null; i: number }[] = [{ axis: null, i: 0 }];
  for (const axis of SWEEP_AXES) SWEEP_X[axis].forEach((_, i) => queue.push({ axis, i }));
  let q = 0;
  return {
    sim,
    advance(budgetMs) {
      const until = performance.now() + budgetMs;
      try {
        while (!detail.done && performance.now() < until) detail.step();
        if (!detail.done) return false;
        sim.detailDone = true;
        while (q < queue.length && performance.now() < until) {
          const { axis, i } = queue[q] as { axis: SweepAxis | null; i: number };
          if (axis === null) sim.current = sweepPoint(s, 0);
          else {
            const x = SWEEP_X[axis][i] as number;
            sweeps[axis][i] = sweepPoint(withAxis(s, axis, x), x);
          }
          q++;
        }
      } catch (e) {
        sim.error = message(e);
        return true;
      }
      return q >= queue.length;
    },
  };
}

/** Runs the whole model synchronously (tests, knowledge checks). */
export function simulateSpecDecoding(s: SpecSettings): SpecSim {
  const job = startSpecDecoding(s);
  while (!job.advance(1000)) {
    /* keep going */
  }
  return job.sim;
}

/** The speculative-decoding widget's model. */
export const specDecodingModel: WidgetModel<SpecSettings, SpecSim> = { id: 'spec-decoding', start: startSpecDecoding };

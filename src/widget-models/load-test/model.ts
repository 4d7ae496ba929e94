/**
 * The load-test widget's model: each pattern run at every rate of the sweep, lowest rate first,
 * one point per `advance` call, so each point reaches the page as soon as it is computed.
 */
import { workloadDefinition, type PatternId } from '../../sim/patterns/index.ts';
import type { ModelJob, WidgetModel } from '../model.ts';
import { patternsOf, sweepRates, type LoadTestSettings } from './settings.ts';
import { runPoint, type LoadPoint } from './sweep.ts';

export interface LoadTestSeries {
  readonly pattern: PatternId;
  /** One per rate, null until computed. */
  readonly points: readonly (LoadPoint | null)[];
  /** Why this pattern cannot run these settings, or null. */
  readonly error: string | null;
}

export interface LoadTestSweep {
  readonly rates: readonly number[];
  readonly series: readonly LoadTestSeries[];
  readonly sloTtftS: number;
  readonly sloItlMs: number;
  /** Points computed so far (all series). */
  readonly done: number;
  readonly total: number;
}

/** The sim's messages name CLI flags; the widget has a GPU budget control instead. */
const message = (e: unknown) =>
  (e instanceof Error ? e.message : String(e)).replace(/use --gpus (\d+)/g, 'use $1 GPUs').replace(/--gpus (\d+)/g, 'a budget of $1 GPUs');

/** Starts a sweep. Rates interleave across the patterns so both curves grow together. */
export function startLoadTest(s: LoadTestSettings): ModelJob<LoadTestSweep> {
  const rates = sweepRates(s);
  const slo = workloadDefinition(s.workload).slo;
  const series = patternsOf(s).map((pattern) => ({ pattern, points: rates.map(() => null as LoadPoint | null), error: null as string | null }));
  const sim = { rates, series, sloTtftS: slo.ttftS, sloItlMs: slo.itlMs, done: 0, total: rates.length * series.length };
  const order = rates.flatMap((_, i) => series.map((_, k) => [k, i] as const));
  let next = 0;
  return {
    sim,
    advance() {
      const job = order[next];
      if (!job) return true;
      const [k, i] = job;
      const line = series[k];
      const rate = rates[i];
      if (line && rate !== undefined && !line.error) {
        try {
          line.points[i] = runPoint(line.pattern, s, rate);
        } catch (e) {
          line.error = message(e);
        }
      }
      next++;
      sim.done = next;
      return next >= order.length;
    },
  };
}

/** The load-test widget's model. */
export const loadTestModel: WidgetModel<LoadTestSettings, LoadTestSweep> = { id: 'load-test', start: startLoadTest };

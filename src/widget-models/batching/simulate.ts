/**
 * Compute, then play: one scenario → the continuous run and the static run of the same
 * requests, recorded step by step. Long runs are computed in slices (`advance`) so the page
 * stays responsive; the two runs are kept level in simulated time so the comparison is always
 * available. Deterministic: same settings, same records.
 */
import type { EngineConfig } from '../../sim/engine/types.ts';
import { engineConfigFor } from './engineSetup.ts';
import { ContinuousRecorder } from './recordContinuous.ts';
import { StaticRecorder } from './recordStatic.ts';
import type { BatchSettings } from './settings.ts';
import { runTimeUs, type RunRecord } from './types.ts';
import { buildWorkload, type Workload } from './workload.ts';

/** Steps recorded per run at most; longer scenarios are cut, and say so. */
export const MAX_STEPS = 6000;

/** Both runs of one scenario, or why vLLM would refuse to start. */
export interface Simulation {
  readonly settings: BatchSettings;
  readonly workload: Workload;
  /** The engine settings (without the cost model's functions, which stay where the model runs). */
  readonly config: SimConfig | null;
  /** The cost model's label ("Llama-3.1-8B on H100 SXM, TP1, bf16 (calibrated)"). */
  readonly costLabel: string;
  readonly cont: RunRecord | null;
  readonly stat: RunRecord | null;
  readonly error: string | null;
}

/** The engine configuration as the widget shows it: numbers and names only, so it can leave a worker. */
export type SimConfig = Omit<EngineConfig, 'costModel'>;

/** A simulation being computed. */
export interface SimulationJob {
  readonly sim: Simulation;
  /** Records steps for about `budgetMs`. @returns true when both runs are complete */
  advance(budgetMs: number): boolean;
  /** Records one continuous step, then static steps up to the same time (the benchmark's unit). */
  stepOnce(): boolean;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Starts both runs. */
export function startSimulation(s: BatchSettings, maxSteps = MAX_STEPS): SimulationJob {
  const workload = buildWorkload(s);
  let cont: ContinuousRecorder;
  let stat: StaticRecorder;
  let config: EngineConfig;
  try {
    config = engineConfigFor(s);
    cont = new ContinuousRecorder(config, workload, maxSteps);
    stat = new StaticRecorder(config, workload, maxSteps);
  } catch (err) {
    const sim: Simulation = { settings: s, workload, config: null, costLabel: '', cont: null, stat: null, error: message(err) };
    return { sim, advance: () => true, stepOnce: () => false };
  }
  const sim: { -readonly [K in keyof Simulation]: Simulation[K] } = {
    settings: s,
    workload,
    config: withoutCostModel(config),
    costLabel: config.costModel.label,
    cont: cont.run,
    stat: stat.run,
    error: null,
  };
  const done = () => cont.run.done && stat.run.done;
  const fail = (err: unknown) => {
    sim.error = message(err);
    cont.run.done = true;
    stat.run.done = true;
  };
  const stepOnce = () => {
    try {
      const more = cont.step();
      const t = runTimeUs(cont.run);
      while (!stat.run.done && (cont.run.done || runTimeUs(stat.run) <= t)) if (!stat.step()) break;
      return more;
    } catch (err) {
      fail(err);
      return false;
    }
  };
  return {
    sim,
    stepOnce,
    advance(budgetMs) {
      const until = performance.now() + budgetMs;
      try {
        do {
          // The run that is behind in simulated time goes next.
          if (!cont.run.done && (stat.run.done || runTimeUs(cont.run) <= runTimeUs(stat.run))) cont.step();
          else if (!stat.run.done) stat.step();
        } while (!done() && performance.now() < until);
      } catch (err) {
        fail(err);
      }
      return done();
    },
  };
}

function withoutCostModel(c: EngineConfig): SimConfig {
  const { costModel: _cm, ...rest } = c;
  return rest;
}

/** Runs a whole simulation synchronously (tests, quiz items, tools). */
export function simulate(s: BatchSettings, maxSteps = MAX_STEPS): Simulation {
  const job = startSimulation(s, maxSteps);
  while (!job.advance(1000)) {
    /* keep going */
  }
  return job.sim;
}

/**
 * The playback timeline. Frame 0 is the start; frame k (1 … C) is the end of continuous step k;
 * if the static run takes longer, the frames after C are the ends of its remaining steps. So
 * "step forward" is one vLLM engine step, and the static run is shown as it stands at the same
 * simulated time.
 */
import type { Simulation } from './simulate.ts';
import { runTimeUs, type RunRecord, type StepRecord } from './types.ts';

/** Steps of `run` finished by time `t` (binary search on end times). */
export function stepsDoneAt(run: RunRecord, t: number): number {
  const steps = run.steps;
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((steps[mid] as StepRecord).endUs <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Continuous frames that can be shown now: the static run must have been computed that far. */
function shownContinuousSteps(sim: Simulation): number {
  const { cont, stat } = sim;
  if (!cont || !stat) return 0;
  return stat.done ? cont.steps.length : stepsDoneAt(cont, runTimeUs(stat));
}

/** Static steps that end after the last continuous step (the tail frames). */
function tailSteps(sim: Simulation): number {
  const { cont, stat } = sim;
  if (!cont || !stat || !cont.done) return 0;
  return stat.steps.length - stepsDoneAt(stat, runTimeUs(cont));
}

/** Frames available now. */
export function frameCount(sim: Simulation): number {
  const c = shownContinuousSteps(sim);
  return 1 + c + (sim.cont && c === sim.cont.steps.length ? tailSteps(sim) : 0);
}

/** Simulated time (µs) at the end of frame `f`. */
export function frameTime(sim: Simulation, f: number): number {
  const { cont, stat } = sim;
  if (!cont || !stat || f <= 0) return 0;
  const c = cont.steps.length;
  if (f <= c) return (cont.steps[f - 1] as StepRecord).endUs;
  const first = stepsDoneAt(stat, runTimeUs(cont));
  return stat.steps[Math.min(stat.steps.length - 1, first + (f - c) - 1)]?.endUs ?? runTimeUs(cont);
}

/** The continuous step shown at frame `f` (the one that just finished), or null at the start. */
export function contStepAt(sim: Simulation, f: number): StepRecord | null {
  const cont = sim.cont;
  if (!cont || f <= 0) return null;
  return cont.steps[Math.min(f, cont.steps.length) - 1] ?? null;
}

/** The static step that most recently finished by frame `f`'s time, or null. */
export function statStepAt(sim: Simulation, f: number): StepRecord | null {
  const stat = sim.stat;
  if (!stat) return null;
  const n = stepsDoneAt(stat, frameTime(sim, f));
  return n > 0 ? (stat.steps[n - 1] ?? null) : null;
}

/** The frame at which continuous step `index` (0-based) has just finished. */
export function frameOfContStep(index: number): number {
  return index + 1;
}

/** The first frame whose time is at or after `t`. */
export function frameAtTime(sim: Simulation, t: number): number {
  const n = frameCount(sim);
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frameTime(sim, mid) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Facts the knowledge checks ask about, computed by stepping this widget's model on a preset,
 * so an answer can never drift from what the learner sees when stepping the widget. Each runs
 * only as many steps as its question needs (a few ms), so a quiz file can call it at load.
 */
import { engineConfigFor } from './engineSetup.ts';
import { ContinuousRecorder } from './recordContinuous.ts';
import { StaticRecorder } from './recordStatic.ts';
import { PREFILL, PREFILL_LAST, SCHED_STRIDE, type RunRecord, type StepRecord } from './types.ts';
import { buildWorkload, type Workload } from './workload.ts';
import { BATCH_PRESETS, type BatchPresetId } from './presets.ts';

interface Stepper {
  readonly run: RunRecord;
  step(): boolean;
}

function stepper(id: BatchPresetId, kind: 'continuous' | 'static'): { s: Stepper; w: Workload } {
  const settings = BATCH_PRESETS[id].settings;
  const w = buildWorkload(settings);
  const config = engineConfigFor(settings);
  return { s: kind === 'continuous' ? new ContinuousRecorder(config, w, 10_000) : new StaticRecorder(config, w, 10_000), w };
}

/** Steps until `done(run)` holds or the run ends. */
function runUntil(s: Stepper, done: (r: RunRecord) => boolean): RunRecord {
  while (!done(s.run) && s.step()) {
    /* keep stepping */
  }
  return s.run;
}

function indexOf(w: Workload, label: string): number {
  const r = w.reqs.find((q) => q.label === label);
  if (!r) throw new Error(`no request ${label}`);
  return r.index;
}

/** Queue time (ms) of a request: arrival → first scheduled. */
export function queueTimeMs(id: BatchPresetId, kind: 'continuous' | 'static', label: string): number {
  const { s, w } = stepper(id, kind);
  const i = indexOf(w, label);
  const run = runUntil(s, (r) => (r.times[i]?.firstScheduledUs ?? -1) >= 0);
  return ((run.times[i]?.firstScheduledUs ?? NaN) - (w.reqs[i]?.arrivalUs ?? 0)) / 1000;
}

/** The prefill chunks of a request (continuous): tokens per step, and the prompt length. */
export function prefillChunks(id: BatchPresetId, label: string): { chunks: number[]; prompt: number; decodesInFirst: number } {
  const { s, w } = stepper(id, 'continuous');
  const i = indexOf(w, label);
  const run = runUntil(s, (r) => (r.times[i]?.firstTokenUs ?? -1) >= 0);
  const chunks: number[] = [];
  let decodesInFirst = -1;
  for (const step of run.steps) {
    for (let k = 0; k < step.sched.length; k += SCHED_STRIDE) {
      const kind = step.sched[k + 2] as number;
      if (step.sched[k] !== i || (kind !== PREFILL && kind !== PREFILL_LAST)) continue;
      if (chunks.length === 0) decodesInFirst = step.sched.length / SCHED_STRIDE - 1;
      chunks.push(step.sched[k + 1] as number);
    }
  }
  return { chunks, prompt: w.reqs[i]?.promptTokens ?? 0, decodesInFirst };
}

/** The requests (labels) that got tokens in continuous step `index` (0-based), with their tokens. */
export function scheduledInStep(id: BatchPresetId, index: number): { label: string; tokens: number }[] {
  const { s, w } = stepper(id, 'continuous');
  const run = runUntil(s, (r) => r.steps.length > index);
  const step = run.steps[index] as StepRecord;
  const out: { label: string; tokens: number }[] = [];
  for (let k = 0; k < step.sched.length; k += SCHED_STRIDE) out.push({ label: w.reqs[step.sched[k] as number]?.label ?? '?', tokens: step.sched[k + 1] as number });
  return out;
}

/** The first preemption of a preset: the step, victim, requester, and the running list just before. */
export function firstPreemption(id: BatchPresetId): { step: number; victim: string; for: string; running: string[]; priorities: Record<string, number> } {
  const { s, w } = stepper(id, 'continuous');
  const run = runUntil(s, (r) => (r.steps[r.steps.length - 1]?.preempted.length ?? 0) > 0);
  const step = run.steps[run.steps.length - 1] as StepRecord;
  const prev = run.steps[run.steps.length - 2] as StepRecord;
  const p = step.preempted[0];
  if (!p) throw new Error(`preset ${id} never preempts`);
  const label = (i: number) => w.reqs[i]?.label ?? '?';
  const running: string[] = [];
  for (let k = 0; k < prev.sched.length; k += SCHED_STRIDE) running.push(label(prev.sched[k] as number));
  return { step: step.index, victim: label(p.victim), for: label(p.for), running, priorities: Object.fromEntries(w.reqs.map((r) => [r.label, r.priority])) };
}

/** The members (labels) of each static batch, in order, for the first `count` batches. */
export function staticBatches(id: BatchPresetId, count: number): string[][] {
  const { s, w } = stepper(id, 'static');
  const run = runUntil(s, (r) => (r.steps[r.steps.length - 1]?.batch ?? 0) > count);
  const out: string[][] = [];
  for (const step of run.steps) {
    if (step.batch > count || out[step.batch - 1]) continue;
    const members: string[] = [];
    for (let k = 0; k < step.sched.length; k += SCHED_STRIDE) members.push(w.reqs[step.sched[k] as number]?.label ?? '?');
    out[step.batch - 1] = members;
  }
  return out;
}

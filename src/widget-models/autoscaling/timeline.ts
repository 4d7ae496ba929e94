/**
 * What the picture and the narration read from a run: panic periods as spans, the moments
 * worth telling (panic entered and left, a pod created or ready, scale to zero, the activator
 * queue filling and draining), and like-for-like figures over the whole run.
 */
import type { AutoscaleResult, TickSample } from '../../sim/autoscale/index.ts';

/** A stretch of simulated time, [fromS, toS]. */
export interface Span {
  readonly fromS: number;
  readonly toS: number;
}

export type RunEventKind = 'panic-start' | 'panic-end' | 'pod-created' | 'pod-ready' | 'scale-to-zero' | 'queue-start' | 'queue-drained';

/** One moment in a run, at simulated time `t`. */
export interface RunEvent {
  readonly t: number;
  readonly kind: RunEventKind;
  /** Pod id (pod events), requests held (queue-start), pods wanted (panic-start). */
  readonly value: number;
  /** Seconds of cold start for pod-ready; 0 otherwise. */
  readonly detail: number;
}

/** Sample-to-sample stretches where the KPA was panicking. */
export function panicSpans(samples: readonly TickSample[]): Span[] {
  const out: Span[] = [];
  let from: number | null = null;
  let prevT = 0;
  for (const s of samples) {
    if (s.panicking && from === null) from = s.t;
    if (!s.panicking && from !== null) {
      out.push({ fromS: from, toS: s.t });
      from = null;
    }
    prevT = s.t;
  }
  if (from !== null) out.push({ fromS: from, toS: prevT });
  return out;
}

/** The run's notable moments, in time order. */
export function runEvents(run: AutoscaleResult): RunEvent[] {
  const out: RunEvent[] = [];
  let prev: TickSample | null = null;
  for (const s of run.samples) {
    if (prev) {
      if (s.panicking && !prev.panicking) out.push({ t: s.t, kind: 'panic-start', value: s.desiredPods, detail: 0 });
      if (!s.panicking && prev.panicking) out.push({ t: s.t, kind: 'panic-end', value: s.desiredPods, detail: 0 });
      if (s.pods === 0 && prev.pods > 0) out.push({ t: s.t, kind: 'scale-to-zero', value: 0, detail: 0 });
      if (s.activatorQueued > 0 && prev.activatorQueued === 0) out.push({ t: s.t, kind: 'queue-start', value: s.activatorQueued, detail: 0 });
      if (s.activatorQueued === 0 && prev.activatorQueued > 0) out.push({ t: s.t, kind: 'queue-drained', value: 0, detail: 0 });
    }
    prev = s;
  }
  for (const p of run.pods) {
    if (p.phases.length === 0) continue;
    out.push({ t: p.createdS, kind: 'pod-created', value: p.id, detail: 0 });
    if (p.readyS !== null) out.push({ t: p.readyS, kind: 'pod-ready', value: p.id, detail: p.readyS - p.createdS });
  }
  return out.sort((a, b) => a.t - b.t);
}

/** Whole-run figures, the same for every policy (the three runs share their arrivals). */
export interface RunFigures {
  readonly requests: number;
  readonly completed: number;
  readonly gpuHours: number;
  readonly ttftP50: number;
  readonly ttftP99: number;
  /** Requests that arrived while no pod was ready: each waited for a cold start. */
  readonly arrivedWithNoPod: number;
  readonly maxActivatorQueued: number;
  readonly maxPods: number;
  readonly panicSeconds: number;
  readonly coldStarts: number;
}

/**
 * Figures for the side-by-side table. `arrivedWithNoPod` counts the arrivals of each 2 s sample
 * whose start and end both had no ready pod, so it never overstates.
 */
export function runFigures(run: AutoscaleResult): RunFigures {
  let noPod = 0;
  let prev: TickSample | null = null;
  for (const s of run.samples) {
    if (prev && prev.readyPods === 0 && s.readyPods === 0) noPod += s.arrivals;
    prev = s;
  }
  const m = run.summary;
  return {
    requests: m.requests,
    completed: m.completed,
    gpuHours: m.gpuHours,
    ttftP50: m.ttftP50,
    ttftP99: m.ttftP99,
    arrivedWithNoPod: noPod,
    maxActivatorQueued: m.maxActivatorQueued,
    maxPods: m.maxPods,
    panicSeconds: m.panicSeconds,
    coldStarts: run.pods.filter((p) => p.phases.length > 0).length,
  };
}

/** The first pod of the run that cold-started, or null. */
export function firstColdPod(run: AutoscaleResult): AutoscaleResult['pods'][number] | null {
  return run.pods.find((p) => p.phases.length > 0) ?? null;
}

/** Derived views of the store: the run on screen, the sample at a frame, shared axis ranges. */
import type { AutoscaleResult, TickSample } from '../../../sim/autoscale/index.ts';
import { FOCI, type Focus } from '../../../widget-models/autoscaling/settings.ts';
import type { AutoscalingState } from './store.ts';

export const runOf = (s: AutoscalingState, focus: Focus): AutoscaleResult | null => s.result.runs[FOCI.indexOf(focus)] ?? null;

/** The sample at frame `i` (the last one if the run is shorter). */
export function sampleAt(run: AutoscaleResult | null, i: number): TickSample | undefined {
  if (!run || run.samples.length === 0) return undefined;
  return run.samples[Math.min(Math.max(0, i), run.samples.length - 1)];
}

/** The most pods any computed run wanted or had: one pod axis for all charts, so they compare. */
export function podAxisMax(s: AutoscalingState): number {
  let m = 1;
  for (const r of s.result.runs) if (r) for (const x of r.samples) m = Math.max(m, x.desiredPods, x.pods);
  return m;
}

/** Arrivals per second in a sample (arrivals are counted per sample interval). */
export const rpsOf = (run: AutoscaleResult, x: TickSample): number => x.arrivals / run.config.sampleIntervalS;

/** Names of the three runs, for headings and buttons. */
export function runName(s: AutoscalingState['settings'], focus: Focus): string {
  if (focus === 'kpa') return 'Knative KPA';
  if (focus === 'fixed') return `Fixed, ${s.fixed} replica${s.fixed === 1 ? '' : 's'}`;
  return `${s.altKind === 'keda' ? 'KEDA' : 'HPA'} on ${s.altMetric === 'waiting' ? 'vllm:num_requests_waiting' : 'vllm:num_requests_running'}`;
}

/**
 * The comparison figures at any simulated time, named as vLLM names them. At the end of a run
 * they equal the engine's own `MetricsSummary` (a unit test checks this). Before that they are
 * "so far", and like for like: a request that has arrived but has no first token yet counts in
 * TTFT (and in queue time, if not yet scheduled) with its wait so far, a lower bound. Counting
 * only the requests already served would flatter the scheduler that leaves the most waiting.
 */
import { summarize, type Distribution } from '../../sim/core/quantiles.ts';
import { stepsDoneAt } from './frames.ts';
import type { RunRecord } from './types.ts';
import type { Workload } from './workload.ts';

export interface LiveMetrics {
  /** Output tokens per second since the first arrival (`output_throughput`). */
  readonly outputThroughput: number;
  /** Time-weighted mean of min(1, useful tokens ÷ max_num_batched_tokens) over busy steps. */
  readonly budgetUse: number;
  /** Time-weighted mean of requests in the batch (`num_requests_running`). */
  readonly meanRunning: number;
  readonly ttft: Distribution;
  readonly tpot: Distribution;
  readonly queue: Distribution;
  readonly e2e: Distribution;
  readonly finished: number;
  /** Arrived requests still without a first token, counted in TTFT with their wait so far. */
  readonly waiting: number;
  readonly generated: number;
  readonly preemptions: number;
  readonly steps: number;
  /** Time of the last finished step (µs). */
  readonly timeUs: number;
}

/** Figures of `run` at simulated time `t` (µs). */
export function metricsAt(run: RunRecord, w: Workload, t: number): LiveMetrics {
  const n = stepsDoneAt(run, t);
  const last = run.steps[n - 1];
  const first = w.reqs.reduce((m, r) => Math.min(m, r.arrivalUs), Infinity);
  const ttft: number[] = [];
  const tpot: number[] = [];
  const queue: number[] = [];
  const e2e: number[] = [];
  let finished = 0;
  let waiting = 0;
  // Once the run has ended, a request with no first token never gets one (refused): it is left out.
  const ongoing = Number.isFinite(t) && (n < run.steps.length || !run.done);
  w.reqs.forEach((r, i) => {
    const x = run.times[i];
    if (!x || r.arrivalUs > t) return;
    if (x.firstScheduledUs >= 0 && x.firstScheduledUs <= t) queue.push((x.firstScheduledUs - r.arrivalUs) / 1e6);
    else if (ongoing) queue.push((t - r.arrivalUs) / 1e6);
    if (x.firstTokenUs >= 0 && x.firstTokenUs <= t) ttft.push((x.firstTokenUs - r.arrivalUs) / 1e6);
    else if (ongoing) {
      ttft.push((t - r.arrivalUs) / 1e6);
      waiting++;
    }
    if (x.finishUs >= 0 && x.finishUs <= t) {
      finished++;
      e2e.push((x.finishUs - r.arrivalUs) / 1e6);
      if (x.outputs > 1) tpot.push((x.finishUs - x.firstTokenUs) / 1e6 / (x.outputs - 1));
    }
  });
  const busy = last?.cumBusyUs ?? 0;
  const elapsedS = last && Number.isFinite(first) ? (last.endUs - first) / 1e6 : 0;
  return {
    outputThroughput: elapsedS > 0 ? (last?.cumEmitted ?? 0) / elapsedS : 0,
    budgetUse: busy > 0 ? (last?.cumUtilUs ?? 0) / busy : 0,
    meanRunning: busy > 0 ? (last?.cumRunUs ?? 0) / busy : 0,
    ttft: summarize(ttft),
    tpot: summarize(tpot),
    queue: summarize(queue),
    e2e: summarize(e2e),
    finished,
    waiting,
    generated: last?.cumEmitted ?? 0,
    preemptions: last?.cumPreemptions ?? 0,
    steps: n,
    timeUs: last?.endUs ?? 0,
  };
}

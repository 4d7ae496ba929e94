/**
 * One point of a load test: a pattern run on the workload at one rate, reduced to the figures a
 * benchmark sweep reports (TTFT and TPOT p50/p99, SLO attainment, goodput, throughput), and the
 * knee of a finished sweep.
 */
import { summarize } from '../../sim/core/quantiles.ts';
import { buildReport, generatePatternWorkload, minimalTp, patternDefinition, replicaAt, type PatternId, type PatternRunInput } from '../../sim/patterns/index.ts';
import { GPU_ID, KNEE_ATTAINMENT, type LoadTestSettings } from './settings.ts';

/** What one rate of the sweep measured for one pattern. Times in seconds (TTFT) and milliseconds (TPOT). */
export interface LoadPoint {
  readonly qps: number;
  readonly requests: number;
  readonly ttftP50S: number;
  readonly ttftP99S: number;
  /** Per-request mean time between output tokens (TPOT; the model's ITL is the same figure). */
  readonly tpotP50Ms: number;
  readonly tpotP99Ms: number;
  /** Share of requests within both the TTFT and the ITL objective. */
  readonly sloAttainment: number;
  /** Offered rate × SLO attainment: requests per second served within both objectives. */
  readonly goodputRps: number;
  readonly outputTokensPerS: number;
  readonly prefixHitRate: number;
  readonly gpuHours: number;
}

const r = (x: number, d: number) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : 0);

/**
 * Runs one pattern at one rate.
 * @throws Error when the model does not fit the budget for this pattern
 */
export function runPoint(pattern: PatternId, s: LoadTestSettings, qps: number): LoadPoint {
  const input: PatternRunInput = { workload: s.workload, qps, gpus: s.gpus, seed: s.seed, modelId: s.model, gpuId: GPU_ID, durationS: s.durationS };
  const def = patternDefinition(pattern);
  const d = replicaAt(s.model, GPU_ID, minimalTp(s.model, GPU_ID));
  const wl = generatePatternWorkload(s.workload, qps, s.durationS, s.seed, d.maxModelLen);
  const run = def.run(input, wl);
  const report = buildReport(pattern, input, wl.slo, run);
  const ttft: number[] = [];
  const tpot: number[] = [];
  for (const o of run.outcomes) {
    if (o.failed || o.finishUs < 0) continue;
    ttft.push((o.firstTokenUs - o.arrivalUs + o.extraUs) / 1e6);
    if (o.outputTokens > 1) tpot.push((o.finishUs - o.firstTokenUs) / 1000 / (o.outputTokens - 1));
  }
  const t = summarize(ttft);
  const p = summarize(tpot);
  return {
    qps,
    requests: report.requests,
    ttftP50S: r(t.p50, 4),
    ttftP99S: r(t.p99, 4),
    tpotP50Ms: r(p.p50, 2),
    tpotP99Ms: r(p.p99, 2),
    sloAttainment: report.slo_attainment,
    goodputRps: r(qps * report.slo_attainment, 3),
    outputTokensPerS: report.output_tokens_per_s,
    prefixHitRate: report.prefix_hit_rate,
    gpuHours: report.gpu_hours,
  };
}

/**
 * The knee of a sweep: the highest rate before SLO attainment first falls below 90 %, where
 * goodput stops following the offered load. `null` when even the lowest rate misses it;
 * `beyond` when no rate in the sweep does (the knee lies above the top).
 */
export function kneeOf(points: readonly (LoadPoint | null)[]): { readonly qps: number | null; readonly index: number; readonly beyond: boolean } {
  let index = -1;
  for (const p of points) {
    if (!p) break;
    if (p.sloAttainment < KNEE_ATTAINMENT) return { qps: index >= 0 ? (points[index]?.qps ?? null) : null, index, beyond: false };
    index++;
  }
  const done = points.every((p) => p !== null);
  return { qps: index >= 0 ? (points[index]?.qps ?? null) : null, index, beyond: done && index === points.length - 1 };
}

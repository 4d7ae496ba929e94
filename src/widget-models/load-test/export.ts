/**
 * A finished (or partial) sweep as CSV and JSON, with the same column names as the widget's
 * table, so a learner can compare it with their own benchmark's output.
 */
import type { LoadTestSweep } from './model.ts';
import type { LoadTestSettings } from './settings.ts';
import { GPU_ID } from './settings.ts';
import { kneeOf, type LoadPoint } from './sweep.ts';

const COLUMNS: readonly (readonly [string, (p: LoadPoint) => number])[] = [
  ['request_rate', (p) => p.qps],
  ['requests', (p) => p.requests],
  ['ttft_p50_s', (p) => p.ttftP50S],
  ['ttft_p99_s', (p) => p.ttftP99S],
  ['tpot_p50_ms', (p) => p.tpotP50Ms],
  ['tpot_p99_ms', (p) => p.tpotP99Ms],
  ['slo_attainment', (p) => p.sloAttainment],
  ['goodput_rps', (p) => p.goodputRps],
  ['output_tokens_per_s', (p) => p.outputTokensPerS],
  ['prefix_hit_rate', (p) => p.prefixHitRate],
  ['gpu_hours', (p) => p.gpuHours],
];

/** One row per computed point: pattern, workload, then the columns above. */
export function sweepToCsv(sweep: LoadTestSweep, s: LoadTestSettings): string {
  const rows = [['pattern', 'workload', 'model', 'gpus', ...COLUMNS.map(([c]) => c)].join(',')];
  for (const line of sweep.series) {
    for (const p of line.points) if (p) rows.push([line.pattern, s.workload, s.model, String(s.gpus), ...COLUMNS.map(([, v]) => String(v(p)))].join(','));
  }
  return `${rows.join('\n')}\n`;
}

/** The settings, the objectives, each pattern's points and knee. */
export function sweepToJson(sweep: LoadTestSweep, s: LoadTestSettings): string {
  return `${JSON.stringify(
    {
      settings: { ...s, gpu: GPU_ID },
      slo: { ttft_s: sweep.sloTtftS, itl_ms: sweep.sloItlMs },
      complete: sweep.done >= sweep.total,
      series: sweep.series.map((line) => ({
        pattern: line.pattern,
        error: line.error,
        knee_request_rate: kneeOf(line.points).qps,
        points: line.points.filter((p): p is LoadPoint => p !== null).map((p) => Object.fromEntries(COLUMNS.map(([c, v]) => [c, v(p)]))),
      })),
    },
    null,
    2,
  )}\n`;
}

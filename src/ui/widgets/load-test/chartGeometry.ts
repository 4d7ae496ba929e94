/**
 * The chart's axes: request rate across, the chosen metric up (TTFT on a log scale, TPOT and
 * goodput linear), and the values each series plots.
 */
import type { LoadTestSweep } from '../../../widget-models/load-test/model.ts';
import type { Metric } from '../../../widget-models/load-test/settings.ts';
import type { LoadPoint } from '../../../widget-models/load-test/sweep.ts';

export interface Box {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** What a metric plots: a p50 and a p99 line (goodput has one), in the axis unit. */
export interface MetricSpec {
  readonly unit: string;
  readonly log: boolean;
  readonly p50: (p: LoadPoint) => number;
  readonly p99: ((p: LoadPoint) => number) | null;
  /** The objective's line, or null (goodput draws the offered load instead). */
  readonly slo: (sw: LoadTestSweep) => number | null;
  readonly sloLabel: (sw: LoadTestSweep) => string;
}

export const METRIC_SPECS: Readonly<Record<Metric, MetricSpec>> = {
  ttft: { unit: 's', log: true, p50: (p) => p.ttftP50S, p99: (p) => p.ttftP99S, slo: (sw) => sw.sloTtftS, sloLabel: (sw) => `TTFT objective ${sw.sloTtftS} s` },
  tpot: { unit: 'ms', log: false, p50: (p) => p.tpotP50Ms, p99: (p) => p.tpotP99Ms, slo: (sw) => sw.sloItlMs, sloLabel: (sw) => `ITL objective ${sw.sloItlMs} ms` },
  goodput: { unit: 'req/s', log: false, p50: (p) => p.goodputRps, p99: null, slo: () => null, sloLabel: () => 'offered load' },
};

/** 1, 2, 5 × 10^k at or above `v`. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** The y range: [lo, hi], with hi above every value and the objective. */
export function yRange(metric: Metric, sw: LoadTestSweep, maxQps: number): { lo: number; hi: number } {
  const spec = METRIC_SPECS[metric];
  if (metric === 'goodput') return { lo: 0, hi: niceMax(maxQps) };
  let top = (spec.slo(sw) ?? 0) * 1.25;
  for (const line of sw.series) for (const p of line.points) if (p) top = Math.max(top, spec.p99 ? spec.p99(p) : spec.p50(p));
  if (spec.log) return { lo: 0.01, hi: 10 ** Math.ceil(Math.log10(Math.max(top, 1))) };
  return { lo: 0, hi: niceMax(top) };
}

export const plotW = (b: Box) => Math.max(1, b.width - b.left - b.right);
export const plotH = (b: Box) => Math.max(1, b.height - b.top - b.bottom);

export function xScale(b: Box, maxQps: number): (q: number) => number {
  return (q) => b.left + (Math.min(Math.max(q, 0), maxQps) / maxQps) * plotW(b);
}

export function yScale(b: Box, range: { lo: number; hi: number }, log: boolean): (v: number) => number {
  if (log) {
    const l0 = Math.log10(range.lo);
    const l1 = Math.log10(range.hi);
    return (v) => b.top + plotH(b) * (1 - (Math.log10(Math.min(Math.max(v, range.lo), range.hi)) - l0) / (l1 - l0));
  }
  return (v) => b.top + plotH(b) * (1 - Math.min(Math.max((v - range.lo) / (range.hi - range.lo), 0), 1));
}

/** Axis ticks: decades on a log axis, five steps on a linear one. */
export function yTicks(range: { lo: number; hi: number }, log: boolean): number[] {
  const out: number[] = [];
  if (log) {
    for (let v = range.lo; v <= range.hi * 1.0001; v *= 10) out.push(Number(v.toPrecision(1)));
    return out;
  }
  for (let k = 0; k <= 4; k++) out.push((range.hi * k) / 4);
  return out;
}

/** An SVG path through the computed points (a gap breaks the line). */
export function pathOf(points: readonly (LoadPoint | null)[], x: (q: number) => number, y: (v: number) => number, value: (p: LoadPoint) => number): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(p.qps).toFixed(1)},${y(value(p)).toFixed(1)}`;
    pen = true;
  }
  return d;
}

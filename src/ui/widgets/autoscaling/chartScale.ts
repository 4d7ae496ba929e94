/**
 * Pixel geometry shared by the charts: a time axis over the run, value axes, and the points of
 * a series up to the frame on screen (playback reveals the run as it goes).
 */
import type { TickSample } from '../../../sim/autoscale/index.ts';

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export const plotWidth = (f: Frame) => Math.max(1, f.width - f.left - f.right);
export const plotHeight = (f: Frame) => Math.max(1, f.height - f.top - f.bottom);

/** x of time `t` (s) on a run of `durationS`. */
export const xOf = (f: Frame, t: number, durationS: number) => f.left + (Math.min(Math.max(t, 0), durationS) / durationS) * plotWidth(f);

/** y of `v` on a linear axis [0, max]. */
export const yLinear = (f: Frame, v: number, max: number) => f.top + plotHeight(f) * (1 - Math.min(Math.max(v / Math.max(max, 1e-9), 0), 1));

/** Time ticks: every 60 s, or every 120 s when the plot is narrow. */
export function timeTicks(f: Frame, durationS: number): number[] {
  const step = plotWidth(f) < 420 ? 120 : 60;
  const out: number[] = [];
  for (let t = 0; t <= durationS; t += step) out.push(t);
  return out;
}

/** A "nice" upper bound for an axis: 1, 2, 5 × 10^k at or above `v`. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/**
 * An SVG path of a step series (the value holds until the next sample) over samples [0, upto].
 */
export function stepPath(samples: readonly TickSample[], upto: number, x: (t: number) => number, y: (s: TickSample) => number): string {
  let d = '';
  for (let i = 0; i <= upto && i < samples.length; i++) {
    const s = samples[i] as TickSample;
    const px = x(s.t).toFixed(1);
    const py = y(s).toFixed(1);
    d += i === 0 ? `M${px},${py}` : `H${px}V${py}`;
  }
  return d;
}

/** An SVG path through points (null values break the line). */
export function linePath(samples: readonly TickSample[], upto: number, x: (t: number) => number, y: (s: TickSample) => number | null): string {
  let d = '';
  let pen = false;
  for (let i = 0; i <= upto && i < samples.length; i++) {
    const s = samples[i] as TickSample;
    const v = y(s);
    if (v === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(s.t).toFixed(1)},${v.toFixed(1)}`;
    pen = true;
  }
  return d;
}

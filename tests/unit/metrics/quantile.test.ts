import { describe, expect, it } from 'vitest';
import { histogramQuantile } from '../../../src/metrics/quantile.ts';

const b = (upperBound: number, count: number) => ({ upperBound, count });

describe('histogramQuantile (as PromQL histogram_quantile)', () => {
  // 10 observations: 2 ≤ 0.1, 6 ≤ 0.5, 9 ≤ 1, 10 in all.
  const buckets = [b(0.1, 2), b(0.5, 6), b(1, 9), b(Infinity, 10)];

  it('interpolates linearly inside the bucket that holds the rank', () => {
    // p50: rank 5 lies in (0.1, 0.5], which holds observations 3..6: 0.1 + 0.4 × (5 − 2) / 4 = 0.4
    expect(histogramQuantile(0.5, buckets)).toBeCloseTo(0.4, 12);
    // p90: rank 9 is exactly the cumulative count of le=1: 0.5 + 0.5 × (9 − 6) / 3 = 1
    expect(histogramQuantile(0.9, buckets)).toBeCloseTo(1, 12);
    // p10: rank 1 in the first bucket, lower bound 0: 0.1 × 1 / 2 = 0.05
    expect(histogramQuantile(0.1, buckets)).toBeCloseTo(0.05, 12);
  });

  it('answers the largest finite bound when the rank falls in the +Inf bucket', () => {
    // p99: rank 9.9 > 9, so it is in (1, +Inf]: Prometheus returns 1, not infinity.
    expect(histogramQuantile(0.99, buckets)).toBe(1);
  });

  it('does not depend on the order the buckets arrive in', () => {
    expect(histogramQuantile(0.5, [...buckets].reverse())).toBeCloseTo(0.4, 12);
  });

  it('returns NaN for an empty histogram, a missing +Inf bucket or a single bucket', () => {
    expect(histogramQuantile(0.5, [b(0.1, 0), b(Infinity, 0)])).toBeNaN();
    expect(histogramQuantile(0.5, [b(0.1, 2), b(0.5, 6)])).toBeNaN();
    expect(histogramQuantile(0.5, [b(Infinity, 6)])).toBeNaN();
    expect(histogramQuantile(0.5, [])).toBeNaN();
  });

  it('treats q outside 0–1 as PromQL does', () => {
    expect(histogramQuantile(-0.1, buckets)).toBe(-Infinity);
    expect(histogramQuantile(1.1, buckets)).toBe(Infinity);
    expect(histogramQuantile(Number.NaN, buckets)).toBeNaN();
  });

  it('returns the first bound itself when it is not positive', () => {
    expect(histogramQuantile(0.25, [b(-1, 4), b(1, 8), b(Infinity, 8)])).toBe(-1);
  });

  it('repairs counts that dip and merges duplicate bounds', () => {
    // A scrape that raced with an observation: le=1 reads 5 below le=0.5's 6; treated as 6.
    expect(histogramQuantile(0.9, [b(0.1, 2), b(0.5, 6), b(1, 5), b(Infinity, 10)])).toBe(1);
    // Two series with the same bound are added up: (0.1, 3) + (0.1, 1) = (0.1, 4); p20 = 0.1 × 2/4.
    expect(histogramQuantile(0.2, [b(0.1, 3), b(0.1, 1), b(Infinity, 10)])).toBeCloseTo(0.05, 12);
  });
});

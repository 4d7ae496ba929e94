import type { Bucket } from './types.ts';

/**
 * The q-quantile of a classic histogram, computed as Prometheus's `histogram_quantile` does
 * (promql/quantile.go, `BucketQuantile`): find the bucket holding the rank q × total, then
 * interpolate linearly inside it, assuming observations are spread evenly across the bucket.
 *
 * Edge cases follow Prometheus: NaN when the `+Inf` bucket is missing, when there are fewer than two
 * buckets, or when there are no observations; when the rank falls in the `+Inf` bucket the answer
 * is the largest finite upper bound; the first bucket's lower bound is 0 (or its own upper bound
 * when that is ≤ 0). Buckets with the same bound are merged and counts that dip are raised to keep
 * them cumulative, as Prometheus does for scrapes that raced with an observation.
 *
 * @param q the quantile, 0–1 (below 0 gives -Infinity, above 1 gives +Infinity, as in PromQL)
 * @param buckets cumulative buckets in any order
 * @example histogramQuantile(0.5, [{upperBound: 1, count: 2}, {upperBound: Infinity, count: 4}]) // 1
 */
export function histogramQuantile(q: number, buckets: readonly Bucket[]): number {
  if (Number.isNaN(q)) return Number.NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  const sorted = coalesce([...buckets].sort((a, b) => a.upperBound - b.upperBound));
  const last = sorted[sorted.length - 1];
  if (!last || last.upperBound !== Infinity) return Number.NaN;
  const fixed = monotonic(sorted);
  if (fixed.length < 2) return Number.NaN;
  const observations = fixed[fixed.length - 1]?.count ?? 0;
  if (observations === 0) return Number.NaN;
  let rank = q * observations;
  // First finite bucket whose cumulative count reaches the rank; the +Inf bucket when none does.
  let b = fixed.findIndex((bucket, i) => i < fixed.length - 1 && bucket.count >= rank);
  if (b < 0) b = fixed.length - 1;
  if (b === fixed.length - 1) return fixed[fixed.length - 2]?.upperBound ?? Number.NaN;
  const bucket = fixed[b] as Bucket;
  if (b === 0 && bucket.upperBound <= 0) return bucket.upperBound;
  let start = 0;
  let count = bucket.count;
  const previous = b > 0 ? fixed[b - 1] : undefined;
  if (previous) {
    start = previous.upperBound;
    count -= previous.count;
    rank -= previous.count;
  }
  return start + (bucket.upperBound - start) * (rank / count);
}

function coalesce(sorted: readonly Bucket[]): Bucket[] {
  const out: Bucket[] = [];
  for (const bucket of sorted) {
    const last = out[out.length - 1];
    if (last && last.upperBound === bucket.upperBound) out[out.length - 1] = { upperBound: last.upperBound, count: last.count + bucket.count };
    else out.push(bucket);
  }
  return out;
}

function monotonic(sorted: readonly Bucket[]): Bucket[] {
  let max = -Infinity;
  return sorted.map((bucket) => {
    max = Math.max(max, bucket.count);
    return { upperBound: bucket.upperBound, count: max };
  });
}

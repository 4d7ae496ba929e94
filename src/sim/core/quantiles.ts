/**
 * Percentiles. Per-request latencies are kept exactly (one number per request); per-token
 * latencies (ITL) go into a log-bucketed histogram so 100k requests do not store 30M numbers.
 */

/** The q-quantile (0 ≤ q ≤ 1) of `values`, by linear interpolation (numpy's default). */
export function quantile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  const pos = q * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Summary of a distribution in the p50/p90/p99 form the course shows. */
export interface Distribution {
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

/** Summarises exact samples. */
export function summarize(values: ArrayLike<number>): Distribution {
  const n = values.length;
  if (n === 0) return { count: 0, mean: NaN, p50: NaN, p90: NaN, p99: NaN, max: NaN };
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i] as number;
  const at = (q: number): number => {
    const pos = q * (n - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(n - 1, lo + 1);
    const a = sorted[lo] as number;
    return a + ((sorted[hi] as number) - a) * (pos - lo);
  };
  return { count: n, mean: sum / n, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[n - 1] as number };
}

/**
 * A histogram with buckets growing by 1% (relative error ≤ 0.5%), from `min` upward.
 * Values ≤ min land in bucket 0.
 */
export class LogHistogram {
  private counts: Float64Array;
  private readonly logBase = Math.log(1.01);
  private total = 0;
  private sum = 0;
  private maxSeen = -Infinity;
  private lastValue = NaN;
  private lastBucket = 0;

  constructor(private readonly min = 1) {
    this.counts = new Float64Array(2048);
  }

  /** Adds `count` samples of `value`. */
  add(value: number, count = 1): void {
    let b: number;
    if (value === this.lastValue) b = this.lastBucket;
    else {
      b = value <= this.min ? 0 : 1 + Math.floor(Math.log(value / this.min) / this.logBase);
      this.lastValue = value;
      this.lastBucket = b;
    }
    if (b >= this.counts.length) {
      const next = new Float64Array(Math.max(b + 1, this.counts.length * 2));
      next.set(this.counts);
      this.counts = next;
    }
    this.counts[b] = (this.counts[b] as number) + count;
    this.total += count;
    this.sum += value * count;
    if (value > this.maxSeen) this.maxSeen = value;
  }

  get count(): number {
    return this.total;
  }

  /** Approximate q-quantile: the geometric middle of the bucket holding it. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const target = q * (this.total - 1);
    let acc = 0;
    for (let b = 0; b < this.counts.length; b++) {
      acc += this.counts[b] as number;
      if (acc > target) {
        if (b === 0) return Math.min(this.min, this.maxSeen);
        return Math.min(this.maxSeen, this.min * Math.pow(1.01, b - 0.5));
      }
    }
    return this.maxSeen;
  }

  summary(): Distribution {
    if (this.total === 0) return { count: 0, mean: NaN, p50: NaN, p90: NaN, p99: NaN, max: NaN };
    return {
      count: this.total,
      mean: this.sum / this.total,
      p50: this.quantile(0.5),
      p90: this.quantile(0.9),
      p99: this.quantile(0.99),
      max: this.maxSeen,
    };
  }
}

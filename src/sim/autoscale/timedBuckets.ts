/**
 * Knative's windowed average of a per-second metric (`TimedFloat64Buckets` in
 * knative.dev/serving `pkg/autoscaler/aggregation/bucketing.go`, knative-v1.23.0), with the
 * 1 s bucket size the autoscaler uses. Times are whole seconds.
 *
 * The average is over the buckets since the first write when the window is only partly filled,
 * seconds without a write inside the window count as 0, and nothing for a whole window gives 0.
 */
export class TimedBuckets {
  private readonly buckets: Float64Array;
  private firstWrite: number | null = null;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private windowTotal = 0;

  constructor(private readonly windowS: number) {
    if (!Number.isInteger(windowS) || windowS < 1) throw new Error(`TimedBuckets: windowS must be an integer ≥ 1 (got ${windowS})`);
    this.buckets = new Float64Array(windowS);
  }

  private idx(sec: number): number {
    return ((sec % this.windowS) + this.windowS) % this.windowS;
  }

  /** Adds `value` to the bucket of second ⌊nowS⌋. */
  record(nowS: number, value: number): void {
    const sec = Math.floor(nowS);
    if (sec !== this.lastWrite) {
      if (sec + this.windowS <= this.lastWrite) return; // older than the window: dropped
      if (this.firstWrite === null || this.firstWrite > sec) this.firstWrite = sec;
      if (sec > this.lastWrite) {
        if (sec - this.lastWrite >= this.windowS) {
          this.firstWrite = sec;
          this.buckets.fill(0);
          this.windowTotal = 0;
        } else {
          for (let i = this.lastWrite + 1; i <= sec; i++) {
            const k = this.idx(i);
            this.windowTotal -= this.buckets[k] as number;
            this.buckets[k] = 0;
          }
        }
        this.lastWrite = sec;
      }
    }
    const k = this.idx(sec);
    this.buckets[k] = (this.buckets[k] as number) + value;
    this.windowTotal += value;
  }

  /** No write for longer than the window (the collector's "no data"). */
  isEmpty(nowS: number): boolean {
    return Math.floor(nowS) - this.lastWrite > this.windowS;
  }

  /** The window average at ⌊nowS⌋, rounded to 6 digits as Knative does. */
  windowAverage(nowS: number): number {
    const now = Math.floor(nowS);
    const d = now - this.lastWrite;
    const first = this.firstWrite ?? now;
    let total = this.windowTotal;
    let numB: number;
    if (d <= 0) {
      numB = Math.min(this.lastWrite - first + 1, this.windowS);
    } else if (d < this.windowS) {
      for (let i = this.lastWrite + 1; i <= now; i++) total -= this.buckets[this.idx(i)] as number;
      numB = Math.min(this.lastWrite - first + 1, this.windowS - d);
    } else {
      return 0;
    }
    return Math.round((total / numB) * 1e6) / 1e6;
  }
}

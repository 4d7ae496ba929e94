/**
 * vLLM's `CachingMetrics` (vllm/v1/metrics/stats.py): the prefix-cache hit rate over the most
 * recent requests, as the periodic log line reports it. Each observation is one step's
 * (requests, queries, hits); the oldest observations drop out while more than
 * `maxRecentRequests` requests are aggregated, always keeping the newest one.
 */
export class CachingMetrics {
  private readonly queue: [number, number, number][] = [];
  private head = 0;
  aggregatedRequests = 0;
  aggregatedQueryTotal = 0;
  aggregatedQueryHit = 0;

  constructor(readonly maxRecentRequests = 1000) {}

  /** `observe`: adds one step's lookups (steps without any are skipped). */
  observe(requests: number, queries: number, hits: number): void {
    if (requests === 0) return;
    this.queue.push([requests, queries, hits]);
    this.aggregatedRequests += requests;
    this.aggregatedQueryTotal += queries;
    this.aggregatedQueryHit += hits;
    while (this.queue.length - this.head > 1 && this.aggregatedRequests > this.maxRecentRequests) {
      const [r, q, h] = this.queue[this.head++] as [number, number, number];
      this.aggregatedRequests -= r;
      this.aggregatedQueryTotal -= q;
      this.aggregatedQueryHit -= h;
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  /** `hit_rate`: hits ÷ queries over the window (0 when empty). */
  get hitRate(): number {
    return this.aggregatedQueryTotal === 0 ? 0 : this.aggregatedQueryHit / this.aggregatedQueryTotal;
  }
}

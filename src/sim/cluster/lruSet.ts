/**
 * A set of block keys with least-recently-used eviction (one Map write per touch, O(1)
 * amortised; see stampQueue.ts).
 */
import { StampQueue } from './stampQueue.ts';

export class LruSet {
  private readonly map = new Map<number, number>();
  private readonly queue: StampQueue;
  private clock = 0;

  /**
   * @param capacity most keys kept; the least recently used go first
   * @param onEvict called for each key pushed out by `touch`
   */
  constructor(
    readonly capacity: number,
    private readonly onEvict?: (key: number) => void,
  ) {
    this.queue = new StampQueue(
      (k, s) => this.map.get(k) === s,
      () => this.map.size,
    );
  }

  get size(): number {
    return this.map.size;
  }

  has(key: number): boolean {
    return this.map.has(key);
  }

  /** Inserts `key` or marks it most recently used, then evicts down to capacity. */
  touch(key: number): void {
    const s = ++this.clock;
    this.map.set(key, s);
    this.queue.push(key, s);
    while (this.map.size > this.capacity) {
      const k = this.queue.popLive();
      if (k === undefined) break;
      this.map.delete(k);
      this.onEvict?.(k);
    }
    this.queue.trim();
  }

  /** Removes a key without calling `onEvict`. */
  delete(key: number): boolean {
    return this.map.delete(key);
  }

  /** Keys from least to most recently used. */
  keys(): IterableIterator<number> {
    return this.queue.liveKeys();
  }
}

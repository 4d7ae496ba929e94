/**
 * vLLM's `LRUCache` (vllm/utils): insertion/access order, `touch` moves an entry to the most
 * recently used end, `removeOldest` evicts the least recently used one.
 */
export class LruCache<K> {
  private readonly order = new Map<K, true>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.order.size;
  }

  has(key: K): boolean {
    return this.order.has(key);
  }

  /** Marks `key` most recently used (inserting it if absent). */
  touch(key: K): void {
    this.order.delete(key);
    this.order.set(key, true);
  }

  delete(key: K): boolean {
    return this.order.delete(key);
  }

  /** Removes and returns the least recently used key (undefined when empty). */
  removeOldest(): K | undefined {
    const first = this.order.keys().next();
    if (first.done) return undefined;
    this.order.delete(first.value);
    return first.value;
  }

  /** Keys from least to most recently used. */
  keys(): K[] {
    return [...this.order.keys()];
  }
}

/**
 * The worker's adapter caches (`LRUCacheWorkerLoRAManager` over `LRUCacheLoRAModelManager`,
 * vllm/lora/): `max_cpu_loras` adapters registered in CPU memory (LRU), `max_loras` of them
 * active in GPU slots (LRU). Before each forward pass the batch's adapters are loaded
 * (storage → CPU, if not registered) and activated (CPU → GPU slot, if not active).
 */
import { LruCache } from './lruCache.ts';

/** What applying one batch's adapters cost. */
export interface AdapterApplyResult {
  /** Adapters loaded from storage into the CPU cache. */
  readonly loaded: readonly string[];
  /** Adapters copied into a GPU slot. */
  readonly activated: readonly string[];
  /** Adapters evicted from the CPU cache. */
  readonly evicted: readonly string[];
}

export class AdapterManager {
  /** `_registered_adapters`: in CPU memory, capacity `max_cpu_loras`. */
  readonly registered: LruCache<string>;
  /** `_active_adapters`: in GPU slots, capacity `max_loras` (= `lora_slots`). */
  readonly active: LruCache<string>;
  numLoads = 0;
  numActivations = 0;

  constructor(
    readonly maxLoras: number,
    readonly maxCpuLoras: number,
  ) {
    this.registered = new LruCache(maxCpuLoras);
    this.active = new LruCache(maxLoras);
  }

  /**
   * `_apply_adapters`: makes every adapter of the batch registered and active, in order.
   * @throws Error when the batch has more distinct adapters than GPU slots (the scheduler
   *   never builds one)
   */
  apply(adapters: readonly string[]): AdapterApplyResult {
    if (adapters.length > this.maxLoras) {
      throw new Error(`AdapterManager: ${adapters.length} adapters in one batch exceed max_loras ${this.maxLoras}`);
    }
    const loaded: string[] = [];
    const activated: string[] = [];
    const evicted: string[] = [];
    for (const name of adapters) {
      if (!this.registered.has(name)) {
        loaded.push(name);
        this.numLoads++;
        if (this.registered.size + 1 > this.registered.capacity) {
          const old = this.registered.removeOldest();
          if (old !== undefined) {
            evicted.push(old);
            this.active.delete(old); // removing a registered adapter deactivates it
          }
        }
      }
      this.registered.touch(name);
      if (!this.active.has(name)) {
        if (this.active.size >= this.active.capacity) this.active.removeOldest();
        activated.push(name);
        this.numActivations++;
      }
      this.active.touch(name);
    }
    return { loaded, activated, evicted };
  }
}

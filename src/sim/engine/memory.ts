/**
 * Where the KV memory goes (paper §3.1, Fig. 2–3): slots holding live token states, slots
 * reserved for tokens a request will generate later, internal fragmentation (slots allocated
 * that will never hold a token), and external fragmentation (free memory the next request
 * cannot use). Computed in O(running) so a benchmark can sample it every step.
 */
import { ContiguousAllocator } from './contiguousAllocator.ts';
import type { Engine } from './engine.ts';
import { KVCacheManager } from './kvCacheManager.ts';

/** KV memory by use, in token slots. */
export interface MemoryBreakdown {
  readonly liveTokens: number;
  readonly reserved: number;
  readonly internalFragmentation: number;
  readonly externalFragmentation: number;
  /** Free and usable (not counted as waste). */
  readonly free: number;
  readonly capacity: number;
}

/**
 * Paged: the unfilled tail of each request's last block is internal fragmentation (shared
 * blocks counted once); nothing is reserved ahead and a free block fits anyone, so there is
 * no external fragmentation. Contiguous: a region holds live tokens, then slots reserved for
 * the rest of the request's output, then slots it will never use; while a request waits,
 * free gaps too small for its reservation are external fragmentation.
 */
export function memoryBreakdown(engine: Engine): MemoryBreakdown {
  const kv = engine.kv;
  const running = engine.scheduler.running;
  if (kv instanceof KVCacheManager) {
    const bs = kv.blockSize;
    const pool = kv.pool;
    const capacity = (pool.numGpuBlocks - 1) * bs;
    const allocated = capacity - pool.numFreeBlocks * bs;
    let waste = 0;
    for (const r of running) {
      const blocks = r.blocks;
      for (let i = Math.floor(r.numComputedTokens / bs); i < blocks.length; i++) {
        const empty = Math.min(bs, (i + 1) * bs - r.numComputedTokens);
        waste += empty / (pool.refCnt[blocks[i] as number] as number);
      }
    }
    return { liveTokens: allocated - waste, reserved: 0, internalFragmentation: waste, externalFragmentation: 0, free: capacity - allocated, capacity };
  }
  if (!(kv instanceof ContiguousAllocator)) throw new Error('memoryBreakdown: unknown allocator');
  let live = 0;
  let reserved = 0;
  let internal = 0;
  for (const r of running) {
    const finalLen = Math.min(r.regionSlots, r.promptLen + Math.min(r.stopAfter, r.maxTokens));
    live += r.numComputedTokens;
    reserved += Math.max(0, finalLen - r.numComputedTokens);
    internal += r.regionSlots - Math.max(finalLen, r.numComputedTokens);
  }
  const freeSlots = kv.capacity - kv.numReservedSlots;
  let external = 0;
  const head = engine.scheduler.waiting.peek();
  if (head) {
    const need = kv.reservationFor(head);
    for (const g of kv.freeGaps()) if (g.slots < need) external += g.slots;
  }
  return { liveTokens: live, reserved, internalFragmentation: internal, externalFragmentation: external, free: freeSlots - external, capacity: kv.capacity };
}

/** Time-weighted waste over a run: sample after every step with the step's duration. */
export class WasteMeter {
  private occupied = 0;
  private wasted = 0;

  /** Adds one sample, weighted by `durationUs`. */
  sample(b: MemoryBreakdown, durationUs: number): void {
    const waste = b.reserved + b.internalFragmentation + b.externalFragmentation;
    this.wasted += waste * durationUs;
    this.occupied += (waste + b.liveTokens) * durationUs;
  }

  /** Percent of occupied KV memory not holding live tokens. */
  get wastePct(): number {
    return this.occupied > 0 ? (100 * this.wasted) / this.occupied : 0;
  }
}

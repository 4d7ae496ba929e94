/**
 * Where the KV memory goes, in token slots, split the way the PagedAttention paper splits it
 * (§3.1, Fig. 3): token states; slots reserved for tokens a request has not generated yet;
 * internal fragmentation (allocated, never to be used); external fragmentation (free, but in
 * gaps too small to use); and plain free memory. The numbers come from the engine's own
 * `memoryBreakdown`, so the widget and the benchmarks agree on every definition.
 */
import type { MemoryBreakdown } from '../../sim/engine/memory.ts';

/** One allocator's memory at one moment, in token slots. The five parts add up to `capacity`. */
export interface Waste {
  readonly capacity: number;
  readonly tokens: number;
  readonly reserved: number;
  readonly internal: number;
  readonly external: number;
  readonly free: number;
}

/** The engine's breakdown in the widget's terms (whole slots: shared partial blocks are split fractionally there). */
export function fromBreakdown(b: MemoryBreakdown): Waste {
  const internal = Math.round(b.internalFragmentation);
  const reserved = Math.round(b.reserved);
  const external = Math.round(b.externalFragmentation);
  const free = Math.round(b.free);
  return { capacity: b.capacity, tokens: b.capacity - internal - reserved - external - free, reserved, internal, external, free };
}

/** Slots allocated to requests but not holding a token state. */
export function wasted(w: Waste): number {
  return w.reserved + w.internal + w.external;
}

/** Fraction of the memory in use (everything not plainly free) that holds token states. */
export function effectiveShare(w: Waste): number {
  const used = w.capacity - w.free;
  return used > 0 ? w.tokens / used : 1;
}

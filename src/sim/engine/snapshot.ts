/**
 * Cheap, plain-data views of engine state for a UI (the KV paging grid, queue panels).
 * O(blocks + running) per call; nothing here runs on the simulation's hot path.
 */
import { ContiguousAllocator } from './contiguousAllocator.ts';
import type { Engine } from './engine.ts';
import { KVCacheManager } from './kvCacheManager.ts';
import type { Request } from './request.ts';
import type { RequestStatus } from './types.ts';

/** One physical KV block. */
export interface BlockView {
  readonly id: number;
  readonly refCnt: number;
  /** Request ids whose block table holds it. */
  readonly owners: readonly string[];
  /** Token slots holding computed KV (0 … blockSize). */
  readonly tokens: number;
  /** Prefix-cache hash, or null. */
  readonly hash: number | null;
  /** In the free queue (possibly still cached). */
  readonly free: boolean;
  readonly isNull: boolean;
}

export interface BlockPoolSnapshot {
  readonly blockSize: number;
  readonly numGpuBlocks: number;
  readonly numFreeBlocks: number;
  readonly kvCacheUsage: number;
  readonly blocks: readonly BlockView[];
  /** Free queue, head (next to allocate / evict) first. */
  readonly freeQueue: readonly number[];
}

/** One request as a panel shows it. */
export interface RequestView {
  readonly id: string;
  readonly status: RequestStatus;
  readonly promptTokens: number;
  readonly numTokens: number;
  readonly numComputedTokens: number;
  readonly numOutputTokens: number;
  readonly numPreemptions: number;
  /** Block table (paged) or [start, slots] of the reserved region (contiguous). */
  readonly blockIds: readonly number[];
}

function viewOf(r: Request): RequestView {
  return {
    id: r.id,
    status: r.status,
    promptTokens: r.promptLen,
    numTokens: r.numTokens,
    numComputedTokens: r.numComputedTokens,
    numOutputTokens: r.numOutputTokens,
    numPreemptions: r.numPreemptions,
    blockIds: r.regionStart >= 0 ? [r.regionStart, r.regionSlots] : r.blocks.slice(),
  };
}

/** Running then waiting requests, in scheduling order. */
export function requestViews(engine: Engine): { running: RequestView[]; waiting: RequestView[] } {
  return { running: engine.scheduler.running.map(viewOf), waiting: engine.scheduler.waiting.toArray().map(viewOf) };
}

/**
 * Per-block state of a paged engine.
 * @throws Error for the contiguous allocator (it has regions, not blocks: see `regionsSnapshot`)
 */
export function blockPoolSnapshot(engine: Engine): BlockPoolSnapshot {
  const kv = engine.kv;
  if (!(kv instanceof KVCacheManager)) throw new Error('blockPoolSnapshot: the engine uses the contiguous allocator');
  const pool = kv.pool;
  const bs = kv.blockSize;
  const n = pool.numGpuBlocks;
  const owners: string[][] = Array.from({ length: n }, () => []);
  const fill = new Int32Array(n);
  for (const r of engine.scheduler.running) {
    r.blocks.forEach((b, i) => {
      (owners[b] as string[]).push(r.id);
      const t = Math.max(0, Math.min(bs, r.numComputedTokens - i * bs));
      if (t > (fill[b] as number)) fill[b] = t;
    });
  }
  const blocks: BlockView[] = [];
  for (let id = 0; id < n; id++) {
    const h = pool.blockHash[id] as number;
    const free = pool.freeQueue.has(id);
    blocks.push({
      id,
      refCnt: pool.refCnt[id] as number,
      owners: owners[id] as string[],
      // A cached block is full by definition, even while free.
      tokens: h >= 0 ? bs : (fill[id] as number),
      hash: h >= 0 ? h : null,
      free,
      isNull: id === pool.nullBlock,
    });
  }
  return { blockSize: bs, numGpuBlocks: n, numFreeBlocks: pool.numFreeBlocks, kvCacheUsage: pool.getUsage(), blocks, freeQueue: pool.freeQueue.toArray() };
}

/** Reserved regions of a contiguous engine, in address order. */
export function regionsSnapshot(engine: Engine): { capacity: number; regions: { req: string; start: number; slots: number; tokens: number }[] } {
  const kv = engine.kv;
  if (!(kv instanceof ContiguousAllocator)) throw new Error('regionsSnapshot: the engine uses the paged allocator');
  return {
    capacity: kv.capacity,
    regions: kv.allRegions().map((r) => ({ req: r.req.id, start: r.start, slots: r.slots, tokens: r.req.numComputedTokens })),
  };
}

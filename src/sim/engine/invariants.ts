/**
 * Consistency checks of an engine's KV state, for property-based tests and debugging.
 * O(blocks + running); never called on the simulation's hot path.
 */
import { ContiguousAllocator } from './contiguousAllocator.ts';
import type { Engine } from './engine.ts';
import { KVCacheManager } from './kvCacheManager.ts';

/**
 * Returns every violated invariant (empty when consistent):
 * ref counts equal block-table membership and are ≥ 0; a block is free iff its ref count is 0;
 * no block is both owned and free; free + used = numGpuBlocks − 1; every cached hash is in the
 * map; each request holds slots for its computed tokens; contiguous regions never overlap.
 */
export function checkInvariants(engine: Engine): string[] {
  const errs: string[] = [];
  const kv = engine.kv;
  const running = engine.scheduler.running;
  for (const r of engine.scheduler.waiting.toArray()) {
    if (r.blocks.length > 0 || r.regionStart >= 0) errs.push(`waiting request ${r.id} holds KV`);
  }
  if (kv instanceof KVCacheManager) {
    const pool = kv.pool;
    const n = pool.numGpuBlocks;
    const owned = new Int32Array(n);
    for (const r of running) {
      for (const b of r.blocks) owned[b] = (owned[b] as number) + 1;
      if (r.blocks.length * kv.blockSize < r.numComputedTokens) errs.push(`${r.id}: ${r.blocks.length} blocks < ${r.numComputedTokens} computed tokens`);
    }
    if (owned[0] !== 0) errs.push('null block is in a block table');
    const queued = new Set(pool.freeQueue.toArray());
    if (queued.size !== pool.numFreeBlocks) errs.push(`free queue length ${queued.size} ≠ numFreeBlocks ${pool.numFreeBlocks}`);
    if (queued.has(0)) errs.push('null block is in the free queue');
    let used = 0;
    for (let b = 1; b < n; b++) {
      const rc = pool.refCnt[b] as number;
      if (rc < 0) errs.push(`block ${b}: ref count ${rc} < 0`);
      if (rc !== owned[b]) errs.push(`block ${b}: ref count ${rc} ≠ ${owned[b]} owners`);
      if (rc > 0 && queued.has(b)) errs.push(`block ${b}: owned and free`);
      if (rc === 0 && !queued.has(b)) errs.push(`block ${b}: unowned but not free (leaked)`);
      if (rc > 0) used++;
      const h = pool.blockHash[b] as number;
      if (h >= 0 && pool.getCachedBlock(h) < 0) errs.push(`block ${b}: hash not in the cache map`);
    }
    if (used + pool.numFreeBlocks !== n - 1) errs.push(`used ${used} + free ${pool.numFreeBlocks} ≠ ${n - 1}`);
  } else if (kv instanceof ContiguousAllocator) {
    let end = 0;
    let sum = 0;
    for (const g of kv.allRegions()) {
      if (g.start < end) errs.push(`region of ${g.req.id} overlaps the previous one`);
      if (g.req.numComputedTokens > g.slots) errs.push(`${g.req.id}: computed ${g.req.numComputedTokens} > reserved ${g.slots}`);
      end = g.start + g.slots;
      sum += g.slots;
    }
    if (end > kv.capacity) errs.push('a region runs past capacity');
    if (sum !== kv.numReservedSlots) errs.push(`reserved ${kv.numReservedSlots} ≠ sum of regions ${sum}`);
  }
  if (engine.config.parallelSampling === 'fanout' && running.length > engine.config.maxNumSeqs) {
    errs.push(`running ${running.length} > maxNumSeqs ${engine.config.maxNumSeqs}`);
  }
  return errs;
}

/**
 * vLLM's `BlockPool`: every KV block with its reference count and (when full and cached)
 * its hash, the free queue, and the hash → blocks map of the prefix cache.
 * Block 0 is the null block: taken out at start-up, never allocated, freed or cached.
 */
import type { BlockId } from '../core/units.ts';
import { BlockHashMap } from './blockHashMap.ts';
import type { EventSink } from './events.ts';
import { FreeBlockQueue } from './freeBlockQueue.ts';

const NO_HASH = -1;

export class BlockPool {
  readonly numGpuBlocks: number;
  /** `ref_cnt` per block: how many requests hold it in their block table. */
  readonly refCnt: Int32Array;
  /** `block_hash` per block (−1 = none). */
  readonly blockHash: Float64Array;
  readonly freeQueue: FreeBlockQueue;
  /** `cached_block_hash_to_block`: hash → block(s) (V1 does not de-duplicate). */
  private readonly cached: BlockHashMap;
  readonly nullBlock = 0;

  /**
   * @param prependUnhashed vLLM ≥ v0.24 (PR #42656): blocks freed without a hash (or any block
   *   with caching off) go to the head for immediate reuse; false = v0.11, all to the tail
   */
  constructor(
    numGpuBlocks: number,
    readonly enableCaching: boolean,
    private readonly sink: EventSink,
    readonly prependUnhashed = true,
  ) {
    this.numGpuBlocks = numGpuBlocks;
    this.refCnt = new Int32Array(numGpuBlocks);
    this.blockHash = new Float64Array(numGpuBlocks).fill(NO_HASH);
    this.freeQueue = new FreeBlockQueue(numGpuBlocks);
    this.cached = new BlockHashMap(numGpuBlocks, this.blockHash);
    this.freeQueue.popleft(); // block 0 becomes the null block
  }

  /** `get_num_free_blocks`: blocks in the free queue, cached ones included. */
  get numFreeBlocks(): number {
    return this.freeQueue.numFreeBlocks;
  }

  /** `get_usage`: 1 − free / (numGpuBlocks − 1). Cached-but-unreferenced blocks count as free. */
  getUsage(): number {
    return 1 - this.freeQueue.numFreeBlocks / (this.numGpuBlocks - 1);
  }

  /** `get_cached_block`: the first block cached under `hash`, or −1. */
  getCachedBlock(hash: number): number {
    return this.cached.get(hash);
  }

  /** Blocks currently holding a cached hash (referenced or free). */
  get numCachedBlocks(): number {
    return this.numHashed;
  }

  private numHashed = 0;

  /** Distinct hashes in the prefix cache (for a prefix-aware router; O(blocks)). */
  cachedHashes(): number[] {
    return this.cached.hashes();
  }

  /**
   * `get_new_blocks`: pops `n` blocks from the head of the free queue, evicting any cached
   * hash they still hold, and sets their ref count to 1. Caller checks `numFreeBlocks` first.
   */
  getNewBlocks(n: number, out: number[]): void {
    for (let i = 0; i < n; i++) {
      const id = this.freeQueue.popleft();
      if (id < 0) throw new Error('BlockPool: out of free blocks');
      if (this.blockHash[id] !== NO_HASH) this.evict(id);
      this.refCnt[id] = 1;
      out.push(id);
    }
  }

  private evict(id: number): void {
    const h = this.blockHash[id] as number;
    this.cached.remove(id);
    this.blockHash[id] = NO_HASH;
    this.numHashed--;
    if (this.sink.blocks) this.sink.emit({ type: 'blockEvicted', blockId: id as BlockId, hash: h });
  }

  /** `touch`: a prefix hit takes a reference; a block at ref count 0 leaves the free queue. */
  touch(ids: readonly number[]): void {
    for (const id of ids) {
      if (this.refCnt[id] === 0) this.freeQueue.remove(id);
      this.refCnt[id] = (this.refCnt[id] as number) + 1;
    }
  }

  /**
   * `free_blocks`: drops one reference from each block, in the order given. Blocks that reach 0
   * with a hash go to the tail (LRU) and keep it (evicted lazily on reuse); blocks without one
   * (or every block with caching off) go to the head, in the order given, since nothing can
   * ever hit them (`prepend_n`). With `prependUnhashed` false every block goes to the tail.
   * @returns the blocks that entered the free queue
   */
  freeBlocks(ordered: readonly number[]): number[] {
    const toQueue: number[] = [];
    let toHead: number[] | null = null;
    for (const id of ordered) {
      if (id === this.nullBlock) continue;
      const r = (this.refCnt[id] as number) - 1;
      if (r < 0) throw new Error(`BlockPool: block ${id} freed below ref count 0`);
      this.refCnt[id] = r;
      if (r === 0) {
        if (this.prependUnhashed && (!this.enableCaching || this.blockHash[id] === NO_HASH)) (toHead ??= []).push(id);
        else this.freeQueue.append(id);
        toQueue.push(id);
      }
    }
    if (toHead) this.freeQueue.prependN(toHead);
    return toQueue;
  }

  /** Registers a full block under `hash` (`cache_full_blocks`, one block). */
  cacheBlock(id: number, hash: number): void {
    this.blockHash[id] = hash;
    this.numHashed++;
    this.cached.insert(id);
  }

  /** `reset_prefix_cache`: only when no block is in use. @returns whether it reset. */
  resetPrefixCache(): boolean {
    if (this.freeQueue.numFreeBlocks !== this.numGpuBlocks - 1) return false;
    this.cached.clear();
    this.blockHash.fill(NO_HASH);
    this.numHashed = 0;
    return true;
  }
}

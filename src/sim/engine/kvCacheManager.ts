/**
 * vLLM's `KVCacheManager` for one full-attention group: prefix-cache lookup, all-or-nothing
 * `allocateSlots`, caching of blocks as they fill, reverse-order free. Plus the paper's
 * fork / copy-on-write, which V1 replaced by prefix caching but the lessons still show.
 */
import type { BlockId } from '../core/units.ts';
import { BlockPool } from './blockPool.ts';
import type { EventSink } from './events.ts';
import { NO_HIT, type AdmissionCheck, type ComputedBlocks, type KvAllocator, type PrefixCacheStats } from './kvAllocator.ts';
import type { Request } from './request.ts';

export class KVCacheManager implements KvAllocator {
  readonly kind = 'paged' as const;
  readonly pool: BlockPool;
  readonly prefixCacheStats: PrefixCacheStats = {
    requests: 0,
    queries: 0,
    hits: 0,
    preemptedRequests: 0,
    preemptedQueries: 0,
    preemptedHits: 0,
  };

  /** EAGLE-style drafter: a prefix hit drops its last block (its hidden states are needed). */
  readonly useEagle: boolean;
  /** Blocks kept free when admitting while something runs (`watermark` × all blocks). */
  readonly watermarkBlocks: number;

  constructor(
    numGpuBlocks: number,
    readonly blockSize: number,
    readonly maxModelLen: number,
    readonly enableCaching: boolean,
    private readonly sink: EventSink,
    opts: { readonly prependUnhashedFreedBlocks?: boolean; readonly useEagle?: boolean; readonly watermark?: number } = {},
  ) {
    this.pool = new BlockPool(numGpuBlocks, enableCaching, sink, opts.prependUnhashedFreedBlocks ?? true);
    this.useEagle = opts.useEagle ?? false;
    this.watermarkBlocks = Math.floor((opts.watermark ?? 0) * numGpuBlocks);
    this.blockShift = Math.log2(blockSize);
    if (!Number.isInteger(this.blockShift)) throw new Error(`KVCacheManager: block size ${blockSize} is not a power of two`);
    this.blockMask = blockSize - 1;
  }

  private readonly blockShift: number;
  private readonly blockMask: number;

  get numFreeBlocks(): number {
    return this.pool.numFreeBlocks;
  }

  /** `usage`: fraction of usable blocks referenced by live requests. */
  get kvCacheUsage(): number {
    return this.pool.getUsage();
  }

  /**
   * `get_computed_blocks` → `find_longest_cache_hit`: walks the request's block hashes from the
   * start, stops at the first miss, and never covers the last token (it must be recomputed to
   * produce logits), so at most ⌊(numTokens − 1) / blockSize⌋ blocks. With an EAGLE-style
   * drafter the last hit block is dropped and recomputed. Requests asking for prompt logprobs
   * skip the lookup (and its stats): every prompt token's logits must be computed.
   */
  getComputedBlocks(req: Request): ComputedBlocks {
    if (!this.enableCaching || req.skipReadingPrefixCache) return NO_HIT;
    const maxBlocks = Math.floor((req.numTokens - 1) / this.blockSize);
    const hit: number[] = [];
    for (let i = 0; i < maxBlocks; i++) {
      const b = this.pool.getCachedBlock(req.tokens.blockHash(i));
      if (b < 0) break;
      hit.push(b);
    }
    if (this.useEagle && hit.length > 0) hit.pop();
    const numComputedTokens = hit.length * this.blockSize;
    const s = this.prefixCacheStats;
    if (req.numPreemptions > 0) {
      s.preemptedRequests++;
      s.preemptedQueries += req.numTokens;
      s.preemptedHits += numComputedTokens;
    } else {
      s.requests++;
      s.queries += req.numTokens;
      s.hits += numComputedTokens;
    }
    return hit.length === 0 ? NO_HIT : { blocks: hit, numComputedTokens };
  }

  /**
   * `allocate_slots`. Needs ⌈min(computed + hits + new + lookahead, maxModelLen) / blockSize⌉
   * blocks in all; hit blocks at ref count 0 count as needed (touching takes them out of the
   * free queue), and so does a copy-on-write of a shared partial last block. If that is more
   * than the free blocks, returns null and changes nothing.
   */
  allocateSlots(req: Request, numNewTokens: number, hit: ComputedBlocks = NO_HIT, numLookaheadTokens = 0): readonly number[] | null {
    // Fast path (almost every decode step): the tokens fit in blocks already held, no hits,
    // no copy-on-write. Kept small so the JIT inlines it into the scheduler loop.
    const c = req.numComputedTokens;
    const end = c + numNewTokens;
    const held = req.blocks;
    const shift = this.blockShift;
    if (hit.blocks.length === 0 && numLookaheadTokens === 0 && end <= held.length << shift) {
      // Block sizes are powers of two: shifts and masks instead of division.
      // Only a forked sequence can write into a shared block (prefix hits are full blocks).
      if ((c & this.blockMask) === 0 || !req.forked || (this.pool.refCnt[held[c >> shift] as number] as number) <= 1) {
        const upTo = end < req.numTokens ? end : req.numTokens;
        if (this.enableCaching && (req.numCachedBlocks + 1) << shift <= upTo) this.cacheBlocks(req, upTo);
        return EMPTY;
      }
    }
    const n = this.allocateSlow(req, numNewTokens, hit, numLookaheadTokens);
    return n < 0 ? null : n === 0 ? EMPTY : req.blocks.slice(req.blocks.length - n);
  }

  /** Like `allocateSlots`, without building the list of new blocks (the scheduler's call).
   * @param admit set when admitting a waiting request: full-sequence check and watermark
   * @returns whether it fit */
  reserveSlots(req: Request, numNewTokens: number, hit: ComputedBlocks = NO_HIT, numLookaheadTokens = 0, admit?: AdmissionCheck): boolean {
    const c = req.numComputedTokens;
    const end = c + numNewTokens;
    const held = req.blocks;
    const shift = this.blockShift;
    if (admit === undefined && hit.blocks.length === 0 && end + numLookaheadTokens <= held.length << shift) {
      if ((c & this.blockMask) === 0 || !req.forked || (this.pool.refCnt[held[c >> shift] as number] as number) <= 1) {
        const upTo = end < req.numTokens ? end : req.numTokens;
        if (this.enableCaching && (req.numCachedBlocks + 1) << shift <= upTo) this.cacheBlocks(req, upTo);
        return true;
      }
    }
    return this.allocateSlow(req, numNewTokens, hit, numLookaheadTokens, admit) >= 0;
  }

  /** @returns the number of new blocks, or −1 when they do not fit (nothing changed) */
  private allocateSlow(req: Request, numNewTokens: number, hit: ComputedBlocks, numLookaheadTokens: number, admit?: AdmissionCheck): number {
    const bs = this.blockSize;
    const pool = this.pool;
    const held = req.blocks;
    const numComputed = req.numComputedTokens + hit.numComputedTokens;
    const needSlots = Math.min(numComputed + numNewTokens + numLookaheadTokens, this.maxModelLen);
    const numNew = Math.max(0, Math.ceil(needSlots / bs) - hit.blocks.length - held.length);
    let numEvictableHits = 0;
    const hits = hit.blocks;
    for (let k = 0; k < hits.length; k++) if (pool.refCnt[hits[k] as number] === 0) numEvictableHits++;
    // Writing into a block another sequence also holds needs a private copy first.
    const cowIdx = numComputed % bs !== 0 ? Math.floor(numComputed / bs) : -1;
    const cowBlock = cowIdx >= 0 && cowIdx < held.length ? (held[cowIdx] as number) : -1;
    const cow = cowBlock >= 0 && (pool.refCnt[cowBlock] as number) > 1 ? 1 : 0;
    const watermark = admit?.hasScheduledReqs ? this.watermarkBlocks : 0;
    if (numNew + numEvictableHits + cow + watermark > pool.numFreeBlocks) return -1;
    if (admit?.fullSequenceMustFit) {
      // scheduler_reserve_full_isl: the whole current sequence (prompt + outputs so far, not
      // future output) must fit, prefix hits subtracted.
      const fullBlocks = Math.ceil(Math.min(req.numTokens, this.maxModelLen) / bs) - hit.blocks.length - held.length;
      if (Math.max(0, fullBlocks) + numEvictableHits + watermark > pool.numFreeBlocks) return -1;
    }

    const sink = this.sink;
    if (hit.blocks.length > 0) {
      pool.touch(hit.blocks);
      for (const b of hit.blocks) held.push(b);
      req.numCachedBlocks = hit.blocks.length;
      if (sink.blocks) sink.emit({ type: 'cacheHit', req: req.id, blockIds: hit.blocks.slice() as BlockId[], tokens: hit.numComputedTokens });
    }
    if (cow) {
      const fresh: number[] = [];
      pool.getNewBlocks(1, fresh);
      const dst = fresh[0] as number;
      held[cowIdx] = dst;
      pool.freeBlocks([cowBlock]);
      if (sink.blocks) sink.emit({ type: 'blockCopied', req: req.id, src: cowBlock as BlockId, dst: dst as BlockId });
    }
    if (numNew > 0) {
      const from = held.length;
      pool.getNewBlocks(numNew, held);
      if (sink.blocks) sink.emit({ type: 'blocksAllocated', req: req.id, blockIds: held.slice(from) as BlockId[] });
    }
    if (this.enableCaching) this.cacheBlocks(req, Math.min(numComputed + numNewTokens, req.numTokens));
    return numNew;
  }

  /** `cache_blocks`: registers every block that is full within the first `numTokens` tokens. */
  private cacheBlocks(req: Request, numTokens: number): void {
    const numFull = Math.floor(numTokens / this.blockSize);
    if (numFull <= req.numCachedBlocks) return;
    const pool = this.pool;
    const ids = this.sink.blocks ? ([] as BlockId[]) : null;
    for (let i = req.numCachedBlocks; i < numFull; i++) {
      const b = req.blocks[i] as number;
      // A block forked from a sibling may already carry the same hash.
      if (pool.blockHash[b] === -1) {
        pool.cacheBlock(b, req.tokens.blockHash(i));
        ids?.push(b as BlockId);
      }
    }
    req.numCachedBlocks = numFull;
    if (ids && ids.length > 0) this.sink.emit({ type: 'blocksCached', req: req.id, blockIds: ids });
  }

  /** `free`: releases the request's blocks tail first, so a chain's tail is evicted first. */
  free(req: Request): void {
    const held = req.blocks;
    if (held.length === 0) return;
    const ordered = held.reverse();
    const toQueue = this.pool.freeBlocks(ordered);
    if (this.sink.blocks) this.sink.emit({ type: 'blocksFreed', req: req.id, blockIds: ordered as BlockId[], toFreeQueue: toQueue as BlockId[] });
    req.blocks = [];
    req.numCachedBlocks = 0;
  }

  /** Paper §4.4 fork: the child maps the same physical blocks; every ref count goes up by one. */
  fork(parent: Request, child: Request): void {
    child.blocks = parent.blocks.slice();
    parent.forked = true;
    child.forked = true;
    for (const b of child.blocks) this.pool.refCnt[b] = (this.pool.refCnt[b] as number) + 1;
    child.numCachedBlocks = parent.numCachedBlocks;
    if (this.sink.blocks) this.sink.emit({ type: 'forked', parent: parent.id, child: child.id, blockIds: child.blocks.slice() as BlockId[] });
  }

  /** The request's block table (`get_block_ids`). */
  getBlockIds(req: Request): readonly number[] {
    return req.blocks;
  }

  /** `reset_prefix_cache`: succeeds only when no block is in use. */
  resetPrefixCache(): boolean {
    return this.pool.resetPrefixCache();
  }
}

const EMPTY: number[] = [];

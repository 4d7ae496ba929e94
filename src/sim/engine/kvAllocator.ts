/**
 * What the scheduler needs from a KV allocator. vLLM's paged `KVCacheManager` implements it;
 * so does the contiguous baseline, which lets both run under the same scheduler and workload.
 */
import type { Request } from './request.ts';
import type { KvAllocatorKind } from './types.ts';

/** A prefix-cache lookup result (`get_computed_blocks`). */
export interface ComputedBlocks {
  readonly blocks: readonly number[];
  readonly numComputedTokens: number;
}

/** vLLM's `PrefixCacheStats` (counts tokens, per lookup). */
export interface PrefixCacheStats {
  requests: number;
  queries: number;
  hits: number;
  preemptedRequests: number;
  preemptedQueries: number;
  preemptedHits: number;
}

/** What `allocate_slots` checks on top of the new tokens when a waiting request is admitted. */
export interface AdmissionCheck {
  /** `full_sequence_must_fit` (`scheduler_reserve_full_isl`). */
  readonly fullSequenceMustFit: boolean;
  /** `has_scheduled_reqs`: the watermark applies only while something runs. */
  readonly hasScheduledReqs: boolean;
}

export const NO_HIT: ComputedBlocks = Object.freeze({ blocks: Object.freeze([]) as readonly number[], numComputedTokens: 0 });

export interface KvAllocator {
  readonly kind: KvAllocatorKind;
  /** Free blocks (contiguous: free slots ÷ block size, rounded down). */
  readonly numFreeBlocks: number;
  /** `kv_cache_usage` (0–1), the value behind `vllm:kv_cache_usage_perc`. */
  readonly kvCacheUsage: number;
  readonly prefixCacheStats: PrefixCacheStats;
  /** Longest prefix-cache hit for a request about to be admitted. */
  getComputedBlocks(req: Request): ComputedBlocks;
  /**
   * Makes room for `numNewTokens` more tokens (after `hit`), all or nothing.
   * @returns the newly allocated block ids, or null (no side effects) when it does not fit
   */
  allocateSlots(req: Request, numNewTokens: number, hit?: ComputedBlocks, numLookaheadTokens?: number): readonly number[] | null;
  /** `allocateSlots` without building the list of new blocks (the scheduler's hot path). */
  reserveSlots(req: Request, numNewTokens: number, hit?: ComputedBlocks, numLookaheadTokens?: number, admit?: AdmissionCheck): boolean;
  /** Releases everything the request holds. */
  free(req: Request): void;
  /** Gives `child` the same blocks as `parent`, by reference (paper §4.4). */
  fork(parent: Request, child: Request): void;
}

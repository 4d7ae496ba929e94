/**
 * Domain types of the vLLM V1 engine model: configuration, request specs, events.
 * Names follow vLLM (`maxNumBatchedTokens` = `max_num_batched_tokens`, …).
 */
import type { CostModel } from '../costModel.ts';
import type { BlockId, Micros } from '../core/units.ts';

/** `SchedulerConfig.policy`: "fcfs" (default) or "priority" (lower value first). */
export type SchedulingPolicy = 'fcfs' | 'priority';

/**
 * Which KV allocator backs the engine: vLLM's paged block pool, or the pre-PagedAttention
 * contiguous baseline (each request reserves one contiguous region at admission).
 */
export type KvAllocatorKind = 'paged' | 'contiguous';

/** How much the contiguous baseline reserves per request (paper §3 / Fig. 2 "Orca (Max)"/"Oracle"). */
export type ContiguousReservation = 'maxModelLen' | 'promptPlusMaxTokens';

/**
 * Parallel sampling (n > 1). "fanout" is vLLM V1: n child requests that share the prompt
 * through the prefix cache. "fork" is the PagedAttention paper: one prefill, then the
 * sequence forks, sharing every block by reference count, with copy-on-write of the
 * last partial block.
 */
export type ParallelSamplingMode = 'fanout' | 'fork';

/**
 * How many events the engine records. Each level includes the ones before it:
 * "none" (metrics only, the fast path) < "requests" (arrival, step, preemption, first token,
 * finish) < "blocks" (allocation, cache hits, frees, evictions, copies) < "tokens" (every token).
 */
export type EventLevel = 'none' | 'requests' | 'blocks' | 'tokens';

/** Engine configuration as callers pass it: everything optional except what has no default. */
export interface EngineConfigInput {
  /** Tokens per KV block (`--block-size`, 16 on CUDA). */
  readonly blockSize?: number;
  /** Blocks in the pool including the null block 0 (`num_gpu_blocks`). */
  readonly numGpuBlocks?: number;
  /** `--max-model-len`: prompt + output limit per request. */
  readonly maxModelLen?: number;
  /** `--max-num-batched-tokens`: the token budget of one step. */
  readonly maxNumBatchedTokens?: number;
  /** `--max-num-seqs`: the most requests in `running`. */
  readonly maxNumSeqs?: number;
  /** `--long-prefill-token-threshold`: per-request cap per step (0 = off). */
  readonly longPrefillTokenThreshold?: number;
  /** `--enable-prefix-caching` (on by default in V1). */
  readonly enablePrefixCaching?: boolean;
  readonly policy?: SchedulingPolicy;
  readonly kvAllocator?: KvAllocatorKind;
  readonly contiguousReservation?: ContiguousReservation;
  readonly parallelSampling?: ParallelSamplingMode;
  /** Prices each step; defaults to `defaultCostModel`. */
  readonly costModel?: CostModel;
  readonly eventLevel?: EventLevel;
  /** Synthetic vocabulary size for token ids. */
  readonly vocabSize?: number;
}

/** Engine configuration with every default filled in. */
export interface EngineConfig {
  readonly blockSize: number;
  readonly numGpuBlocks: number;
  readonly maxModelLen: number;
  readonly maxNumBatchedTokens: number;
  readonly maxNumSeqs: number;
  readonly longPrefillTokenThreshold: number;
  readonly enablePrefixCaching: boolean;
  readonly policy: SchedulingPolicy;
  readonly kvAllocator: KvAllocatorKind;
  readonly contiguousReservation: ContiguousReservation;
  readonly parallelSampling: ParallelSamplingMode;
  readonly costModel: CostModel;
  readonly eventLevel: EventLevel;
  readonly vocabSize: number;
}

/**
 * A run of prompt tokens drawn from one synthetic token stream. Token i of the segment is
 * `tokenIdAt(seed, i)`, so two prompts that start with the same segments share a real prefix
 * (and hit the prefix cache), whatever follows.
 */
export interface PromptSegment {
  readonly seed: number;
  readonly tokens: number;
}

/** One request as a workload describes it. */
export interface RequestSpec {
  readonly id: string;
  /** When it reaches the engine (simulated clock). */
  readonly arrivalUs: Micros;
  readonly prompt: readonly PromptSegment[];
  /** Tokens the model generates before it samples EOS. */
  readonly outputTokens: number;
  /** `SamplingParams.max_tokens`; defaults to `outputTokens` (as `vllm bench` with ignore_eos). */
  readonly maxTokens?: number;
  /** Lower value = served earlier under the priority policy (vLLM's convention). */
  readonly priority?: number;
  /** `SamplingParams.n`: parallel samples. */
  readonly n?: number;
  /** `cache_salt`: folded into the first block's hash, isolating this tenant's cache. */
  readonly cacheSalt?: string;
  /** LoRA adapter id: folded into every block hash (vLLM `lora_int_id`). */
  readonly loraId?: number;
  /** Closed-loop follow-up (multi-turn chat): arrives `delayUs` after request `id` finishes. */
  readonly after?: { readonly id: string; readonly delayUs: Micros };
}

/** vLLM `RequestStatus` (the states this model uses). */
export type RequestStatus = 'WAITING' | 'RUNNING' | 'PREEMPTED' | 'FINISHED_STOPPED' | 'FINISHED_LENGTH_CAPPED';

/** `finished_reason` as vLLM reports it. */
export type FinishReason = 'stop' | 'length';

/** Fields every event carries. */
interface EventBase {
  /** Engine step index during which it happened. */
  readonly step: number;
  readonly timeUs: Micros;
}

export interface ArrivalEvent extends EventBase {
  readonly type: 'arrival';
  readonly req: string;
  readonly promptTokens: number;
  readonly maxTokens: number;
}
/** One engine step: what was scheduled (tokens per request) and how long it took. */
export interface StepEvent extends EventBase {
  readonly type: 'step';
  readonly durationUs: Micros;
  readonly scheduled: readonly { readonly req: string; readonly tokens: number; readonly computed: number }[];
  readonly numScheduledTokens: number;
  readonly running: number;
  readonly waiting: number;
  readonly kvCacheUsage: number;
}
export interface CacheHitEvent extends EventBase {
  readonly type: 'cacheHit';
  readonly req: string;
  readonly blockIds: readonly BlockId[];
  readonly tokens: number;
}
export interface BlocksAllocatedEvent extends EventBase {
  readonly type: 'blocksAllocated';
  readonly req: string;
  readonly blockIds: readonly BlockId[];
}
export interface BlocksCachedEvent extends EventBase {
  readonly type: 'blocksCached';
  readonly req: string;
  readonly blockIds: readonly BlockId[];
}
/** Blocks a request released (reverse order); `toFreeQueue` are those whose ref count hit 0. */
export interface BlocksFreedEvent extends EventBase {
  readonly type: 'blocksFreed';
  readonly req: string;
  readonly blockIds: readonly BlockId[];
  readonly toFreeQueue: readonly BlockId[];
}
/** A cached block was reused for new data, so its hash left the prefix cache. */
export interface BlockEvictedEvent extends EventBase {
  readonly type: 'blockEvicted';
  readonly blockId: BlockId;
  readonly hash: number;
}
/** Copy-on-write of a shared partial block (paper §4.4). */
export interface BlockCopiedEvent extends EventBase {
  readonly type: 'blockCopied';
  readonly req: string;
  readonly src: BlockId;
  readonly dst: BlockId;
}
/** A sequence forked: the child shares all of the parent's blocks. */
export interface ForkedEvent extends EventBase {
  readonly type: 'forked';
  readonly parent: string;
  readonly child: string;
  readonly blockIds: readonly BlockId[];
}
/** A contiguous region reserved at admission (contiguous baseline only). */
export interface RegionReservedEvent extends EventBase {
  readonly type: 'regionReserved';
  readonly req: string;
  readonly start: number;
  readonly slots: number;
}
export interface RegionFreedEvent extends EventBase {
  readonly type: 'regionFreed';
  readonly req: string;
  readonly start: number;
  readonly slots: number;
}
export interface PreemptedEvent extends EventBase {
  readonly type: 'preempted';
  /** The victim. */
  readonly req: string;
  readonly reason: 'kv_cache_full';
  /** The running request whose allocation failed. */
  readonly for: string;
}
export interface FirstTokenEvent extends EventBase {
  readonly type: 'firstToken';
  readonly req: string;
  readonly ttftUs: Micros;
}
export interface TokenEvent extends EventBase {
  readonly type: 'token';
  readonly req: string;
  /** 0-based output index. */
  readonly index: number;
  readonly tokenId: number;
}
export interface FinishedEvent extends EventBase {
  readonly type: 'finished';
  readonly req: string;
  readonly reason: FinishReason;
  readonly outputTokens: number;
  readonly e2eUs: Micros;
}

/** Every state change of the engine, as plain data. */
export type SimEvent =
  | ArrivalEvent
  | StepEvent
  | CacheHitEvent
  | BlocksAllocatedEvent
  | BlocksCachedEvent
  | BlocksFreedEvent
  | BlockEvictedEvent
  | BlockCopiedEvent
  | ForkedEvent
  | RegionReservedEvent
  | RegionFreedEvent
  | PreemptedEvent
  | FirstTokenEvent
  | TokenEvent
  | FinishedEvent;

/** The events that `eventLevel` "blocks" adds. */
export const BLOCK_EVENT_TYPES: ReadonlySet<SimEvent['type']> = new Set([
  'cacheHit',
  'blocksAllocated',
  'blocksCached',
  'blocksFreed',
  'blockEvicted',
  'blockCopied',
  'forked',
  'regionReserved',
  'regionFreed',
]);

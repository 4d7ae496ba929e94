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
  /**
   * `scheduler_reserve_full_isl` (default true since ≈v0.19): a waiting or preempted request is
   * admitted only if blocks for its whole current sequence fit, not just its first chunk.
   * false = v0.11's first-chunk admission.
   */
  readonly schedulerReserveFullIsl?: boolean;
  /** `watermark` (≈v0.24, default 0): fraction of all KV blocks kept free when admitting while
   * anything is running. */
  readonly watermark?: number;
  /** Freed blocks without a hash go to the head of the free queue (≈v0.24, PR #42656);
   * false = v0.11, every freed block to the tail. */
  readonly prependUnhashedFreedBlocks?: boolean;
  /** `async_scheduling` (default on since v0.14): the scheduler plans step N+1 while step N
   * runs, hiding the CPU scheduling time; off = that time adds to every step. */
  readonly asyncScheduling?: boolean;
  /** CPU time to schedule and prepare one step (µs), visible only with async scheduling off. */
  readonly schedulingOverheadUs?: number;
  /** Speculative decoding (`--speculative-config`); omitted or null = off. A resolved
   * `SpeculativeConfig` is accepted too, so a resolved engine config is valid input. */
  readonly speculative?: SpeculativeConfigInput | SpeculativeConfig | null;
  /** Multi-LoRA (`--enable-lora` and its limits); omitted or null = off. */
  readonly lora?: LoraConfigInput | null;
}

/** `SpeculativeConfig.method` values this model has. EAGLE, EAGLE-3 and MTP draft from the
 * target's hidden states (`use_eagle()`); n-gram looks up the prompt; draft_model runs a small LM. */
export type SpeculativeMethod = 'ngram' | 'draft_model' | 'eagle' | 'eagle3' | 'mtp';

/** `--speculative-config` as a scenario gives it. */
export interface SpeculativeConfigInput {
  readonly method: SpeculativeMethod;
  /** `num_speculative_tokens` (k): drafts proposed per request per step. */
  readonly numSpeculativeTokens: number;
  /**
   * Conditional acceptance per draft position: rates[i] = P(draft i accepted | drafts before it
   * accepted). One number = i.i.d. acceptance α (Leviathan et al.). Omitted = the method's
   * default profile (see `ACCEPTANCE_PROFILES`).
   */
  readonly acceptanceRate?: number | readonly number[];
  /** draft_model: the drafter's parameters in billions (must be smaller than the target). */
  readonly draftParamsB?: number;
  /** The target model's parameters in billions (for the drafter's size check and cost). */
  readonly targetParamsB?: number;
  /** ngram: `prompt_lookup_min` / `prompt_lookup_max` (both default 5). */
  readonly promptLookupMin?: number;
  readonly promptLookupMax?: number;
  /** ngram: chance that the lookup finds a match and proposes drafts in a step (0–1). */
  readonly ngramMatchRate?: number;
}

/** Speculative decoding with every default filled in. */
export interface SpeculativeConfig {
  readonly method: SpeculativeMethod;
  readonly numSpeculativeTokens: number;
  /** Conditional acceptance per position, length `numSpeculativeTokens`. */
  readonly acceptanceRates: readonly number[];
  readonly draftParamsB: number;
  readonly targetParamsB: number;
  readonly promptLookupMin: number;
  readonly promptLookupMax: number;
  readonly ngramMatchRate: number;
}

/** `LoRAConfig` as a scenario gives it. */
export interface LoraConfigInput {
  /** `max_loras` (default 1): most distinct adapters in one batch = GPU adapter slots. */
  readonly maxLoras?: number;
  /** `max_lora_rank` (default 16). */
  readonly maxLoraRank?: number;
  /** `max_cpu_loras` (default `maxLoras`, must be ≥ it): adapters kept in the CPU LRU cache. */
  readonly maxCpuLoras?: number;
  /** Time to load an adapter from storage into the CPU cache (µs). */
  readonly loadTimeUs?: number;
  /** Time to copy an adapter from CPU into a GPU slot (µs). */
  readonly activateTimeUs?: number;
  /** Adapter name → rank, or a list of names (each at `maxLoraRank`). */
  readonly adapters?: Readonly<Record<string, number>> | readonly string[];
}

/** LoRA settings with every default filled in. */
export interface LoraConfig {
  readonly maxLoras: number;
  readonly maxLoraRank: number;
  readonly maxCpuLoras: number;
  readonly loadTimeUs: number;
  readonly activateTimeUs: number;
  readonly adapters: Readonly<Record<string, number>>;
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
  readonly schedulerReserveFullIsl: boolean;
  readonly watermark: number;
  readonly prependUnhashedFreedBlocks: boolean;
  readonly asyncScheduling: boolean;
  readonly schedulingOverheadUs: number;
  readonly speculative: SpeculativeConfig | null;
  readonly lora: LoraConfig | null;
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
  /** LoRA adapter id: folded into every block hash (vLLM v0.11's `lora_int_id`). */
  readonly loraId?: number;
  /** LoRA adapter name (`LoRARequest.lora_name`): in every block hash (v0.11.1+) and, with
   * `lora` configured, subject to `max_loras`. */
  readonly lora?: string;
  /** `SamplingParams.prompt_logprobs`: such requests skip reading the prefix cache. */
  readonly promptLogprobs?: number;
  /** `SamplingParams.ignore_eos`: keep generating past EOS until `maxTokens`. */
  readonly ignoreEos?: boolean;
  /** `SamplingParams.stop_token_ids`: finish (reason "stop") when one is generated. */
  readonly stopTokenIds?: readonly number[];
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
/** Speculative decoding: a request's drafts were verified this step. It emits
 * `numAccepted` + 1 tokens (the accepted prefix and the bonus token), fewer if it stops. */
export interface SpecVerifiedEvent extends EventBase {
  readonly type: 'specVerified';
  readonly req: string;
  readonly numDraft: number;
  readonly numAccepted: number;
}
/** Multi-LoRA: adapters this step's batch needed that were not in a GPU slot. */
export interface AdaptersLoadedEvent extends EventBase {
  readonly type: 'adaptersLoaded';
  /** Loaded from storage into the CPU cache (then copied to a slot). */
  readonly loaded: readonly string[];
  /** Copied into a GPU slot (loaded ones included). */
  readonly activated: readonly string[];
  /** Dropped from the CPU cache (least recently used). */
  readonly evicted: readonly string[];
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
  | SpecVerifiedEvent
  | AdaptersLoadedEvent
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

/**
 * A request's run-time state inside the engine (vLLM `Request`). Plain numeric fields on one
 * class keep the hot loops monomorphic; the engine never scans all requests, only `running`.
 */
import type { Micros } from '../core/units.ts';
import { extraKeys, outputSeed, TokenStream } from './tokens.ts';
import type { FinishReason, RequestSpec, RequestStatus } from './types.ts';

export class Request {
  // Hot fields first (read every step): V8 lays fields out in declaration order.
  /** Prompt + output tokens so far (`num_tokens`). */
  numTokens = 0;
  /** Tokens whose KV is computed or scheduled (`num_computed_tokens`). */
  numComputedTokens = 0;
  numOutputTokens = 0;
  /** Output count at which a stop condition fires (set by the scheduler on admission). */
  finishAtOutput = Infinity;
  /** Physical block table (paged allocator), logical block i → block id. */
  blocks: number[] = [];
  /** Full blocks already registered in the prefix cache (`num_cached_block`). */
  numCachedBlocks = 0;
  /** Set together with a FINISHED_* status (a field, not a getter: it is read per token). */
  isFinished = false;
  /** Shares blocks with a fork sibling, so a write may need copy-on-write. */
  forked = false;
  /** Fork mode: samples still to fork off when the prompt completes. */
  pendingForks = 0;
  firstTokenUs = -1;
  lastTokenUs = -1;
  status: RequestStatus = 'WAITING';
  /** Prefix-cache hit tokens at first admission (`num_cached_tokens`, −1 = not yet). */
  numCachedTokens = -1;
  numPreemptions = 0;
  /** Contiguous allocator: reserved region, or −1. */
  regionStart = -1;
  regionSlots = 0;
  readonly promptLen: number;
  readonly maxTokens: number;
  readonly stopAfter: number;
  readonly priority: number;
  readonly arrivalUs: Micros;
  readonly tokens: TokenStream;
  finishReason: FinishReason | null = null;
  firstScheduledUs = -1;
  finishedUs = -1;
  /** Drafts proposed for the next step (`len(spec_token_ids)`). */
  numSpecTokens = 0;
  /** `stop_reason` when a stop token id ended the request. */
  stopReason: number | null = null;
  /** Prompt-logprobs requests must compute every prompt token (`skip_reading_prefix_cache`). */
  readonly skipReadingPrefixCache: boolean;
  /** `stop_token_ids`, or null (then token ids need not be resolved per token). */
  readonly stopTokenIds: ReadonlySet<number> | null;
  /** LoRA adapter name, or null for the base model. */
  readonly lora: string | null;

  /**
   * @param idx dense integer id inside the engine
   * @param id external id (events, metrics)
   * @param sampleIndex which of the spec's n samples this sequence is
   */
  constructor(
    readonly idx: number,
    readonly id: string,
    readonly spec: RequestSpec,
    readonly sampleIndex: number,
    arrivalUs: Micros,
    blockSize: number,
    vocabSize: number,
    scratch?: Float64Array,
  ) {
    const keys = extraKeys(spec.loraId, spec.cacheSalt, spec.lora);
    const seed = outputSeed(spec.prompt, sampleIndex);
    this.tokens = new TokenStream(spec.prompt, seed, vocabSize, blockSize, keys.every, keys.first, scratch);
    this.promptLen = this.tokens.promptLen;
    this.numTokens = this.promptLen;
    this.maxTokens = spec.maxTokens ?? spec.outputTokens;
    // ignore_eos: the model's EOS no longer ends the request; max_tokens does.
    this.stopAfter = spec.ignoreEos ? Infinity : spec.outputTokens;
    this.skipReadingPrefixCache = spec.promptLogprobs !== undefined;
    this.stopTokenIds = spec.stopTokenIds && spec.stopTokenIds.length > 0 ? new Set(spec.stopTokenIds) : null;
    this.lora = spec.lora ?? null;
    this.priority = spec.priority ?? 0;
    this.arrivalUs = arrivalUs;
  }
}

/**
 * Engine defaults and checks. Defaults are `vllm serve` on an H100 at the pinned release
 * (`VLLM_VERSION`) for an 8B model; every one can be overridden, and `LEGACY_V0_11_ENGINE`
 * restores v0.11's behaviour.
 */
import { defaultCostModel } from './defaultCostModel.ts';
import { resolveLoraConfig } from './lora/loraConfig.ts';
import { numNewSlotsForDrafting, resolveSpeculativeConfig } from './spec/specConfig.ts';
import type { EngineConfig, EngineConfigInput } from './types.ts';

/**
 * Block sizes this model accepts. vLLM ≤ v0.16 took `Literal[1, 8, 16, 32, 64, 128, 256]`; later
 * releases take any positive integer and let the attention backend constrain it. The paged
 * allocator here needs a power of two, so these are the values offered.
 */
export const BLOCK_SIZES: readonly number[] = [1, 8, 16, 32, 64, 128, 256];

/**
 * Defaults. `numGpuBlocks` ≈ Llama-3.1-8B on an 80 GB H100 at `gpu_memory_utilization` 0.92
 * (the default since v0.21) with the CUDA-graph estimate subtracted at start-up:
 * (73.6 GiB − 15 GiB weights − ~2.5 GiB activations and other − ~0.6 GiB CUDA graphs)
 * ÷ 2 MiB per 16-token block ≈ 28,400; v0.11 (0.9, no graph estimate) gave ≈ 27,000.
 * `maxNumBatchedTokens` 8192 / `maxNumSeqs` 1024 are the `vllm serve` defaults on ≥ 70 GiB GPUs.
 * `maxModelLen` 8192 is a common serving choice (vLLM's default is the model's own limit).
 */
export const ENGINE_DEFAULTS: Omit<EngineConfig, 'costModel'> = {
  blockSize: 16,
  numGpuBlocks: 28_400,
  maxModelLen: 8192,
  maxNumBatchedTokens: 8192,
  maxNumSeqs: 1024,
  longPrefillTokenThreshold: 0,
  enablePrefixCaching: true,
  policy: 'fcfs',
  kvAllocator: 'paged',
  contiguousReservation: 'maxModelLen',
  parallelSampling: 'fanout',
  eventLevel: 'none',
  vocabSize: 128_256,
  schedulerReserveFullIsl: true,
  watermark: 0,
  prependUnhashedFreedBlocks: true,
  asyncScheduling: true,
  schedulingOverheadUs: 300,
  speculative: null,
  lora: null,
};

/**
 * v0.11 behaviour, for lessons that contrast old and new: first-chunk admission, every freed
 * block to the free queue's tail, synchronous scheduling, 0.9 memory utilization.
 */
export const LEGACY_V0_11_ENGINE: EngineConfigInput = {
  numGpuBlocks: 27_000,
  schedulerReserveFullIsl: false,
  prependUnhashedFreedBlocks: false,
  asyncScheduling: false,
};

function positiveInt(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 1) throw new Error(`engine.${name}: must be a positive integer, got ${v}`);
}

/**
 * Fills defaults and rejects configurations vLLM would refuse at start-up.
 * @throws Error naming the field, e.g. when the pool cannot hold one `maxModelLen` request
 */
export function resolveEngineConfig(input: EngineConfigInput = {}): EngineConfig {
  const { speculative, lora, ...rest } = input;
  const c: EngineConfig = {
    ...ENGINE_DEFAULTS,
    costModel: defaultCostModel,
    ...stripUndefined(rest),
    speculative: speculative ? resolveSpeculativeConfig(speculative) : null,
    lora: lora ? resolveLoraConfig(lora) : null,
  };
  if (!BLOCK_SIZES.includes(c.blockSize)) throw new Error(`engine.blockSize: must be one of ${BLOCK_SIZES.join(', ')}, got ${c.blockSize}`);
  positiveInt('numGpuBlocks', c.numGpuBlocks);
  positiveInt('maxModelLen', c.maxModelLen);
  positiveInt('maxNumBatchedTokens', c.maxNumBatchedTokens);
  positiveInt('maxNumSeqs', c.maxNumSeqs);
  positiveInt('vocabSize', c.vocabSize);
  if (!Number.isInteger(c.longPrefillTokenThreshold) || c.longPrefillTokenThreshold < 0) {
    throw new Error(`engine.longPrefillTokenThreshold: must be an integer ≥ 0, got ${c.longPrefillTokenThreshold}`);
  }
  if (!(c.watermark >= 0 && c.watermark < 1)) throw new Error(`engine.watermark: must be ≥ 0 and < 1, got ${c.watermark}`);
  if (!(c.schedulingOverheadUs >= 0)) throw new Error(`engine.schedulingOverheadUs: must be ≥ 0, got ${c.schedulingOverheadUs}`);
  if (c.speculative && c.kvAllocator !== 'paged') throw new Error('engine.speculative: needs kvAllocator "paged"');
  if (c.speculative && c.parallelSampling === 'fork') throw new Error('engine.speculative: not with parallelSampling "fork"');
  if (c.parallelSampling === 'fork' && c.kvAllocator !== 'paged') {
    throw new Error('engine.parallelSampling: "fork" shares blocks, so it needs kvAllocator "paged"');
  }
  if (c.numGpuBlocks < 2) throw new Error('engine.numGpuBlocks: needs at least 2 (block 0 is the null block)');
  const slots = (c.numGpuBlocks - 1) * c.blockSize;
  if (slots < c.maxModelLen) {
    // vLLM's check_enough_kv_cache_memory: one max-length request must fit.
    throw new Error(
      `engine.numGpuBlocks: ${c.numGpuBlocks - 1} usable blocks × ${c.blockSize} = ${slots} tokens cannot hold one maxModelLen (${c.maxModelLen}) request; raise numGpuBlocks or lower maxModelLen`,
    );
  }
  const maxNumSeqs = Math.min(c.maxNumSeqs, c.maxNumBatchedTokens);
  const draftSlots = numNewSlotsForDrafting(c.speculative);
  if (c.maxNumBatchedTokens - draftSlots * maxNumSeqs < 1) {
    // vllm/config/vllm.py: max_num_scheduled_tokens = max_num_batched_tokens − slots × max_num_seqs (issue #50708).
    throw new Error(
      `engine.maxNumBatchedTokens: ${c.maxNumBatchedTokens} − ${draftSlots} drafting slot × maxNumSeqs ${maxNumSeqs} leaves no tokens to schedule; raise maxNumBatchedTokens or lower maxNumSeqs`,
    );
  }
  return { ...c, maxNumSeqs };
}

/** `max_num_scheduled_tokens`: the step's token budget once drafting slots are set aside. */
export function maxNumScheduledTokens(c: EngineConfig): number {
  return c.maxNumBatchedTokens - numNewSlotsForDrafting(c.speculative) * c.maxNumSeqs;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/**
 * Engine defaults and checks. Defaults are `vllm serve` on an H100 at v0.11 for an 8B model;
 * every one can be overridden.
 */
import { defaultCostModel } from './defaultCostModel.ts';
import type { EngineConfig, EngineConfigInput } from './types.ts';

/** Block sizes vLLM accepts (`CacheConfig.block_size`). */
export const BLOCK_SIZES: readonly number[] = [1, 8, 16, 32, 64, 128];

/**
 * Defaults. `numGpuBlocks` ≈ Llama-3.1-8B on an 80 GB H100 at `gpu_memory_utilization` 0.9:
 * (72 GiB − 15 GiB weights − ~2.5 GiB activations and other) ÷ 2 MiB per 16-token block.
 * `maxNumBatchedTokens` 8192 / `maxNumSeqs` 1024 are the `vllm serve` defaults on ≥ 70 GiB GPUs.
 * `maxModelLen` 8192 is a common serving choice (vLLM's default is the model's own limit).
 */
export const ENGINE_DEFAULTS: Omit<EngineConfig, 'costModel'> = {
  blockSize: 16,
  numGpuBlocks: 27_000,
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
};

function positiveInt(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 1) throw new Error(`engine.${name}: must be a positive integer, got ${v}`);
}

/**
 * Fills defaults and rejects configurations vLLM would refuse at start-up.
 * @throws Error naming the field, e.g. when the pool cannot hold one `maxModelLen` request
 */
export function resolveEngineConfig(input: EngineConfigInput = {}): EngineConfig {
  const c: EngineConfig = { ...ENGINE_DEFAULTS, costModel: defaultCostModel, ...stripUndefined(input) };
  if (!BLOCK_SIZES.includes(c.blockSize)) throw new Error(`engine.blockSize: must be one of ${BLOCK_SIZES.join(', ')}, got ${c.blockSize}`);
  positiveInt('numGpuBlocks', c.numGpuBlocks);
  positiveInt('maxModelLen', c.maxModelLen);
  positiveInt('maxNumBatchedTokens', c.maxNumBatchedTokens);
  positiveInt('maxNumSeqs', c.maxNumSeqs);
  positiveInt('vocabSize', c.vocabSize);
  if (!Number.isInteger(c.longPrefillTokenThreshold) || c.longPrefillTokenThreshold < 0) {
    throw new Error(`engine.longPrefillTokenThreshold: must be an integer ≥ 0, got ${c.longPrefillTokenThreshold}`);
  }
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
  return { ...c, maxNumSeqs: Math.min(c.maxNumSeqs, c.maxNumBatchedTokens) };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

import { describe, expect, it } from 'vitest';
import { findGpu } from '../../../../src/sim/cost/catalog/gpus.ts';
import { findModel } from '../../../../src/sim/cost/catalog/models.ts';
import { CUDA_GRAPH_ESTIMATE_BYTES, DEFAULT_GPU_MEMORY_UTILIZATION, GIB, kvBytesPerToken, kvBytesPerTokenPerGpu, kvCapacity, LEGACY_V0_11_MEMORY, planMemory } from '../../../../src/sim/cost/memoryPlanner.ts';
import { DEFAULT_GPU_MEMORY_UTILIZATION as ENGINE_DEFAULT_GMU, LEGACY_GPU_MEMORY_UTILIZATION } from '../../../../src/sim/engine/kvCacheUtils.ts';
import { ENGINE_DEFAULTS, LEGACY_V0_11_ENGINE } from '../../../../src/sim/engine/config.ts';
import { matrixBytes, weightBytesPerGpu } from '../../../../src/sim/cost/model/weights.ts';
import type { GpuSpec, ModelArch } from '../../../../src/sim/cost/types.ts';

const model = (id: string): ModelArch => findModel(id) as ModelArch;
const gpu = (id: string): GpuSpec => findGpu(id) as GpuSpec;
const KIB = 1024;

describe('KV bytes per token = 2 × layers × KV heads × head dim × dtype bytes', () => {
  it('Llama-3.1-8B bf16: 2·32·8·128·2 = 128 KiB', () => {
    expect(kvBytesPerToken(model('llama-3.1-8b'), 'bf16')).toBe(128 * KIB);
  });
  it('Llama-3.1-70B bf16: 2·80·8·128·2 = 320 KiB', () => {
    expect(kvBytesPerToken(model('llama-3.1-70b'), 'bf16')).toBe(320 * KIB);
  });
  it('fp8 KV halves it', () => {
    expect(kvBytesPerToken(model('llama-3.1-8b'), 'fp8')).toBe(64 * KIB);
  });
  it('Llama-3.2-1B bf16: 2·16·8·64·2 = 32 KiB', () => {
    expect(kvBytesPerToken(model('llama-3.2-1b'), 'bf16')).toBe(32 * KIB);
  });
  it('under TP each GPU stores its KV heads: 70B tp8 holds 1 of 8 heads = 40 KiB', () => {
    expect(kvBytesPerTokenPerGpu(model('llama-3.1-70b'), 'bf16', 8)).toBe(40 * KIB);
  });
  it('KV heads are replicated when tp exceeds them (70B tp16: still 1 head per GPU)', () => {
    expect(kvBytesPerTokenPerGpu(model('llama-3.1-70b'), 'bf16', 16)).toBe(40 * KIB);
  });
});

describe('kvCapacity matches vLLM kv_cache_utils worked examples', () => {
  it('8 GiB at 0.5 MiB/token holds 16,384 tokens (test_estimate_max_model_len)', () => {
    const c = kvCapacity(8 * GIB, 512 * KIB, 16, 16384);
    expect(c.kvCacheTokens).toBe(16384);
    expect(c.maxModelLenThatFits).toBe(16384);
    expect(c.numGpuBlocks).toBe(1024);
  });
  it('1,536 blocks with max_model_len 16,384 give concurrency 1.5', () => {
    const c = kvCapacity(1536 * 16 * 512 * KIB, 512 * KIB, 16, 16384);
    expect(c.numGpuBlocks).toBe(1536);
    expect(c.maxConcurrency).toBe(1.5);
  });
});

describe('planMemory', () => {
  it('Llama-3.1-8B bf16 on one H100 at vLLM 0.33 defaults: hand-computed plan', () => {
    const p = planMemory({ model: model('llama-3.1-8b'), gpu: gpu('h100-sxm-80gb'), tp: 1, weightDtype: 'bf16', kvDtype: 'bf16' });
    // Weights: 32 layers × (qkv 4096×6144 + o 4096×4096 + gate_up 4096×28672 + down 14336×4096) × 2 B
    //          + embed and lm_head 2 × 128256×4096 × 2 B + 65 norms × 4096 × 2 B.
    const weights = 32 * (4096 * 6144 + 4096 * 4096 + 4096 * 28672 + 14336 * 4096) * 2 + 2 * 128256 * 4096 * 2 + 65 * 4096 * 2;
    expect(p.weightBytes).toBe(weights);
    expect(weights / GIB).toBeCloseTo(14.96, 2); // vLLM logs ~14.99 GiB for this model
    // Profiling peak: 8192 tokens × 2 B × (3·14336 + 6144 + 3·4096) + logits 256×128256×4 B + 0.15 GiB.
    const act = 8192 * 2 * (3 * 14336 + 6144 + 3 * 4096) + 256 * 128256 * 4 + 0.15 * GIB;
    expect(p.activationBytes).toBeCloseTo(act, 3);
    // 0.92 of total since v0.21.0, and the CUDA-graph estimate comes off the KV budget.
    const requested = 79.1 * GIB * 0.92;
    expect(p.requestedBytes).toBeCloseTo(requested, 3);
    expect(p.cudaGraphBytes).toBe(0.6 * GIB);
    const blocks = Math.floor((requested - weights - act - 0.6 * GIB) / (16 * 128 * KIB));
    expect(p.kvCacheBytes).toBeCloseTo(requested - weights - act - 0.6 * GIB, 3);
    expect(p.numGpuBlocks).toBe(blocks);
    expect(p.kvCacheTokens).toBe(blocks * 16);
    expect(p.kvCacheTokens).toBeGreaterThan(440_000); // ~55 GiB of KV, as vLLM reports on an H100
    expect(p.maxConcurrency).toBeCloseTo(blocks / (131072 / 16), 10);
    expect(p.maxModelLenThatFits).toBe(131072);
    expect(p.fits).toBe(true);
  });

  it('Llama-3.1-70B bf16 does not fit one H100 and says why', () => {
    const p = planMemory({ model: model('llama-3.1-70b'), gpu: gpu('h100-sxm-80gb'), tp: 1, weightDtype: 'bf16', kvDtype: 'bf16' });
    expect(p.fits).toBe(false);
    expect(p.problem).toMatch(/do not fit/);
    expect(p.numGpuBlocks).toBe(0);
  });

  it('tensor parallelism shards weights and KV heads (70B on 4 × H100)', () => {
    const p = planMemory({ model: model('llama-3.1-70b'), gpu: gpu('h100-sxm-80gb'), tp: 4, weightDtype: 'bf16', kvDtype: 'bf16' });
    expect(p.weightBytes).toBeCloseTo(weightBytesPerGpu(model('llama-3.1-70b'), 'bf16', 1) / 4, -7);
    expect(p.kvBytesPerTokenPerGpu).toBe(80 * KIB);
    expect(p.fits).toBe(true);
  });

  it('fp8 KV doubles the blocks for the same budget', () => {
    const base = { model: model('llama-3.1-8b'), gpu: gpu('h200-141gb'), tp: 1, weightDtype: 'bf16' } as const;
    const bf = planMemory({ ...base, kvDtype: 'bf16' });
    const f8 = planMemory({ ...base, kvDtype: 'fp8' });
    expect(f8.numGpuBlocks).toBeGreaterThanOrEqual(2 * bf.numGpuBlocks);
    expect(f8.numGpuBlocks).toBeLessThanOrEqual(2 * bf.numGpuBlocks + 1);
  });

  it('int4 AWQ weights: half a byte plus fp16 scale and 4-bit zero per 128 weights', () => {
    expect(matrixBytes(4096, 4096, 'int4-awq')).toBe(4096 * 4096 * (0.5 + 2.5 / 128));
    const q = weightBytesPerGpu(model('llama-3.1-8b'), 'int4-awq', 1);
    expect(q / GIB).toBeGreaterThan(4.5);
    expect(q / GIB).toBeLessThan(6); // 7B linear weights at ~0.52 B + 2 GiB of bf16 embeddings
  });

  it('a short max_model_len that does not fit is reported with the largest that does', () => {
    const p = planMemory({ model: model('llama-3.1-70b'), gpu: gpu('h100-sxm-80gb'), tp: 2, weightDtype: 'bf16', kvDtype: 'bf16', gpuMemoryUtilization: 0.95 });
    expect(p.fits).toBe(false);
    expect(p.problem).toMatch(/lower max_model_len to \d+/);
    expect(p.maxModelLenThatFits).toBe(p.numGpuBlocks * 16);
  });

  it('v0.11 sizing (0.9, no CUDA-graph estimate) as a setting: about 1,100 fewer blocks than 0.33 for 8B on an H100', () => {
    const base = { model: model('llama-3.1-8b'), gpu: gpu('h100-sxm-80gb'), tp: 1, weightDtype: 'bf16', kvDtype: 'bf16' } as const;
    const now = planMemory(base);
    const old = planMemory({ ...base, ...LEGACY_V0_11_MEMORY });
    expect(old.requestedBytes).toBeCloseTo(79.1 * GIB * 0.9, 3);
    expect(old.cudaGraphBytes).toBe(0);
    expect(old.kvCacheBytes - now.kvCacheBytes).toBeCloseTo(79.1 * GIB * -0.02 + 0.6 * GIB, 3);
    // 0.02 × 79.1 GiB = 1.58 GiB more budget, 0.6 GiB of it to graphs: ≈ 0.98 GiB ÷ 2 MiB.
    expect(now.numGpuBlocks - old.numGpuBlocks).toBeGreaterThan(480);
    expect(now.numGpuBlocks - old.numGpuBlocks).toBeLessThan(520);
  });

  it('a logged CUDA-graph figure replaces the estimate; estimateCudaGraphs false drops it', () => {
    const base = { model: model('llama-3.1-8b'), gpu: gpu('h100-sxm-80gb'), tp: 1, weightDtype: 'bf16', kvDtype: 'bf16' } as const;
    const logged = planMemory({ ...base, cudaGraphBytes: 0.36 * GIB });
    const eager = planMemory({ ...base, estimateCudaGraphs: false });
    expect(logged.cudaGraphBytes).toBe(0.36 * GIB);
    expect(eager.kvCacheBytes - logged.kvCacheBytes).toBeCloseTo(0.36 * GIB, 3);
    expect(() => planMemory({ ...base, cudaGraphBytes: -1 })).toThrow(/cudaGraphBytes/);
  });

  it('agrees with the engine: same defaults, and the engine\'s default pool is the 8B/H100 plan within 1 %', () => {
    expect(DEFAULT_GPU_MEMORY_UTILIZATION).toBe(ENGINE_DEFAULT_GMU);
    expect(LEGACY_V0_11_MEMORY.gpuMemoryUtilization).toBe(LEGACY_GPU_MEMORY_UTILIZATION);
    expect(CUDA_GRAPH_ESTIMATE_BYTES).toBe(0.6 * GIB);
    const base = { model: model('llama-3.1-8b'), gpu: gpu('h100-sxm-80gb'), tp: 1, weightDtype: 'bf16', kvDtype: 'bf16', maxNumSeqs: 1024 } as const;
    expect(planMemory(base).numGpuBlocks / ENGINE_DEFAULTS.numGpuBlocks).toBeGreaterThan(0.99);
    expect(planMemory(base).numGpuBlocks / ENGINE_DEFAULTS.numGpuBlocks).toBeLessThan(1.01);
    // The engine's v0.11 pool is a round figure below the planner's (≈ 28,000 here).
    expect(planMemory({ ...base, ...LEGACY_V0_11_MEMORY }).numGpuBlocks).toBeGreaterThan(LEGACY_V0_11_ENGINE.numGpuBlocks as number);
  });

  it('rejects a utilisation outside (0, 1]', () => {
    expect(() => planMemory({ model: model('llama-3.1-8b'), gpu: gpu('h100-sxm-80gb'), tp: 1, weightDtype: 'bf16', kvDtype: 'bf16', gpuMemoryUtilization: 1.2 })).toThrow(/gpuMemoryUtilization/);
  });
});

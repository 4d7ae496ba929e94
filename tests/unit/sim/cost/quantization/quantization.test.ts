import { describe, expect, it } from 'vitest';
import { findGpu } from '../../../../../src/sim/cost/catalog/gpus.ts';
import { findModel } from '../../../../../src/sim/cost/catalog/models.ts';
import { GIB, kvBytesPerTokenPerGpu, planMemory } from '../../../../../src/sim/cost/memoryPlanner.ts';
import { weightBytesPerGpu } from '../../../../../src/sim/cost/model/weights.ts';
import {
  B200,
  fp4MatrixBytes,
  QUANT_GPU_IDS,
  QUANT_SCHEME_IDS,
  QUANT_SCHEMES,
  quantEstimate,
  schemeBitsPerWeight,
  schemeMemory,
  schemeProblem,
  schemeStep,
  schemeWeightBytesPerGpu,
  type QuantSelection,
} from '../../../../../src/sim/cost/index.ts';
import { stepBreakdown } from '../../../../../src/sim/cost/stepTime.ts';
import { coefficientsFor } from '../../../../../src/sim/cost/coefficients.ts';

const llama8b = findModel('llama-3.1-8b')!;
const llama70b = findModel('llama-3.1-70b')!;
const h100 = findGpu('h100-sxm-80gb')!;
const a100 = findGpu('a100-sxm-80gb')!;
const base: QuantSelection = { modelId: 'llama-3.1-8b', gpuId: 'h100-sxm-80gb', tp: 1, scheme: 'bf16', kvDtype: 'bf16', contextTokens: 4096, batch: 32, prefillTokens: 2048 };
const decode = (n: number, ctx: number) => ({ prefills: [], decodes: new Array(n).fill({ contextTokens: ctx }) });

describe('quantisation schemes: bytes', () => {
  it('stores 4.5 bits per weight for NVFP4 and 4.25 for MXFP4 (scales included)', () => {
    expect(schemeBitsPerWeight('nvfp4')).toBeCloseTo(4.5, 4);
    expect(schemeBitsPerWeight('mxfp4')).toBeCloseTo(4.25, 6);
    expect(schemeBitsPerWeight('bf16')).toBe(16);
    expect(schemeBitsPerWeight('int4-awq')).toBeCloseTo(4 + (2.5 * 8) / 128, 6);
    expect(fp4MatrixBytes(16, 16, 'nvfp4')).toBe(128 + 16 + 4);
  });

  it('keeps embeddings and lm_head in bf16, so FP4 weights equal the bf16 model minus its linear layers plus FP4 ones', () => {
    const bf16 = weightBytesPerGpu(llama8b, 'bf16', 1);
    const nv = schemeWeightBytesPerGpu(llama8b, 'nvfp4', 1);
    const mx = schemeWeightBytesPerGpu(llama8b, 'mxfp4', 1);
    expect(mx).toBeLessThan(nv);
    expect(nv).toBeGreaterThan(weightBytesPerGpu(llama8b, 'int4-awq', 1));
    // Llama-3.1-8B: ~1.05 GB of bf16 embeddings + ~1.05 GB lm_head stay; 4.5/16 of the rest.
    const embeds = 2 * llama8b.vocab * llama8b.hidden * 2;
    expect(nv).toBeGreaterThan(embeds + ((bf16 - embeds) * 4.5) / 16 - 0.01 * GIB);
    expect(nv).toBeLessThan(embeds + ((bf16 - embeds) * 4.5) / 16 + 0.01 * GIB);
    expect(schemeWeightBytesPerGpu(llama70b, 'nvfp4', 4)).toBeCloseTo(schemeWeightBytesPerGpu(llama70b, 'nvfp4', 1) / 4, -7);
  });
});

describe('quantisation schemes: memory plan', () => {
  it('goes through the cost model planner unchanged for the formats it knows', () => {
    for (const scheme of ['bf16', 'fp8', 'int8', 'int4-awq', 'int4-gptq'] as const) {
      const ours = schemeMemory({ model: llama8b, gpu: h100, tp: 1, scheme, kvDtype: 'fp8', maxModelLen: 8192 });
      const plan = planMemory({ model: llama8b, gpu: h100, tp: 1, weightDtype: scheme, kvDtype: 'fp8', maxModelLen: 8192 });
      expect(ours.numGpuBlocks).toBe(plan.numGpuBlocks);
      expect(ours.weightBytes).toBe(plan.weightBytes);
      expect(ours.kvCacheBytes + ours.weightBytes + ours.otherBytes).toBeCloseTo(plan.requestedBytes, 0);
    }
  });

  it('charges FP4 its extra weight bytes against the KV budget of the INT4 plan', () => {
    const awq = schemeMemory({ model: llama8b, gpu: h100, tp: 1, scheme: 'int4-awq', kvDtype: 'bf16', maxModelLen: 8192 });
    const nv = schemeMemory({ model: llama8b, gpu: h100, tp: 1, scheme: 'nvfp4', kvDtype: 'bf16', maxModelLen: 8192 });
    expect(awq.kvCacheBytes - nv.kvCacheBytes).toBeCloseTo(nv.weightBytes - awq.weightBytes, 0);
    expect(nv.otherBytes).toBeCloseTo(awq.otherBytes, 0);
    expect(nv.numGpuBlocks).toBe(Math.floor(nv.kvCacheBytes / nv.blockBytes));
  });

  it('doubles the blocks with an fp8 KV cache (same budget, half the bytes per block)', () => {
    for (const scheme of QUANT_SCHEME_IDS) {
      const auto = schemeMemory({ model: llama8b, gpu: h100, tp: 1, scheme, kvDtype: 'bf16', maxModelLen: 4096 });
      const fp8 = schemeMemory({ model: llama8b, gpu: h100, tp: 1, scheme, kvDtype: 'fp8', maxModelLen: 4096 });
      expect(fp8.kvBytesPerTokenPerGpu * 2).toBe(auto.kvBytesPerTokenPerGpu);
      expect(fp8.kvCacheBytes).toBe(auto.kvCacheBytes);
      expect(Math.abs(fp8.numGpuBlocks - 2 * auto.numGpuBlocks)).toBeLessThanOrEqual(1);
    }
    expect(kvBytesPerTokenPerGpu(llama8b, 'fp8', 1)).toBe(64 * 1024);
  });

  it('reports 70B bf16 on one H100 as not fitting and FP4 on one B200 as fitting', () => {
    const bf = quantEstimate({ ...base, modelId: 'llama-3.1-70b', scheme: 'bf16' });
    expect(bf.memory?.fits).toBe(false);
    expect(bf.problem).toMatch(/do not fit/);
    expect(bf.decode).toBeNull();
    const nv = quantEstimate({ ...base, modelId: 'llama-3.1-70b', gpuId: B200.id, scheme: 'nvfp4' });
    expect(nv.problem).toBeNull();
    expect(nv.memory!.weightBytes).toBeLessThan(45 * GIB);
    expect(nv.decode!.stepUs).toBeGreaterThan(0);
  });
});

describe('quantisation schemes: step time and provenance', () => {
  it('is the calibrated model itself for bf16 and FP8 on the measured GPUs, labelled fitted', () => {
    for (const scheme of ['bf16', 'fp8'] as const) {
      const ours = schemeStep({ model: llama8b, gpu: h100, tp: 1, scheme, kvDtype: 'bf16' }, decode(32, 512))!;
      const cm = stepBreakdown({ model: llama8b, gpu: h100, coeffs: coefficientsFor(h100), tp: 1, weightDtype: scheme, kvDtype: 'bf16' }, decode(32, 512));
      expect(ours.stepUs).toBe(cm.stepUs);
      expect(ours.provenance).toBe('fitted');
    }
  });

  it('labels every other scheme and GPU estimated', () => {
    for (const gpuId of QUANT_GPU_IDS) {
      for (const scheme of QUANT_SCHEME_IDS) {
        const e = quantEstimate({ ...base, gpuId, scheme });
        if (!e.decode) continue;
        const fitted = (gpuId === 'h100-sxm-80gb' || gpuId === 'h200-141gb') && (scheme === 'bf16' || scheme === 'fp8');
        expect(e.decode.provenance, `${gpuId} ${scheme}`).toBe(fitted ? 'fitted' : 'estimated');
        expect(e.decode.basis.length).toBeGreaterThan(20);
      }
    }
  });

  it('puts the measured FP8 layer next to the prediction, within the cost model target', () => {
    for (const gpuId of ['h100-sxm-80gb', 'h200-141gb']) {
      const e = quantEstimate({ ...base, gpuId, scheme: 'fp8', contextTokens: 512, batch: 32, prefillTokens: 2048 });
      expect(e.decode?.measured?.measuredUs).toBeGreaterThan(0);
      expect(Math.abs(e.decode!.measured!.errorPct)).toBeLessThan(15);
      expect(Math.abs(e.prefill!.measured!.errorPct)).toBeLessThan(15);
      // fp8 KV was not measured: no measured figure then.
      expect(quantEstimate({ ...base, gpuId, scheme: 'fp8', contextTokens: 512, kvDtype: 'fp8' }).decode?.measured).toBeNull();
    }
  });

  it('refuses INT8 W8A8 on Blackwell and runs FP4 as weight-only off Blackwell', () => {
    expect(schemeProblem('int8', B200)).toMatch(/Blackwell/);
    expect(quantEstimate({ ...base, gpuId: B200.id, scheme: 'int8' }).problem).toMatch(/Blackwell/);
    expect(QUANT_SCHEMES.nvfp4.kernels.hopper?.mode).toBe('W4A16');
    expect(QUANT_SCHEMES.nvfp4.kernels.blackwell?.mode).toBe('W4A4');
    expect(QUANT_SCHEMES.fp8.kernels.ampere?.mode).toBe('W8A16');
  });

  it('makes memory-bound decode faster with fewer weight bytes, and compute-bound prefill faster only with low-precision math', () => {
    const at = (gpuId: string, scheme: (typeof QUANT_SCHEME_IDS)[number]) => quantEstimate({ ...base, gpuId, scheme, batch: 1 });
    const bf = at('h100-sxm-80gb', 'bf16');
    const fp8 = at('h100-sxm-80gb', 'fp8');
    const awq = at('h100-sxm-80gb', 'int4-awq');
    expect(fp8.decode!.stepUs).toBeLessThan(bf.decode!.stepUs);
    expect(awq.decode!.stepUs).toBeLessThan(fp8.decode!.stepUs);
    // W4A16 prefill runs bf16 math: no faster than bf16; FP8 W8A8 prefill is.
    expect(awq.prefill!.stepUs).toBeGreaterThanOrEqual(bf.prefill!.stepUs * 0.98);
    expect(fp8.prefill!.stepUs).toBeLessThan(bf.prefill!.stepUs * 0.8);
    // On B200, NVFP4 W4A4 prefill beats FP8; INT8 on A100 beats bf16.
    expect(at(B200.id, 'nvfp4').prefill!.stepUs).toBeLessThan(at(B200.id, 'fp8').prefill!.stepUs);
    expect(at('a100-sxm-80gb', 'int8').prefill!.stepUs).toBeLessThan(at('a100-sxm-80gb', 'bf16').prefill!.stepUs);
    expect(schemeStep({ model: llama8b, gpu: a100, tp: 1, scheme: 'fp8', kvDtype: 'bf16' }, decode(1, 512))!.basis).toMatch(/W8A16/);
  });

  it('caps the decode batch at what the KV cache holds', () => {
    const e = quantEstimate({ ...base, modelId: 'llama-3.1-70b', gpuId: 'h100-sxm-80gb', tp: 2, scheme: 'bf16', contextTokens: 32768, batch: 256 });
    expect(e.decodeBatch).toBe(Math.floor(e.memory!.maxConcurrency));
    expect(e.decodeBatch).toBeLessThan(256);
  });
});

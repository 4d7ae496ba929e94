import { describe, expect, it } from 'vitest';
import { findGpu } from '../../../../../src/sim/cost/catalog/gpus.ts';
import { findModel } from '../../../../../src/sim/cost/catalog/models.ts';
import { coefficientsFor } from '../../../../../src/sim/cost/coefficients.ts';
import { planMemory } from '../../../../../src/sim/cost/memoryPlanner.ts';
import { weightBytesPerGpu } from '../../../../../src/sim/cost/model/weights.ts';
import { compareStrategies, defaultMaxNumSeqs, winners } from '../../../../../src/sim/cost/parallelism/compare.ts';
import { decodeShape, spread } from '../../../../../src/sim/cost/parallelism/decodeShape.ts';
import { expertParallelDecode } from '../../../../../src/sim/cost/parallelism/expertParallel.ts';
import { QWEN3_30B_A3B } from '../../../../../src/sim/cost/parallelism/extraModels.ts';
import { linkOf, PCIE_GEN5_X16 } from '../../../../../src/sim/cost/parallelism/links.ts';
import { expertParallelMemory, pipelineStageMemory } from '../../../../../src/sim/cost/parallelism/memory.ts';
import { pipelineDecode } from '../../../../../src/sim/cost/parallelism/pipeline.ts';
import { stepBreakdown, type Deployment } from '../../../../../src/sim/cost/stepTime.ts';
import type { ModelArch } from '../../../../../src/sim/cost/types.ts';

const gpu = findGpu('h100-sxm-80gb');
if (!gpu) throw new Error('catalog');
const coeffs = coefficientsFor(gpu);
const nvlink = linkOf(gpu, 'gpu');
const model = (id: string): ModelArch => {
  const m = findModel(id);
  if (!m) throw new Error(id);
  return m;
};
const dep = (m: ModelArch, tp = 1): Deployment => ({ model: m, gpu, coeffs, tp, weightDtype: 'bf16', kvDtype: 'bf16' });
const mem = (m: ModelArch) => ({ model: m, gpu, weightDtype: 'bf16', kvDtype: 'bf16', maxModelLen: 4096 }) as const;

describe('pipeline parallel', () => {
  it('one stage is TP 1: the same step time, no sends, no bubble', () => {
    const m = model('llama-3.1-8b');
    const p = pipelineDecode(dep(m), 1, 16, 2048, nvlink);
    expect(p.itlUs).toBeCloseTo(stepBreakdown(dep(m), decodeShape(16, 2048)).stepUs, 6);
    expect(p.sendUs).toBe(0);
    expect(p.bubble).toBeCloseTo(0, 9);
  });

  it('a lone sequence passes through every stage in turn: seven of eight GPUs idle at any time', () => {
    const p = pipelineDecode(dep(model('llama-3.1-8b')), 8, 1, 2048, nvlink);
    expect(p.microBatches).toBe(1);
    expect(p.bubble).toBeGreaterThan(0.85);
    expect(p.itlUs).toBeGreaterThan(8 * p.stageUs);
  });

  it('with a micro-batch per stage, the stages are busy and throughput is batch / cycle', () => {
    const p = pipelineDecode(dep(model('llama-3.1-8b')), 4, 64, 2048, nvlink);
    expect(p.microBatches).toBe(4);
    expect(p.microBatchSeqs).toBe(16);
    expect(p.bubble).toBeLessThan(0.15);
    expect(p.tokensPerS).toBeCloseTo((64 / p.itlUs) * 1e6, 6);
  });

  it('refuses stages of unequal size', () => {
    expect(() => pipelineDecode(dep(model('llama-3.1-70b')), 3, 8, 2048, nvlink)).toThrow(/not divisible/);
  });

  it('a stage holds its layers and one of embedding / lm_head; its KV per token is its layers’ share', () => {
    const m = model('llama-3.1-8b');
    const s = pipelineStageMemory(mem(m), 4);
    const whole = weightBytesPerGpu(m, 'bf16', 1);
    const embed = m.vocab * m.hidden * 2;
    expect(s.weightBytes).toBeCloseTo((whole - 2 * embed) / 4 + embed, -6);
    expect(s.kvBytesPerTokenPerGpu).toBe(131072 / 4);
  });
});

describe('expert parallel with data-parallel attention', () => {
  const mixtral = model('mixtral-8x7b');

  it('Mixtral over 8 GPUs: one expert each, a full attention copy each, two all-to-alls per layer', () => {
    const e = expertParallelDecode(dep(mixtral), 8, 64, 2048, nvlink);
    expect(e.expertsPerGpu).toBe(1);
    expect(e.seqsPerGpu).toBe(8);
    expect(e.expertRowsPerGpu).toBe((64 * 2) / 8);
    expect(e.allToAllUs).toBeGreaterThan(0);
    expect(e.itlUs).toBeCloseTo(mixtral.layers * (e.attentionUs + e.expertUs + e.allToAllUs) + e.lmHeadUs, 6);
  });

  it('refuses dense models and experts that do not divide', () => {
    expect(() => expertParallelDecode(dep(model('llama-3.1-8b')), 8, 8, 2048, nvlink)).toThrow(/dense/);
    expect(() => expertParallelDecode(dep(mixtral), 3, 8, 2048, nvlink)).toThrow(/do not divide/);
  });

  it('memory: the experts are split, everything else is whole on every GPU', () => {
    const m8 = expertParallelMemory(mem(mixtral), 8);
    const m1 = expertParallelMemory(mem(mixtral), 1);
    expect(m1.weightBytes).toBeCloseTo(weightBytesPerGpu(mixtral, 'bf16', 1), -3);
    const experts = mixtral.layers * 8 * 3 * 4096 * 14336 * 2;
    expect(m1.weightBytes - m8.weightBytes).toBeCloseTo((experts * 7) / 8, -3);
    expect(m8.kvBytesPerTokenPerGpu).toBe(131072);
  });

  it('memory follows the planner: the budget less its activations and graph reserve', () => {
    const base = planMemory({ model: mixtral, gpu, tp: 1, weightDtype: 'bf16', kvDtype: 'bf16', maxModelLen: 4096 });
    const m8 = expertParallelMemory(mem(mixtral), 8);
    expect(m8.kvCacheBytes).toBeCloseTo(base.requestedBytes - base.activationBytes - base.cudaGraphBytes - m8.weightBytes, -3);
  });
});

describe('compareStrategies', () => {
  it('spreads sequences evenly', () => {
    expect(spread(10, 4)).toEqual([3, 3, 2, 2]);
    expect(spread(2, 4)).toEqual([1, 1, 0, 0]);
  });

  it('vLLM’s serve default max_num_seqs: 1024 on H100/H200, 256 on A100 and L40S', () => {
    expect(defaultMaxNumSeqs(gpu)).toBe(1024);
    const a100 = findGpu('a100-sxm-80gb');
    const l40s = findGpu('l40s-48gb');
    expect(a100 && defaultMaxNumSeqs(a100)).toBe(256);
    expect(l40s && defaultMaxNumSeqs(l40s)).toBe(256);
  });

  it('TP over all GPUs is the calibrated TP step; DP of TP 1 replicas is one GPU’s step at its share', () => {
    const m = model('llama-3.1-8b');
    const rows = compareStrategies({ model: m, gpu, coeffs, gpus: 4, batch: 32, contextTokens: 2048, link: nvlink });
    expect(rows.map((r) => r.id)).toEqual(['tp', 'pp', 'dp', 'ep']);
    const [tp, , dp, ep] = rows;
    expect(tp?.itlUs).toBeCloseTo(stepBreakdown(dep(m, 4), decodeShape(32, 2048)).stepUs, 6);
    expect(dp?.itlUs).toBeCloseTo(stepBreakdown(dep(m, 1), decodeShape(8, 2048)).stepUs, 6);
    expect(dp?.flags).toBe('--data-parallel-size 4');
    expect(ep?.problem).toMatch(/dense/);
  });

  it('a 70B replica needs TP 2 on H100s, so DP on 8 GPUs is 4 replicas of TP 2', () => {
    const rows = compareStrategies({ model: model('llama-3.1-70b'), gpu, coeffs, gpus: 8, batch: 16, contextTokens: 4096, link: nvlink });
    expect(rows.find((r) => r.id === 'dp')?.flags).toBe('--data-parallel-size 4 --tensor-parallel-size 2');
  });

  it('peak load is what the KV holds, capped at max_num_seqs per engine', () => {
    for (const r of compareStrategies({ model: QWEN3_30B_A3B, gpu, coeffs, gpus: 8, batch: 16, contextTokens: 2048, link: nvlink })) {
      if (r.problem) continue;
      expect(r.peakSeqs).toBeLessThanOrEqual(Math.floor(r.maxConcurrency));
      expect(r.peakSeqs).toBeLessThanOrEqual(1024 * (r.id === 'dp' || r.id === 'ep' ? 8 : 1));
    }
  });

  it('over PCIe, TP loses more than the layouts that communicate less', () => {
    const m = model('llama-3.1-70b');
    const fast = compareStrategies({ model: m, gpu, coeffs, gpus: 8, batch: 64, contextTokens: 2048, link: nvlink });
    const slow = compareStrategies({ model: m, gpu, coeffs, gpus: 8, batch: 64, contextTokens: 2048, link: PCIE_GEN5_X16 });
    const ratio = (id: string) => (slow.find((r) => r.id === id)?.itlUs ?? 0) / (fast.find((r) => r.id === id)?.itlUs ?? 1);
    expect(ratio('tp')).toBeGreaterThan(ratio('dp'));
    expect(ratio('tp')).toBeGreaterThan(ratio('pp'));
    expect(winners(slow).latency).toBe('tp');
  });
});

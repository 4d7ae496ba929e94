import { describe, expect, it } from 'vitest';
import { createCalibratedCostModel } from '../../../../src/sim/cost/calibratedCostModel.ts';
import { allReduceUs } from '../../../../src/sim/cost/model/allReduce.ts';
import type { StepShape } from '../../../../src/sim/costModel.ts';

const decodes = (b: number, ctx: number): StepShape => ({ prefills: [], decodes: new Array(b).fill({ contextTokens: ctx }) });
const prefill = (s: number, cached = 0, emitsToken = true): StepShape => ({ prefills: [{ newTokens: s, cachedTokens: cached, emitsToken }], decodes: [] });

describe('step-time model', () => {
  const h100 = createCalibratedCostModel();

  it('reproduces the README’s decode figure: 8B, B=1, 512 context ≈ 201 µs/layer, ≈ 6.8 ms/token', () => {
    const b = h100.breakdown(decodes(1, 512));
    expect(b.perLayerUs).toBeGreaterThan(201.29 * 0.95);
    expect(b.perLayerUs).toBeLessThan(201.29 * 1.05);
    expect(b.stepUs / 1000).toBeCloseTo(6.8, 0);
    expect(b.commUs).toBe(0);
  });

  it('reproduces the README’s prefill figure: 8B, 2048 tokens ≈ 1.41 ms/layer', () => {
    expect(h100.breakdown(prefill(2048)).perLayerUs / 1413.69).toBeGreaterThan(0.93);
    expect(h100.breakdown(prefill(2048)).perLayerUs / 1413.69).toBeLessThan(1.07);
  });

  it('runs lm_head only for sequences that emit a token', () => {
    expect(h100.breakdown(prefill(512, 0, false)).lmHeadUs).toBe(0);
    expect(h100.breakdown(prefill(512, 0, true)).lmHeadUs).toBeGreaterThan(300);
    expect(h100.breakdown(decodes(8, 100)).emittingSeqs).toBe(8);
  });

  it('an empty step costs nothing', () => {
    expect(h100.stepTimeUs({ prefills: [], decodes: [] })).toBe(0);
  });

  it('a mixed chunked-prefill step costs less than the two steps run apart', () => {
    const mixed: StepShape = { prefills: prefill(512).prefills, decodes: decodes(32, 1024).decodes };
    const apart = h100.stepTimeUs(prefill(512)) + h100.stepTimeUs(decodes(32, 1024));
    const both = h100.stepTimeUs(mixed);
    expect(both).toBeGreaterThan(h100.stepTimeUs(prefill(512)));
    expect(both).toBeLessThan(apart);
  });

  it('cached context makes a prefill chunk’s attention more expensive', () => {
    expect(h100.breakdown(prefill(512, 8192)).parts.prefillAttentionUs).toBeGreaterThan(h100.breakdown(prefill(512, 0)).parts.prefillAttentionUs * 3);
  });

  it('decode time grows with batch and context', () => {
    const t = (b: number, c: number) => h100.stepTimeUs(decodes(b, c));
    expect(t(64, 1024)).toBeGreaterThan(t(8, 1024));
    expect(t(64, 8192)).toBeGreaterThan(t(64, 1024));
    expect(t(256, 4096) / t(1, 4096)).toBeGreaterThan(2);
  });

  it('H200 decodes faster than H100 (bandwidth) but prefills at about the same speed (compute)', () => {
    const h200 = createCalibratedCostModel({ gpuId: 'h200-141gb' });
    expect(h200.stepTimeUs(decodes(1, 512)) / h100.stepTimeUs(decodes(1, 512))).toBeCloseTo(0.78, 1);
    expect(h200.stepTimeUs(prefill(8192)) / h100.stepTimeUs(prefill(8192))).toBeGreaterThan(0.9);
  });

  it('FP8 weights speed up memory-bound decode', () => {
    const fp8 = createCalibratedCostModel({ weightDtype: 'fp8' });
    expect(fp8.stepTimeUs(decodes(16, 1024))).toBeLessThan(0.75 * h100.stepTimeUs(decodes(16, 1024)));
  });

  it('tensor parallelism adds two all-reduces per layer and shrinks per-GPU compute', () => {
    const tp4 = createCalibratedCostModel({ modelId: 'llama-3.1-70b', tp: 4 });
    const tp8 = createCalibratedCostModel({ modelId: 'llama-3.1-70b', tp: 8 });
    const b4 = tp4.breakdown(decodes(32, 2048));
    const b8 = tp8.breakdown(decodes(32, 2048));
    expect(b4.commUs).toBeCloseTo(2 * allReduceUs(32 * 8192 * 2, 4, { label: 'nvlink', perDirectionGBps: 450 }), 6);
    expect(b8.perLayerUs).toBeLessThan(b4.perLayerUs);
    expect(b8.commUs).toBeGreaterThan(b4.commUs);
  });

  it('generalises to models that were never measured (Qwen2.5-32B, Mixtral, Llama-3.2-1B)', () => {
    for (const [modelId, tp] of [
      ['qwen2.5-32b', 2],
      ['mixtral-8x7b', 2],
      ['llama-3.2-1b', 1],
      ['mistral-7b-v0.3', 1],
    ] as const) {
      const cm = createCalibratedCostModel({ modelId, gpuId: 'h200-141gb', tp });
      const t = cm.stepTimeUs({ prefills: prefill(1000).prefills, decodes: decodes(48, 3000).decodes });
      expect(Number.isFinite(t)).toBe(true);
      expect(t).toBeGreaterThan(1000);
    }
  });

  it('a 1B model decodes faster than an 8B one, which is faster than a 32B one on 2 GPUs per GPU-time', () => {
    const t = (modelId: string, tp = 1) => createCalibratedCostModel({ modelId, tp }).stepTimeUs(decodes(16, 2048));
    expect(t('llama-3.2-1b')).toBeLessThan(t('llama-3.1-8b'));
    expect(t('llama-3.1-8b')).toBeLessThan(t('qwen2.5-32b', 2));
  });
});

describe('allReduceUs (ring, first principles)', () => {
  const nvlink = { label: 'NVLink 4', perDirectionGBps: 450 };
  it('is free on one GPU', () => expect(allReduceUs(1e6, 1, nvlink)).toBe(0));
  it('2(n−1)·1 µs + 2(n−1)/n · S / (0.8 · 450 GB/s)', () => {
    expect(allReduceUs(1e6, 2, nvlink)).toBeCloseTo(2 + 1e6 / (0.8 * 450e3), 9);
    expect(allReduceUs(8e6, 8, nvlink)).toBeCloseTo(14 + (14 / 8) * (8e6 / 360e3), 9);
  });
});

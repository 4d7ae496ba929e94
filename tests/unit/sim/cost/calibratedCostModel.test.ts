import { describe, expect, it } from 'vitest';
import { createCalibratedCostModel } from '../../../../src/sim/cost/calibratedCostModel.ts';
import { coefficientsFor } from '../../../../src/sim/cost/coefficients.ts';
import { findGpu } from '../../../../src/sim/cost/catalog/gpus.ts';
import type { CostModel } from '../../../../src/sim/costModel.ts';

const step = { prefills: [{ newTokens: 256, cachedTokens: 0, emitsToken: true }], decodes: [{ contextTokens: 1000 }] };

describe('createCalibratedCostModel', () => {
  it('implements CostModel with a descriptive id and label', () => {
    const cm: CostModel = createCalibratedCostModel({ modelId: 'llama-3.1-70b', gpuId: 'h200-141gb', tp: 4 });
    expect(cm.id).toBe('calibrated:llama-3.1-70b:h200-141gb:tp4:bf16:bf16');
    expect(cm.label).toBe('Llama-3.1-70B on H200, TP4, bf16 (calibrated)');
    expect(cm.stepTimeUs(step)).toBeGreaterThan(0);
  });

  it('defaults to Llama-3.1-8B on one H100 in bf16', () => {
    expect(createCalibratedCostModel().id).toBe('calibrated:llama-3.1-8b:h100-sxm-80gb:tp1:bf16:bf16');
  });

  it('is pure and deterministic', () => {
    const cm = createCalibratedCostModel();
    expect(cm.stepTimeUs(step)).toBe(cm.stepTimeUs(step));
    expect(createCalibratedCostModel().stepTimeUs(step)).toBe(cm.stepTimeUs(step));
  });

  it('labels spec-sheet GPUs as estimated and scales them from the H100 fit', () => {
    const a100 = createCalibratedCostModel({ gpuId: 'a100-sxm-80gb' });
    expect(a100.label).toMatch(/estimated from spec sheet/);
    expect(coefficientsFor(findGpu('a100-sxm-80gb')!).provenance).toBe('estimated');
    // A100 has ~61% of H100's bandwidth: decode is slower by about that ratio.
    const r = a100.stepTimeUs({ prefills: [], decodes: [{ contextTokens: 512 }] }) / createCalibratedCostModel().stepTimeUs({ prefills: [], decodes: [{ contextTokens: 512 }] });
    expect(r).toBeGreaterThan(1.4);
    expect(r).toBeLessThan(1.8);
  });

  it('adds the optional host overhead to non-empty steps only', () => {
    const cm = createCalibratedCostModel({ hostOverheadUs: 500 });
    expect(cm.stepTimeUs(step) - createCalibratedCostModel().stepTimeUs(step)).toBeCloseTo(500, 6);
    expect(cm.stepTimeUs({ prefills: [], decodes: [] })).toBe(0);
  });

  it('throws clear errors for unknown ids and impossible TP', () => {
    expect(() => createCalibratedCostModel({ modelId: 'gpt-5' })).toThrow(/unknown model id "gpt-5"/);
    expect(() => createCalibratedCostModel({ gpuId: 'tpu' })).toThrow(/unknown GPU id "tpu"/);
    expect(() => createCalibratedCostModel({ tp: 3 })).toThrow(/not divisible by tp=3/);
  });
});

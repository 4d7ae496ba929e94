import { describe, expect, it } from 'vitest';
import { ACCURACY_TARGET } from '../../../../src/sim/cost/accuracy.ts';
import { FP8_LAYER_TIMINGS } from '../../../../src/sim/cost/calibration/index.ts';
import { findGpu } from '../../../../src/sim/cost/catalog/gpus.ts';
import { findModel } from '../../../../src/sim/cost/catalog/models.ts';
import { fp8LayerPoints, isFp8FitPoint } from '../../../../src/sim/cost/fit/fp8LayerPoints.ts';
import { FITTED_COEFFICIENTS } from '../../../../src/sim/cost/fittedCoefficients.ts';
import { fp8LayerRows } from '../../../../src/sim/cost/fp8LayerAccuracy.ts';
import { FP8_QUANT_COST, FP8_TILE_ROWS, fp8ActivationUs, fp8ComputeRows } from '../../../../src/sim/cost/model/fp8Activation.ts';
import { shardShapes } from '../../../../src/sim/cost/model/shardShapes.ts';
import { layerGemms, stepBreakdown } from '../../../../src/sim/cost/stepTime.ts';

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

describe.each(Object.keys(FP8_LAYER_TIMINGS))('whole FP8 layers on %s (committed coefficients)', (gpuId) => {
  const gpu = findGpu(gpuId)!;
  const coeffs = FITTED_COEFFICIENTS[gpuId]!;
  const points = fp8LayerPoints(FP8_LAYER_TIMINGS[gpuId]);
  const rows = fp8LayerRows(gpu, coeffs, points);
  const heldOut = rows.filter((_, i) => !isFp8FitPoint(points[i]!));

  it('holds out prefill and mixed steps, and has decode steps to fit', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(7);
    expect(heldOut.every((r) => /prefill|mixed/.test(r.point))).toBe(true);
    expect(rows.length - heldOut.length).toBeGreaterThanOrEqual(5);
  });

  it('predicts every held-out point within 15% and their median within 5%', () => {
    for (const r of heldOut) expect(Math.abs(r.errorPct), r.point).toBeLessThanOrEqual(ACCURACY_TARGET.maxPct);
    expect(median(heldOut.map((r) => Math.abs(r.errorPct)))).toBeLessThanOrEqual(ACCURACY_TARGET.medianPct);
  });

  it.each(['decode', 'prefill', 'mixed'])('keeps each step kind on target (%s)', (kind) => {
    const errs = rows.filter((r) => r.point.includes(`${kind}:`)).map((r) => Math.abs(r.errorPct));
    expect(errs.length).toBeGreaterThan(0);
    expect(Math.max(...errs)).toBeLessThanOrEqual(ACCURACY_TARGET.maxPct);
    expect(median(errs)).toBeLessThanOrEqual(ACCURACY_TARGET.medianPct);
  });

  it('fits a small-kernel cost in the range of a kernel launched from a CUDA graph', () => {
    expect(coeffs.layer.kernelUs).toBeGreaterThan(0.3);
    expect(coeffs.layer.kernelUs).toBeLessThan(5);
  });
});

describe('FP8 activation quantisation and row tiles', () => {
  const k = 4096;
  it('pads a batch that is not a multiple of 16 with one more kernel per input', () => {
    const kernelUs = 1;
    const at = (rows: number) => fp8ActivationUs([{ rows, k }], kernelUs, 1e9);
    expect(at(17) - at(16)).toBeCloseTo(kernelUs, 3);
    expect(at(32) - at(16)).toBeLessThan(0.01);
  });

  it('prices a dynamic scale as an extra max-reduction kernel and read', () => {
    const gbps = 2000;
    const d = fp8ActivationUs([{ rows: 1024, k }], 1, gbps, 'dynamic') - fp8ActivationUs([{ rows: 1024, k }], 1, gbps, 'static');
    const extraBytes = (FP8_QUANT_COST.dynamic.bytesPerElem - FP8_QUANT_COST.static.bytesPerElem) * 1024 * k;
    expect(d).toBeCloseTo(1 + extraBytes / (gbps * 1e3), 6);
  });

  it('rounds FP8 tensor-core work up to whole 128-row tiles, bf16 untouched', () => {
    expect(fp8ComputeRows(1040)).toBe(9 * FP8_TILE_ROWS);
    expect(fp8ComputeRows(1024)).toBe(1024);
    expect(fp8ComputeRows(48)).toBe(48);
    expect(fp8ComputeRows(1)).toBe(16);
    expect(fp8ComputeRows(40)).toBe(48);
    const model = findModel('llama-3.1-8b')!;
    const s = shardShapes(model, 1);
    const fp8 = layerGemms(model, s, 1040, 1, 1);
    expect(fp8.every((w) => w.flops === 2 * 1152 * w.n * w.k)).toBe(true);
    expect(layerGemms(model, s, 1040, 2, 2).every((w) => w.flops === undefined)).toBe(true);
  });

  it('costs an FP8 layer more than its GEMMs, less per GPU at higher TP', () => {
    const model = findModel('llama-3.1-70b')!;
    const gpu = findGpu('h100-sxm-80gb')!;
    const coeffs = FITTED_COEFFICIENTS[gpu.id]!;
    const shape = { prefills: [{ newTokens: 1000, cachedTokens: 0, emitsToken: true }], decodes: [] };
    const ew = (tp: number, weightDtype: 'fp8' | 'bf16') => stepBreakdown({ model, gpu, coeffs, tp, weightDtype, kvDtype: 'bf16' }, shape).parts.elementwiseUs;
    expect(ew(1, 'fp8')).toBeGreaterThan(ew(1, 'bf16'));
    expect(ew(4, 'fp8') - ew(4, 'bf16')).toBeLessThan(ew(1, 'fp8') - ew(1, 'bf16'));
  });
});

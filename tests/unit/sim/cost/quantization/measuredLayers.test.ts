import { describe, expect, it } from 'vitest';
import { FP8_LAYER_TIMINGS, MEASURED_CALIBRATIONS } from '../../../../../src/sim/cost/calibration/index.ts';
import { MEASURED_LLAMA8B_LAYERS, measuredLayerUs } from '../../../../../src/sim/cost/quantization/measuredLayers.ts';

describe('measured Llama-3.1-8B layers shipped with the quantisation widget', () => {
  it('copy the bf16 whole-layer tables of both calibration files exactly', () => {
    for (const file of MEASURED_CALIBRATIONS) {
      const layers = file.models['llama-3.1-8b']?.layers?.tp1;
      const ours = MEASURED_LLAMA8B_LAYERS[file.gpu.id]?.bf16;
      expect(ours, file.gpu.id).toBeDefined();
      expect(ours!.decode).toEqual(layers?.decode_us_per_layer);
      expect(ours!.prefill).toEqual(layers?.prefill_us_per_layer);
    }
  });

  it('copy every FP8 decode and prefill layer of the FP8 file exactly', () => {
    for (const [gpuId, byModel] of Object.entries(FP8_LAYER_TIMINGS)) {
      const raw = byModel['llama-3.1-8b/tp1']!;
      const ours = MEASURED_LLAMA8B_LAYERS[gpuId]!.fp8!;
      const decode = Object.fromEntries(Object.entries(raw).filter(([k]) => k.startsWith('decode:')).map(([k, v]) => [k.slice(7), v]));
      const prefill = Object.fromEntries(Object.entries(raw).filter(([k]) => k.startsWith('prefill:')).map(([k, v]) => [k.slice(8), v]));
      expect(ours.decode).toEqual(decode);
      expect(ours.prefill).toEqual(prefill);
    }
  });

  it('answers only for the measured model, TP1 and the exact point', () => {
    expect(measuredLayerUs('h100-sxm-80gb', 'llama-3.1-8b', 1, 'fp8', { kind: 'decode', batch: 32, context: 512 })).toBe(164.22);
    expect(measuredLayerUs('h200-141gb', 'llama-3.1-8b', 1, 'bf16', { kind: 'prefill', tokens: 2048 })).toBe(1405.8);
    expect(measuredLayerUs('h100-sxm-80gb', 'llama-3.1-8b', 2, 'fp8', { kind: 'decode', batch: 32, context: 512 })).toBeNull();
    expect(measuredLayerUs('h100-sxm-80gb', 'llama-3.1-70b', 1, 'fp8', { kind: 'decode', batch: 32, context: 512 })).toBeNull();
    expect(measuredLayerUs('h100-sxm-80gb', 'llama-3.1-8b', 1, 'int8', { kind: 'decode', batch: 32, context: 512 })).toBeNull();
    expect(measuredLayerUs('a100-sxm-80gb', 'llama-3.1-8b', 1, 'bf16', { kind: 'decode', batch: 32, context: 512 })).toBeNull();
    expect(measuredLayerUs('h100-sxm-80gb', 'llama-3.1-8b', 1, 'fp8', { kind: 'decode', batch: 33, context: 512 })).toBeNull();
  });
});

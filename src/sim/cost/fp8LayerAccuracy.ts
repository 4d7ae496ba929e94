/**
 * Predicted vs measured for whole FP8 layers, one table per step kind and GPU, named so the
 * report shows which points fitted the FP8 small-kernel cost and which are held out.
 */
import type { AccuracyRow } from './accuracy.ts';
import { type Fp8LayerPoint, isFp8FitPoint, predictFp8LayerPoint } from './fit/fp8LayerPoints.ts';
import type { GpuCoefficients, GpuSpec } from './types.ts';

/** Table name of a point, e.g. `h100-sxm-80gb fp8 layers mixed (held out)`. */
export const fp8LayerTable = (gpuId: string, p: Fp8LayerPoint): string => `${gpuId} fp8 layers ${p.kind} (${isFp8FitPoint(p) ? 'fit' : 'held out'})`;

/** One accuracy row per whole FP8 layer point. */
export function fp8LayerRows(gpu: GpuSpec, coeffs: GpuCoefficients, points: readonly Fp8LayerPoint[]): AccuracyRow[] {
  return points.map((p) => {
    const predictedUs = predictFp8LayerPoint(gpu, coeffs, p);
    return { table: fp8LayerTable(gpu.id, p), point: `${p.model} tp${p.tp} ${p.key}`, measuredUs: p.us, predictedUs, errorPct: ((predictedUs - p.us) / p.us) * 100 };
  });
}

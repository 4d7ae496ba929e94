/**
 * Fits the one FP8-only layer coefficient, the fixed cost of a small kernel (activation
 * quantisation, padding), on whole FP8 decode layers with everything else fixed: GEMMs from
 * the FP8 GEMM table, attention and elementwise bandwidth from the bf16 fits.
 */
import type { GpuCoefficients, GpuSpec } from '../types.ts';
import { levenbergMarquardt } from './levenbergMarquardt.ts';
import { type Fp8LayerPoint, isFp8FitPoint, predictFp8LayerPoint } from './fp8LayerPoints.ts';

/**
 * @param points whole FP8 layer points of this GPU; only the fit split (decode) is used
 * @returns `coeffs` with `layer.kernelUs` fitted, or unchanged when there is nothing to fit
 */
export function fitFp8Layer(gpu: GpuSpec, coeffs: GpuCoefficients, points: readonly Fp8LayerPoint[]): GpuCoefficients {
  const pts = points.filter(isFp8FitPoint);
  if (pts.length === 0) return coeffs;
  const withKernel = (x: readonly number[]): GpuCoefficients => ({ ...coeffs, layer: { ...coeffs.layer, kernelUs: Math.exp(x[0] as number) } });
  const res = (x: readonly number[]) => pts.map((p) => Math.log(predictFp8LayerPoint(gpu, withKernel(x), p) / p.us));
  const r = levenbergMarquardt(res, [Math.log(coeffs.layer.kernelUs ?? 2)]);
  return { ...coeffs, layer: { ...coeffs.layer, kernelUs: Number(Math.exp(r.x[0] as number).toPrecision(6)) } };
}

/**
 * Fits the rest of a decoder layer (fixed small-kernel cost and elementwise bandwidth) to
 * the whole-layer timings, with GEMMs and attention priced by their own fitted models.
 */
import { shardShapes } from '../model/shardShapes.ts';
import { lmHeadTimeUs, stepBreakdown } from '../stepTime.ts';
import type { GpuCoefficients, GpuSpec, LayerCoefficients } from '../types.ts';
import { levenbergMarquardt } from './levenbergMarquardt.ts';
import type { LayerPoint } from './points.ts';

/** Predicted time of a whole-layer table point (per layer, or lm_head). */
export function predictLayerPoint(gpu: GpuSpec, coeffs: GpuCoefficients, p: LayerPoint): number {
  const d = { model: p.arch, gpu, coeffs, tp: p.tp, weightDtype: 'bf16', kvDtype: 'bf16' } as const;
  if (p.kind === 'lm_head') return lmHeadTimeUs(d, shardShapes(p.arch, p.tp), p.n);
  const shape =
    p.kind === 'decode'
      ? { prefills: [], decodes: new Array(p.n).fill({ contextTokens: p.ctx }) }
      : { prefills: [{ newTokens: p.n, cachedTokens: 0, emitsToken: true }], decodes: [] };
  return stepBreakdown(d, shape).perLayerUs;
}

/** Fits `fixedUs` and `elementwiseGBps` on the decode and prefill per-layer points. */
export function fitLayer(gpu: GpuSpec, coeffs: GpuCoefficients, points: readonly LayerPoint[]): LayerCoefficients {
  const pts = points.filter((p) => p.kind !== 'lm_head');
  if (pts.length < 2) return coeffs.layer;
  const unpack = (x: readonly number[]): GpuCoefficients => ({
    ...coeffs,
    layer: { fixedUs: Math.exp(x[0] as number), elementwiseGBps: Math.exp(x[1] as number) },
  });
  const res = (x: readonly number[]) => pts.map((p) => Math.log(predictLayerPoint(gpu, unpack(x), p) / p.us));
  const r = levenbergMarquardt(res, [Math.log(coeffs.layer.fixedUs), Math.log(coeffs.layer.elementwiseGBps)]);
  const l = unpack(r.x).layer;
  return { fixedUs: Number(l.fixedUs.toPrecision(6)), elementwiseGBps: Number(l.elementwiseGBps.toPrecision(6)) };
}

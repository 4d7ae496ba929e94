/**
 * Whole FP8 layer measurements as points, and their prediction. Which points fit the
 * FP8 small-kernel cost and which are held out is decided here, once: decode steps (where
 * the fixed kernel cost shows) fit; prefill and mixed steps are only checked.
 */
import type { StepShape } from '../../costModel.ts';
import { findModel } from '../catalog/models.ts';
import { stepBreakdown } from '../stepTime.ts';
import type { GpuCoefficients, GpuSpec, ModelArch } from '../types.ts';

export interface Fp8LayerPoint {
  readonly model: string;
  readonly arch: ModelArch;
  readonly tp: number;
  readonly kind: 'decode' | 'prefill' | 'mixed';
  /** Key as in the file, e.g. `mixed:512+32x2048`. */
  readonly key: string;
  readonly shape: StepShape;
  readonly us: number;
}

/** Points used to fit `layer.kernelUs`; every other kind is held out. */
export const FP8_FIT_KINDS: readonly Fp8LayerPoint['kind'][] = ['decode'];

export const isFp8FitPoint = (p: Fp8LayerPoint): boolean => FP8_FIT_KINDS.includes(p.kind);

const decodes = (spec: string): StepShape['decodes'] => {
  const [b, ctx] = spec.split('x').map(Number) as [number, number];
  return new Array<{ contextTokens: number }>(b).fill({ contextTokens: ctx });
};
const prefill = (s: string): StepShape['prefills'] => [{ newTokens: Number(s), cachedTokens: 0, emitsToken: true }];

/** Step shape of a table key. */
export function fp8LayerShape(key: string): { kind: Fp8LayerPoint['kind']; shape: StepShape } {
  const [kind, spec = ''] = key.split(':');
  if (kind === 'decode') return { kind, shape: { prefills: [], decodes: decodes(spec) } };
  if (kind === 'prefill') return { kind, shape: { prefills: prefill(spec), decodes: [] } };
  if (kind === 'mixed') {
    const [s = '', d = ''] = spec.split('+');
    return { kind, shape: { prefills: prefill(s), decodes: decodes(d) } };
  }
  throw new Error(`unknown FP8 layer key ${key}`);
}

/**
 * Points of one GPU from a `fp8_us_per_layer` table (`<model>/tp<N>` → key → µs).
 * Models must be in the catalog.
 */
export function fp8LayerPoints(tables: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined): Fp8LayerPoint[] {
  const out: Fp8LayerPoint[] = [];
  for (const [modelTp, t] of Object.entries(tables ?? {})) {
    const [model = '', tpKey = 'tp1'] = modelTp.split('/');
    const arch = findModel(model);
    if (!arch) throw new Error(`FP8 layer table names unknown model ${model}`);
    for (const [key, us] of Object.entries(t)) out.push({ model, arch, tp: Number(tpKey.replace(/^tp/, '')), key, us, ...fp8LayerShape(key) });
  }
  return out;
}

/** Predicted per-layer time of a whole FP8 layer point. */
export function predictFp8LayerPoint(gpu: GpuSpec, coeffs: GpuCoefficients, p: Fp8LayerPoint): number {
  return stepBreakdown({ model: p.arch, gpu, coeffs, tp: p.tp, weightDtype: 'fp8', kvDtype: 'bf16' }, p.shape).perLayerUs;
}

/**
 * Whole decoder layers of Llama-3.1-8B (TP1) measured on an H100 SXM and an H200, in bf16 and
 * in FP8 W8A8, µs per layer: copied from `../calibration/h100-sxm-80gb.json`,
 * `h200-141gb.json` (`layers.tp1`) and `fp8-layers-llama-3.1-8b.json`, so the app does not ship
 * the tables. tests/unit/sim/cost/quantization/measuredLayers.test.ts checks every value against
 * those files. Keys: decode `<batch>x<context>`, prefill `<tokens>`.
 */
import type { QuantSchemeId } from './schemes.ts';

export interface MeasuredLayerTable {
  readonly decode: Readonly<Record<string, number>>;
  readonly prefill: Readonly<Record<string, number>>;
}

/** By GPU id, then scheme (bf16 or fp8). Attention and the KV cache are bf16 in every point. */
export const MEASURED_LLAMA8B_LAYERS: Readonly<Record<string, Readonly<Partial<Record<QuantSchemeId, MeasuredLayerTable>>>>> = {
  'h100-sxm-80gb': {
    bf16: {
      decode: { '1x512': 201.29, '8x512': 210.3, '32x512': 229.98, '128x512': 316.06, '256x512': 440.88, '1x4096': 241.79, '8x4096': 249.92, '32x4096': 381.08, '128x4096': 925.34 },
      prefill: { '128': 222.66, '512': 372.22, '2048': 1413.69, '8192': 6846.35 },
    },
    fp8: {
      decode: { '1x512': 151.28, '32x512': 164.22, '128x512': 246.94, '8x4096': 198.13, '64x2048': 321.6 },
      prefill: { '512': 274.9, '2048': 993.18, '8192': 4898.25 },
    },
  },
  'h200-141gb': {
    bf16: {
      decode: { '1x512': 156.3, '8x512': 163.91, '32x512': 178.49, '128x512': 245.65, '256x512': 357.0, '1x4096': 197.52, '8x4096': 204.54, '32x4096': 283.02, '128x4096': 661.04 },
      prefill: { '128': 179.0, '512': 369.88, '2048': 1405.8, '8192': 6863.46 },
    },
    fp8: {
      decode: { '1x512': 124.06, '32x512': 130.62, '128x512': 193.02, '8x4096': 170.5, '64x2048': 238.66 },
      prefill: { '512': 263.35, '2048': 960.5, '8192': 4794.2 },
    },
  },
};

/** The model id whose layers were measured. */
export const MEASURED_MODEL_ID = 'llama-3.1-8b';

/**
 * The measured per-layer time for a step, when that exact point was timed.
 * @returns µs per layer, or null when not measured
 */
export function measuredLayerUs(gpuId: string, modelId: string, tp: number, scheme: QuantSchemeId, step: { kind: 'decode'; batch: number; context: number } | { kind: 'prefill'; tokens: number }): number | null {
  if (modelId !== MEASURED_MODEL_ID || tp !== 1) return null;
  const table = MEASURED_LLAMA8B_LAYERS[gpuId]?.[scheme];
  if (!table) return null;
  const v = step.kind === 'decode' ? table.decode[`${step.batch}x${step.context}`] : table.prefill[String(step.tokens)];
  return v ?? null;
}

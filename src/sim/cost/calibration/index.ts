/**
 * The measured calibration files (copied from the shared measurement run). Only the
 * accuracy report, the fit script and tests import these; the app ships the fitted
 * coefficients (fittedCoefficients.ts) instead of the tables.
 */
import type { CalibrationFile } from '../types.ts';
import fp8Layers from './fp8-layers-llama-3.1-8b.json' with { type: 'json' };
import h100 from './h100-sxm-80gb.json' with { type: 'json' };
import h200 from './h200-141gb.json' with { type: 'json' };

/** H100 SXM 80GB and H200 141GB, in that order. */
export const MEASURED_CALIBRATIONS: readonly CalibrationFile[] = [h100, h200];

/**
 * Whole FP8 (W8A8) decoder layers, µs per layer, by GPU id then `<model>/tp<N>`, keyed
 * `decode:<B>x<ctx>`, `prefill:<S>` or `mixed:<S>+<B>x<ctx>`.
 */
export const FP8_LAYER_TIMINGS: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>> = fp8Layers.fp8_us_per_layer;

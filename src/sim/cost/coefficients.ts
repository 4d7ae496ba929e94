/**
 * Which coefficients price a GPU: an imported calibration if the user gave one, our fit
 * for the measured GPUs, otherwise the H100 fit scaled by the GPU's spec sheet.
 */
import { findGpu } from './catalog/gpus.ts';
import { scaleCoefficients } from './fit/estimate.ts';
import { FITTED_COEFFICIENTS } from './fittedCoefficients.ts';
import type { GpuCoefficients, GpuSpec } from './types.ts';

/** The measured GPU that spec-sheet estimates are scaled from. */
export const REFERENCE_GPU_ID = 'h100-sxm-80gb';

/**
 * Coefficients for `gpu`.
 * @param imported coefficients fitted from user calibration files, by GPU id
 */
export function coefficientsFor(gpu: GpuSpec, imported: Readonly<Record<string, GpuCoefficients>> = {}): GpuCoefficients {
  const own = imported[gpu.id] ?? FITTED_COEFFICIENTS[gpu.id];
  if (own) return own;
  const ref = FITTED_COEFFICIENTS[REFERENCE_GPU_ID];
  const refGpu = findGpu(REFERENCE_GPU_ID);
  if (!ref || !refGpu) throw new Error('reference H100 coefficients are missing');
  return scaleCoefficients(ref, refGpu, gpu);
}

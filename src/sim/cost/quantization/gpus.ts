/**
 * The GPUs the quantisation widget offers: the catalog's H100 and H200 (measured) and A100
 * (spec sheet), plus an NVIDIA B200, the Blackwell card that runs FP4 natively. The B200 is
 * not in the main catalog; its figures here are datasheet numbers, and every time priced on it
 * is the H100 fit scaled by them (labelled estimated).
 */
import { findGpu } from '../catalog/gpus.ts';
import type { GpuSpec } from '../types.ts';
import type { GpuArch } from './schemes.ts';

/** NVIDIA B200 (HGX, 1,000 W), dense rates. */
export const B200: GpuSpec = {
  id: 'b200-180gb',
  name: 'NVIDIA B200 180GB',
  memoryGiB: 180,
  // nvidia-smi reports about 179 GiB on an HGX B200 (estimate, as for the other cards).
  usableGiB: 178.4,
  hbmGBps: 8000,
  bf16Tflops: 2250,
  fp8Tflops: 4500,
  sms: 148,
  l2MiB: 126,
  interconnect: { label: 'NVLink 5 (1.8 TB/s bidirectional)', perDirectionGBps: 900 },
  calibration: 'estimated',
  source: {
    url: 'https://developer.nvidia.com/blog/introducing-nvfp4-for-efficient-and-accurate-low-precision-inference/',
    note: 'Estimated from spec sheet: HGX B200 180 GB HBM3e at 8 TB/s; dense BF16 2.25, FP8 4.5, FP4 9 PFLOP/s (NVIDIA Blackwell datasheet and NVFP4 post).',
  },
};

/** Dense FP4 tensor-core rate of the Blackwell card, TFLOP/s (twice its FP8 rate). */
export const FP4_TFLOPS: Readonly<Record<string, number>> = { [B200.id]: 9000 };

/** Architecture of each widget GPU (decides the kernel a scheme gets). */
export const GPU_ARCH: Readonly<Record<string, GpuArch>> = {
  'a100-sxm-80gb': 'ampere',
  'h100-sxm-80gb': 'hopper',
  'h200-141gb': 'hopper',
  [B200.id]: 'blackwell',
};

/** Dense INT8 tensor-core rate, TOPS: twice bf16 on Ampere, equal to FP8 on Hopper. */
export const INT8_TOPS: Readonly<Record<string, number>> = { 'a100-sxm-80gb': 624, 'h100-sxm-80gb': 1978.9, 'h200-141gb': 1978.9 };

/** Widget GPU ids, in menu order. */
export const QUANT_GPU_IDS: readonly string[] = ['h100-sxm-80gb', 'h200-141gb', 'a100-sxm-80gb', B200.id];

/**
 * A widget GPU by id.
 * @returns the spec, or undefined when the id is not one of `QUANT_GPU_IDS`
 */
export function quantGpu(id: string): GpuSpec | undefined {
  if (!QUANT_GPU_IDS.includes(id)) return undefined;
  return id === B200.id ? B200 : findGpu(id);
}

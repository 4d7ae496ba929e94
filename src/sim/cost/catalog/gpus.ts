/**
 * GPU catalog. H100 SXM and H200 are calibrated on our measurements; A100, L40S and MI300X
 * are "estimated from spec sheet": the H100 fit scaled by their datasheet rates (see
 * coefficients.ts). Rates are dense (no 2:4 sparsity). `usableGiB` is what the driver
 * reports as total memory (an estimate for each card), which vLLM multiplies by
 * `gpu_memory_utilization`.
 */
import type { GpuSpec } from '../types.ts';

const NVLINK4 = { label: 'NVLink 4 (900 GB/s bidirectional)', perDirectionGBps: 450 } as const;

/** Catalog GPUs. Ids of the measured ones match the calibration files. */
export const GPUS: readonly GpuSpec[] = [
  {
    id: 'h100-sxm-80gb',
    name: 'NVIDIA H100 SXM 80GB',
    memoryGiB: 80,
    usableGiB: 79.1,
    hbmGBps: 3350,
    bf16Tflops: 989.4,
    fp8Tflops: 1978.9,
    sms: 132,
    l2MiB: 50,
    interconnect: NVLINK4,
    calibration: 'measured',
    source: {
      url: 'https://www.nvidia.com/en-us/data-center/h100/',
      note: 'Timings measured 2026-11-27 (calibration/h100-sxm-80gb.json); spec numbers from the datasheet.',
    },
  },
  {
    id: 'h200-141gb',
    name: 'NVIDIA H200 141GB',
    memoryGiB: 141,
    usableGiB: 139.8,
    hbmGBps: 4800,
    bf16Tflops: 989.4,
    fp8Tflops: 1978.9,
    sms: 132,
    l2MiB: 50,
    interconnect: NVLINK4,
    calibration: 'measured',
    source: {
      url: 'https://www.nvidia.com/en-us/data-center/h200/',
      note: 'Timings measured 2026-11-27 (calibration/h200-141gb.json); spec numbers from the datasheet.',
    },
  },
  {
    id: 'a100-sxm-80gb',
    name: 'NVIDIA A100 SXM 80GB',
    memoryGiB: 80,
    usableGiB: 79.1,
    hbmGBps: 2039,
    bf16Tflops: 312,
    fp8Tflops: null,
    sms: 108,
    l2MiB: 40,
    interconnect: { label: 'NVLink 3 (600 GB/s bidirectional)', perDirectionGBps: 300 },
    calibration: 'estimated',
    source: {
      url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
      note: 'Estimated from spec sheet. No FP8 tensor cores: FP8 weights run as W8A16 (bf16 math).',
    },
  },
  {
    id: 'l40s-48gb',
    name: 'NVIDIA L40S 48GB',
    memoryGiB: 48,
    usableGiB: 44.4,
    hbmGBps: 864,
    bf16Tflops: 362.05,
    fp8Tflops: 733,
    sms: 142,
    l2MiB: 96,
    interconnect: { label: 'PCIe Gen4 x16 (64 GB/s bidirectional, no NVLink)', perDirectionGBps: 32 },
    calibration: 'estimated',
    source: {
      url: 'https://resources.nvidia.com/en-us-l40s/l40s-datasheet-28413',
      note: 'Estimated from spec sheet. GDDR6 memory; tensor parallelism goes over PCIe.',
    },
  },
  {
    id: 'mi300x-192gb',
    name: 'AMD Instinct MI300X 192GB',
    memoryGiB: 192,
    usableGiB: 191.5,
    hbmGBps: 5300,
    bf16Tflops: 1307.4,
    fp8Tflops: 2614.9,
    sms: 304,
    l2MiB: 256,
    interconnect: { label: 'Infinity Fabric, 7 links × 128 GB/s bidirectional', perDirectionGBps: 448 },
    calibration: 'estimated',
    source: {
      url: 'https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/amd-instinct-mi300x-data-sheet.pdf',
      note: 'Estimated from spec sheet. 304 compute units; L2 figure is the 256 MB Infinity Cache.',
    },
  },
];

/** The GPU ids accepted by the CLI and the panel (plus imported ones). */
export const GPU_IDS: readonly string[] = GPUS.map((g) => g.id);

/**
 * Finds a GPU by id among the catalog and any imported GPUs.
 * @returns the GPU, or undefined when the id is unknown
 */
export function findGpu(id: string, extra: readonly GpuSpec[] = []): GpuSpec | undefined {
  return extra.find((g) => g.id === id) ?? GPUS.find((g) => g.id === id);
}

/**
 * Coefficients without measurements. `specInitialCoefficients` is the neutral starting
 * point of every fit (datasheet rates × typical achieved fractions). `scaleCoefficients`
 * carries a measured GPU's fit to another GPU by the ratio of datasheet rates: compute
 * terms by tensor TFLOP/s (attention per SM), memory terms by HBM bandwidth. Latencies
 * and efficiency curves are kept, which is the main source of error for these estimates.
 */
import { CURVE_KNOTS } from '../model/gemm.ts';
import { GEMM_ROLES, type GemmCoefficients, type GemmRole, type GpuCoefficients, type GpuSpec } from '../types.ts';

const flat = (v: number): Record<GemmRole, number> => Object.fromEntries(GEMM_ROLES.map((r) => [r, v])) as Record<GemmRole, number>;
const zero = (): Record<GemmRole, number[]> => Object.fromEntries(GEMM_ROLES.map((r) => [r, new Array<number>(CURVE_KNOTS).fill(0)])) as Record<GemmRole, number[]>;

/** Neutral starting coefficients from a datasheet (also the last-resort estimate). */
export function specInitialCoefficients(gpu: GpuSpec): GpuCoefficients {
  const gemmBf16: GemmCoefficients = {
    t0Us: 3,
    tflops: 0.77 * gpu.bf16Tflops,
    gbps: 0.88 * gpu.hbmGBps,
    p: 4,
    k0: 100,
    kcUs: 0.3,
    roleOverheadUs: flat(0.5),
    curves: zero(),
    minTokens: 1,
  };
  const fp8 = gpu.fp8Tflops ?? gpu.bf16Tflops;
  return {
    gpuId: gpu.id,
    provenance: 'estimated',
    gemmBf16,
    gemmFp8: { ...gemmBf16, tflops: 0.7 * fp8, minTokens: 16 },
    prefillAttn: { t0Us: 7, tileUs: (1.6 * (989.4 / 132)) / (gpu.bf16Tflops / gpu.sms), linearUs: 1, sms: gpu.sms },
    decodeAttn: {
      t0Us: 6,
      unitGBps: (45 * (gpu.hbmGBps / gpu.sms)) / (3350 / 132),
      gbps: 0.9 * gpu.hbmGBps,
      p: 6,
      unitOverheadKB: 10,
      l2GBps: 2 * gpu.hbmGBps,
      l2MiB: gpu.l2MiB,
    },
    layer: { fixedUs: 10, elementwiseGBps: 0.6 * gpu.hbmGBps, kernelUs: 2 },
  };
}

/**
 * Carries `ref` (fitted on `refGpu`) over to `gpu` by datasheet ratios.
 * @returns coefficients marked `estimated`
 */
export function scaleCoefficients(ref: GpuCoefficients, refGpu: GpuSpec, gpu: GpuSpec): GpuCoefficients {
  const bw = gpu.hbmGBps / refGpu.hbmGBps;
  const bf16 = gpu.bf16Tflops / refGpu.bf16Tflops;
  const fp8 = gpu.fp8Tflops !== null && refGpu.fp8Tflops !== null ? gpu.fp8Tflops / refGpu.fp8Tflops : bf16;
  const perSm = gpu.bf16Tflops / gpu.sms / (refGpu.bf16Tflops / refGpu.sms);
  const bwPerSm = gpu.hbmGBps / gpu.sms / (refGpu.hbmGBps / refGpu.sms);
  return {
    gpuId: gpu.id,
    provenance: 'estimated',
    gemmBf16: { ...ref.gemmBf16, tflops: ref.gemmBf16.tflops * bf16, gbps: ref.gemmBf16.gbps * bw },
    gemmFp8: { ...ref.gemmFp8, tflops: ref.gemmFp8.tflops * fp8, gbps: ref.gemmFp8.gbps * bw },
    prefillAttn: { ...ref.prefillAttn, tileUs: ref.prefillAttn.tileUs / perSm, sms: gpu.sms },
    decodeAttn: { ...ref.decodeAttn, unitGBps: ref.decodeAttn.unitGBps * bwPerSm, gbps: ref.decodeAttn.gbps * bw, l2GBps: ref.decodeAttn.l2GBps * bw, l2MiB: gpu.l2MiB },
    layer: { ...ref.layer, elementwiseGBps: ref.layer.elementwiseGBps * bw },
  };
}

/**
 * Fits every coefficient of one GPU from its calibration file: GEMMs (bf16, then FP8
 * starting from bf16), prefill and decode attention, then the rest of the layer, then (when
 * whole FP8 layers were measured) the FP8 small-kernel cost.
 * Tables a file lacks keep the `fallback` coefficients (an estimate).
 */
import type { CalibrationFile, GpuCoefficients, GpuSpec } from '../types.ts';
import { specInitialCoefficients } from './estimate.ts';
import { fitDecodeAttn, fitPrefillAttn } from './fitAttention.ts';
import { fitFp8Layer } from './fitFp8Layer.ts';
import { fitGemm } from './fitGemm.ts';
import { fitLayer } from './fitLayer.ts';
import type { Fp8LayerPoint } from './fp8LayerPoints.ts';
import { calibrationPoints } from './points.ts';

/**
 * Fits a GPU. Deterministic: same file, same coefficients.
 * @param fallback used for tables missing from the file (default: datasheet estimate)
 * @param fp8Layers whole FP8 layer timings of this GPU (their decode points fit `layer.kernelUs`)
 */
export function fitGpu(file: CalibrationFile, gpu: GpuSpec, fallback: GpuCoefficients = specInitialCoefficients(gpu), fp8Layers: readonly Fp8LayerPoint[] = []): GpuCoefficients {
  const pts = calibrationPoints(file);
  const init = specInitialCoefficients(gpu);
  const gemmBf16 =
    pts.gemmBf16.length > 0
      ? fitGemm(pts.gemmBf16, {
          init: init.gemmBf16,
          free: ['t0Us', 'tflops', 'gbps', 'p', 'k0', 'kcUs'],
          fitRoleOverheads: true,
          curves: 'per-role',
          weightElemBytes: 2,
          actElemBytes: 2,
          penaltyThreshold: 0.12,
          penaltyWeight: 3000,
        })
      : fallback.gemmBf16;
  const gemmFp8 =
    pts.gemmFp8.length > 0
      ? fitGemm(pts.gemmFp8, {
          init: { ...gemmBf16, tflops: 1.8 * gemmBf16.tflops, minTokens: 16 },
          // FP8 kernels differ from bf16 ones: own rates and latencies, one smooth shared curve.
          free: ['t0Us', 'tflops', 'gbps', 'p', 'k0'],
          fitRoleOverheads: true,
          curves: 'shared',
          weightElemBytes: 1,
          actElemBytes: 1,
          smoothness: 1,
        })
      : fallback.gemmFp8;
  const partial: GpuCoefficients = {
    gpuId: gpu.id,
    provenance: 'fitted',
    gemmBf16,
    gemmFp8,
    prefillAttn: pts.prefillAttn.length > 0 ? fitPrefillAttn(pts.prefillAttn, init.prefillAttn) : fallback.prefillAttn,
    decodeAttn: pts.decodeAttn.length > 0 ? fitDecodeAttn(pts.decodeAttn, init.decodeAttn) : fallback.decodeAttn,
    layer: fallback.layer,
  };
  const layerPts = pts.layers.filter((p) => p.kind !== 'lm_head');
  const layer = layerPts.length > 0 ? { ...fitLayer(gpu, { ...partial, layer: init.layer }, layerPts), kernelUs: fallback.layer.kernelUs } : fallback.layer;
  return fitFp8Layer(gpu, { ...partial, layer }, fp8Layers);
}

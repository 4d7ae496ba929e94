/**
 * Step time of a decode or prefill step under each weight scheme, with where the figure comes
 * from. BF16 and FP8 W8A8 on H100/H200 are the calibrated model as it stands (fitted to measured
 * GEMMs and whole layers, FP8 layers included). Everything else is an estimate built from the
 * same pieces, with the assumptions stated here and in the widget:
 *
 * - INT8 W8A8: priced as the FP8 W8A8 layer (activation quantisation, padding to 16 rows,
 *   128-row tiles) at the GPU's dense INT8 tensor-core rate: equal to FP8 on Hopper (1,979 TOPS),
 *   twice bf16 on A100 (624 TOPS). Not run on Blackwell (vLLM docs).
 * - W4A16 (AWQ, GPTQ, and FP4 checkpoints off Blackwell, all through Marlin): bf16 tensor-core
 *   math on 4-bit weight bytes, scales included; dequantisation is assumed hidden under the
 *   weight stream (Marlin's design goal), which flatters it at large batches.
 * - NVFP4 / MXFP4 W4A4 on Blackwell: the FP8 W8A8 layer at the FP4 rate (twice FP8) with
 *   4.5 / 4.25-bit weights; activations cost what FP8 ones do (one quantisation kernel per input).
 * - The KV-cache dtype does not change step time here: decode attention is priced as bf16, as
 *   in the calibrated model (see the lesson for vLLM's own FP8-KV latency measurements).
 */
import type { StepShape } from '../../costModel.ts';
import { coefficientsFor } from '../coefficients.ts';
import { gemmUs } from '../model/gemm.ts';
import { shardShapes } from '../model/shardShapes.ts';
import { type Deployment, layerGemms, layerTokenUs, stepBreakdown } from '../stepTime.ts';
import type { GpuSpec, KvDtype, ModelArch, Provenance } from '../types.ts';
import { FP4_TFLOPS, GPU_ARCH, INT8_TOPS } from './gpus.ts';
import { QUANT_SCHEMES, type QuantSchemeId, fp4MatrixBytes } from './schemes.ts';

/** A step's time and the provenance label the widget shows next to it. */
export interface SchemeStep {
  readonly stepUs: number;
  readonly perLayerUs: number;
  readonly tokens: number;
  readonly emittingSeqs: number;
  readonly provenance: Provenance;
  /** Why it is labelled so: what was measured or what is assumed. */
  readonly basis: string;
}

export interface SchemeDeployment {
  readonly model: ModelArch;
  readonly gpu: GpuSpec;
  readonly tp: number;
  readonly scheme: QuantSchemeId;
  readonly kvDtype: KvDtype;
}

/** Why a scheme cannot run on a GPU in vLLM 0.33, or null. */
export function schemeProblem(scheme: QuantSchemeId, gpu: GpuSpec): string | null {
  const arch = GPU_ARCH[gpu.id];
  if (!arch) return `${gpu.name} is not one of the widget's GPUs`;
  if (QUANT_SCHEMES[scheme].kernels[arch] === null) return `vLLM does not run ${QUANT_SCHEMES[scheme].label} on ${gpu.name} (INT8 W8A8 is not supported on Blackwell)`;
  return null;
}

const fp4Bytes = (scheme: 'nvfp4' | 'mxfp4') => fp4MatrixBytes(4096, 4096, scheme) / (4096 * 4096);

/** Prices a step whose GEMMs are priced by `gemm` and whose other parts come from the bf16 model. */
function composed(d: Deployment, shape: StepShape, layerGemm: (m: number) => { gemmUs: number; elementwiseUs: number }): { stepUs: number; perLayerUs: number; tokens: number; emittingSeqs: number } {
  const base = stepBreakdown({ ...d, weightDtype: 'bf16' }, shape);
  if (base.tokens === 0) return { stepUs: 0, perLayerUs: 0, tokens: 0, emittingSeqs: 0 };
  const { gemmUs: g, elementwiseUs: ew } = layerGemm(base.tokens);
  const perLayerUs = g + ew + base.parts.prefillAttentionUs + base.parts.decodeAttentionUs;
  return { stepUs: d.model.layers * (perLayerUs + base.commUs) + base.lmHeadUs, perLayerUs, tokens: base.tokens, emittingSeqs: base.emittingSeqs };
}

/**
 * Prices one step (any mix of prefill chunks and decodes) for a scheme on a GPU.
 * @returns null when vLLM does not run the scheme on that GPU
 */
export function schemeStep(sd: SchemeDeployment, shape: StepShape): SchemeStep | null {
  const { model, gpu, tp, scheme, kvDtype } = sd;
  if (schemeProblem(scheme, gpu)) return null;
  const arch = GPU_ARCH[gpu.id];
  const coeffs = coefficientsFor(gpu);
  const measuredGpu = gpu.calibration === 'measured';
  const d: Deployment = { model, gpu, coeffs, tp, weightDtype: 'bf16', kvDtype };
  const spec = `the H100 fit scaled by ${gpu.name}'s datasheet rates`;
  const from = (b: { stepUs: number; perLayerUs: number; tokens: number; emittingSeqs: number }, provenance: Provenance, basis: string): SchemeStep => ({
    stepUs: b.stepUs,
    perLayerUs: b.perLayerUs,
    tokens: b.tokens,
    emittingSeqs: b.emittingSeqs,
    provenance,
    basis,
  });
  switch (scheme) {
    case 'bf16':
    case 'int4-awq':
    case 'int4-gptq': {
      const b = stepBreakdown({ ...d, weightDtype: scheme }, shape);
      if (scheme === 'bf16') return from(b, measuredGpu ? 'fitted' : 'estimated', measuredGpu ? `Fitted to bf16 GEMMs and whole layers measured on ${gpu.name}.` : `Estimated: ${spec}.`);
      return from(b, 'estimated', `Estimated, not measured: Marlin W4A16 priced as bf16 tensor-core math on 4-bit weights (scales included), dequantisation hidden under the weight stream; ${measuredGpu ? `bf16 fit of ${gpu.name}` : spec}.`);
    }
    case 'fp8': {
      const b = stepBreakdown({ ...d, weightDtype: 'fp8' }, shape);
      if (arch === 'ampere') return from(b, 'estimated', `Estimated: no FP8 tensor cores, so Marlin W8A16 (bf16 math on 1-byte weights); ${spec}.`);
      return from(
        b,
        measuredGpu ? 'fitted' : 'estimated',
        measuredGpu ? `Fitted to FP8 GEMMs and whole FP8 layers of Llama-3.1-8B measured on ${gpu.name} (activation quantisation, padding and tiles included).` : `Estimated: the FP8 model with ${spec}.`,
      );
    }
    case 'int8': {
      const int8 = INT8_TOPS[gpu.id] ?? gpu.bf16Tflops;
      const asInt8: GpuSpec = { ...gpu, fp8Tflops: int8 };
      // Coefficients keyed by id: the measured GPUs keep their FP8 fit (INT8 runs at the FP8 rate there).
      const c = gpu.calibration === 'measured' ? coeffs : coefficientsFor(asInt8);
      const b = stepBreakdown({ ...d, gpu: asInt8, coeffs: c, weightDtype: 'fp8' }, shape);
      return from(b, 'estimated', `Estimated, not measured: priced as the W8A8 FP8 layer at ${gpu.name}'s dense INT8 rate (${int8.toLocaleString('en-US')} TOPS).`);
    }
    case 'nvfp4':
    case 'mxfp4': {
      const wb = fp4Bytes(scheme);
      const s = shardShapes(model, tp);
      if (arch === 'blackwell') {
        const fp4 = FP4_TFLOPS[gpu.id] ?? 2 * (gpu.fp8Tflops ?? gpu.bf16Tflops);
        const c = { ...coeffs.gemmFp8, tflops: coeffs.gemmFp8.tflops * (fp4 / (gpu.fp8Tflops ?? fp4)) };
        const b = composed(d, shape, (m) => ({
          gemmUs: layerGemms(model, s, m, wb, 1).reduce((t, w) => t + gemmUs(c, w), 0),
          elementwiseUs: layerTokenUs({ ...d, weightDtype: 'fp8' }, s, m).elementwiseUs,
        }));
        return from(b, 'estimated', `Estimated, not measured: the FP8 W8A8 layer at the FP4 rate (${fp4.toLocaleString('en-US')} TFLOP/s) with ${(wb * 8).toFixed(2)}-bit weights; ${spec}.`);
      }
      const b = composed(d, shape, (m) => ({
        gemmUs: layerGemms(model, s, m, wb, 2).reduce((t, w) => t + gemmUs(coeffs.gemmBf16, w), 0),
        elementwiseUs: layerTokenUs(d, s, m).elementwiseUs,
      }));
      return from(b, 'estimated', `Estimated, not measured: no FP4 tensor cores, so Marlin weight-only FP4 (bf16 math on ${(wb * 8).toFixed(2)}-bit weights); ${measuredGpu ? `bf16 fit of ${gpu.name}` : spec}.`);
    }
  }
}

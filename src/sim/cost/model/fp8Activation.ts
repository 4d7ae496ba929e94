/**
 * What a W8A8 FP8 layer costs beyond its GEMMs' measured kernel time.
 *
 * Every quantised GEMM input is cast to fp8 by a memory-bound kernel. With a static
 * per-tensor activation scale (FP8 checkpoints such as llm-compressor's `activation_scheme:
 * static`) that is one kernel reading bf16 and writing fp8: 3 bytes per element. A dynamic
 * scale (vLLM's online `--quantization fp8`) first runs a max-reduction over |x|
 * (`segmented_max_reduction`), then the cast: two kernels, 5 bytes per element.
 * `torch._scaled_mm` needs rows in a multiple of 16, so a batch that is not gets one more
 * copy kernel per input (pad). The per-tensor scales are applied in the GEMM epilogue, which
 * the FP8 GEMM table already times. What the table does not see is row-tile quantisation:
 * Hopper FP8 GEMMs tile the rows in blocks of 128, so M = 1040 pays the tensor-core work of
 * 1152 rows; the table was measured only at powers of two, where that rounding is exact.
 */
import type { ModelArch } from '../types.ts';
import type { ShardShapes } from './shardShapes.ts';

/** Rows of one FP8 GEMM CTA tile on Hopper (CUTLASS sm90 FP8 kernels, cuBLASLt alike). */
export const FP8_TILE_ROWS = 128;
/** `torch._scaled_mm` requires the row count to be a multiple of this. */
export const FP8_ROW_MULTIPLE = 16;
/** How activation scales are found: fixed at calibration (static) or per step (dynamic). */
export type Fp8ActivationScheme = 'static' | 'dynamic';

/**
 * Kernels and bytes per element of quantising one input. Static: the cast (bf16 read, fp8
 * write). Dynamic: a max-reduction read first.
 */
export const FP8_QUANT_COST: Readonly<Record<Fp8ActivationScheme, { kernels: number; bytesPerElem: number }>> = {
  static: { kernels: 1, bytesPerElem: 3 },
  dynamic: { kernels: 2, bytesPerElem: 5 },
};

/**
 * The scheme the whole-layer measurements match (their decode steps fit one kernel per
 * input to within 1–3%, two kernels to 3–4%), and so the one the step model prices.
 */
export const DEFAULT_FP8_ACTIVATION_SCHEME: Fp8ActivationScheme = 'static';

/**
 * Rows of tensor-core work for an FP8 GEMM of `m` token rows: padded to a multiple of 16,
 * then whole 128-row tiles above one tile (smaller batches get smaller tiles).
 */
export function fp8ComputeRows(m: number): number {
  const padded = Math.max(1, Math.ceil(m / FP8_ROW_MULTIPLE)) * FP8_ROW_MULTIPLE;
  return padded > FP8_TILE_ROWS ? Math.ceil(padded / FP8_TILE_ROWS) * FP8_TILE_ROWS : padded;
}

/** One quantised GEMM input: `rows` token rows of width `k`. */
export interface QuantisedInput {
  readonly rows: number;
  readonly k: number;
}

/**
 * The activations a decoder layer quantises for `m` tokens: the inputs of qkv, o, gate_up and
 * down (for MoE, down's input has one row per routed token).
 */
export function fp8QuantisedInputs(model: ModelArch, s: ShardShapes, m: number): QuantisedInput[] {
  const topk = model.moe ? model.moe.expertsPerToken : 1;
  return [
    { rows: m, k: s.hidden },
    { rows: m, k: s.oK },
    { rows: m, k: s.hidden },
    { rows: m * topk, k: s.intermediatePerGpu },
  ];
}

/**
 * Time of a layer's FP8 activation quantisation (and padding), µs.
 * @param kernelUs fixed cost of one small kernel inside a CUDA graph
 * @param gbps effective bandwidth of elementwise kernels
 */
export function fp8ActivationUs(inputs: readonly QuantisedInput[], kernelUs: number, gbps: number, scheme: Fp8ActivationScheme = DEFAULT_FP8_ACTIVATION_SCHEME): number {
  const q = FP8_QUANT_COST[scheme];
  let kernels = 0;
  let bytes = 0;
  for (const x of inputs) {
    if (x.rows <= 0) continue;
    kernels += q.kernels;
    bytes += q.bytesPerElem * x.rows * x.k;
    const padded = Math.ceil(x.rows / FP8_ROW_MULTIPLE) * FP8_ROW_MULTIPLE;
    if (padded !== x.rows) {
      // Copy into a zeroed, padded buffer (bf16 read + write of the padded rows).
      kernels += 1;
      bytes += 4 * padded * x.k;
    }
  }
  return kernels * kernelUs + bytes / (gbps * 1e3);
}

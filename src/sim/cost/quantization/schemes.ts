/**
 * The weight-quantisation schemes the quantisation lesson compares, as vLLM 0.33 runs them:
 * what is stored, what the GEMM computes in, which kernel runs on which GPU generation, and how
 * a checkpoint selects it. Sources: vLLM's quantization docs (`docs/features/quantization/`),
 * the course's reference sheets (vllm.md §5, vllm-2026.md §5) and NVIDIA's NVFP4 post.
 */

/** Weight formats of the widget: the cost model's `WeightDtype`s plus the two FP4 formats. */
export type QuantSchemeId = 'bf16' | 'fp8' | 'int8' | 'int4-awq' | 'int4-gptq' | 'nvfp4' | 'mxfp4';

export const QUANT_SCHEME_IDS: readonly QuantSchemeId[] = ['bf16', 'fp8', 'int8', 'int4-awq', 'int4-gptq', 'nvfp4', 'mxfp4'];

/** GPU generations that decide which kernel a scheme gets. */
export type GpuArch = 'ampere' | 'hopper' | 'blackwell';

/** How a scheme's linear layers run on one GPU generation. */
export interface SchemeKernel {
  /** Weights × activations as the GEMM sees them, e.g. "W8A8" or "W4A16". */
  readonly mode: string;
  /** The kernel family vLLM picks, in words. */
  readonly kernel: string;
  /** Tensor-core input type of the GEMM: bf16 math after dequantisation, or native low precision. */
  readonly math: 'bf16' | 'fp8' | 'int8' | 'fp4';
}

export interface QuantScheme {
  readonly id: QuantSchemeId;
  readonly label: string;
  /** Bits per stored weight element, before scales. */
  readonly weightBits: number;
  /** Elements that share one scale (per output channel: null). */
  readonly groupSize: number | null;
  /** One line on what is stored. */
  readonly storage: string;
  /** How vLLM selects it: the flag, or what in the checkpoint's config it reads. */
  readonly howToLoad: string;
  /** Kernel per GPU generation; null where vLLM does not run the scheme. */
  readonly kernels: Readonly<Record<GpuArch, SchemeKernel | null>>;
}

const W4A16_MARLIN: SchemeKernel = { mode: 'W4A16', kernel: 'Marlin (dequantise to bf16 in registers, bf16 tensor cores)', math: 'bf16' };

/** The schemes, in the widget's order. */
export const QUANT_SCHEMES: Readonly<Record<QuantSchemeId, QuantScheme>> = {
  bf16: {
    id: 'bf16',
    label: 'BF16 (unquantised)',
    weightBits: 16,
    groupSize: null,
    storage: '2 bytes per weight',
    howToLoad: 'default (--dtype auto reads torch_dtype from config.json)',
    kernels: {
      ampere: { mode: 'W16A16', kernel: 'cuBLAS bf16 GEMM', math: 'bf16' },
      hopper: { mode: 'W16A16', kernel: 'cuBLAS bf16 GEMM', math: 'bf16' },
      blackwell: { mode: 'W16A16', kernel: 'cuBLAS bf16 GEMM', math: 'bf16' },
    },
  },
  fp8: {
    id: 'fp8',
    label: 'FP8 W8A8',
    weightBits: 8,
    groupSize: null,
    storage: '1 byte (e4m3) per weight + one fp32 scale per output channel',
    howToLoad: 'an FP8 checkpoint (compressed-tensors or ModelOpt, detected from config.json), or --quantization fp8 to quantise bf16 weights at load',
    kernels: {
      ampere: { mode: 'W8A16', kernel: 'Marlin FP8 (no FP8 tensor cores: weight-only)', math: 'bf16' },
      hopper: { mode: 'W8A8', kernel: 'CUTLASS scaled_mm on FP8 tensor cores', math: 'fp8' },
      blackwell: { mode: 'W8A8', kernel: 'CUTLASS scaled_mm on FP8 tensor cores', math: 'fp8' },
    },
  },
  int8: {
    id: 'int8',
    label: 'INT8 W8A8',
    weightBits: 8,
    groupSize: null,
    storage: '1 byte per weight + one fp32 scale per output channel',
    howToLoad: 'a compressed-tensors INT8 W8A8 checkpoint (llm-compressor: SmoothQuant + GPTQ)',
    kernels: {
      ampere: { mode: 'W8A8', kernel: 'CUTLASS scaled_mm on INT8 tensor cores', math: 'int8' },
      hopper: { mode: 'W8A8', kernel: 'CUTLASS scaled_mm on INT8 tensor cores', math: 'int8' },
      blackwell: null,
    },
  },
  'int4-awq': {
    id: 'int4-awq',
    label: 'INT4 AWQ (W4A16)',
    weightBits: 4,
    groupSize: 128,
    storage: '4 bits per weight + an fp16 scale and a 4-bit zero point per 128 inputs',
    howToLoad: 'an AWQ checkpoint (quant_method "awq"); vLLM runs it as awq_marlin',
    kernels: { ampere: W4A16_MARLIN, hopper: W4A16_MARLIN, blackwell: W4A16_MARLIN },
  },
  'int4-gptq': {
    id: 'int4-gptq',
    label: 'INT4 GPTQ (W4A16)',
    weightBits: 4,
    groupSize: 128,
    storage: '4 bits per weight + fp16 scale and zero point per 128 inputs + an int32 g_idx per input row',
    howToLoad: 'a GPTQ checkpoint (GPTQModel, or llm-compressor W4A16); vLLM runs it as gptq_marlin',
    kernels: { ampere: W4A16_MARLIN, hopper: W4A16_MARLIN, blackwell: W4A16_MARLIN },
  },
  nvfp4: {
    id: 'nvfp4',
    label: 'NVFP4 (W4A4 on Blackwell)',
    weightBits: 4,
    groupSize: 16,
    storage: '4-bit e2m1 + an FP8 (e4m3) scale per 16 weights + one fp32 scale per tensor',
    howToLoad: 'an NVFP4 checkpoint (ModelOpt, or llm-compressor NVFP4 in compressed-tensors)',
    kernels: {
      ampere: { mode: 'W4A16', kernel: 'Marlin FP4 (weight-only fallback: no FP4 tensor cores)', math: 'bf16' },
      hopper: { mode: 'W4A16', kernel: 'Marlin FP4 (weight-only fallback: no FP4 tensor cores)', math: 'bf16' },
      blackwell: { mode: 'W4A4', kernel: 'FP4 tensor cores (CUTLASS / FlashInfer)', math: 'fp4' },
    },
  },
  mxfp4: {
    id: 'mxfp4',
    label: 'MXFP4 (W4A4 on Blackwell)',
    weightBits: 4,
    groupSize: 32,
    storage: '4-bit e2m1 + a power-of-two (e8m0) scale per 32 weights',
    howToLoad: 'an MXFP4 checkpoint (gpt-oss ships in it; --quantization mxfp4)',
    kernels: {
      ampere: { mode: 'W4A16', kernel: 'Marlin FP4 (weight-only fallback)', math: 'bf16' },
      hopper: { mode: 'W4A16', kernel: 'Marlin FP4 (weight-only fallback)', math: 'bf16' },
      blackwell: { mode: 'W4A4', kernel: 'FP4 tensor cores (FlashInfer)', math: 'fp4' },
    },
  },
};

/**
 * Bytes of one K×N weight matrix in `scheme`, scales included. bf16 … int4 are the cost
 * model's `matrixBytes`; NVFP4 adds a 1-byte e4m3 scale per 16 weights (4.5 bits/weight)
 * plus an fp32 per-tensor scale, MXFP4 a 1-byte e8m0 scale per 32 (4.25 bits/weight).
 */
export function fp4MatrixBytes(k: number, n: number, scheme: 'nvfp4' | 'mxfp4'): number {
  const elems = k * n;
  return scheme === 'nvfp4' ? elems / 2 + elems / 16 + 4 : elems / 2 + elems / 32;
}

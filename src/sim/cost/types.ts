/**
 * Domain types of the hardware cost model: model architectures, GPUs, dtypes, the raw
 * calibration file format, fitted coefficients, memory plans and step-time breakdowns.
 * Everything else in `sim/cost/` imports its types from here; the UI imports them too.
 */

/**
 * Where a number comes from, shown in the UI next to every figure: measured on real
 * hardware, fitted to measurements, estimated (spec sheet or first principles), or
 * computed exactly from the model config as vLLM does.
 */
export type Provenance = 'measured' | 'fitted' | 'estimated' | 'computed';

/** How weights are stored. int4 variants carry per-group scales/zeros (group size 128). */
export type WeightDtype = 'bf16' | 'fp8' | 'int8' | 'int4-awq' | 'int4-gptq';
/** vLLM's `kv_cache_dtype`: "auto" (= bf16 for these models) or fp8 (e4m3). */
export type KvDtype = 'bf16' | 'fp8';
/** The GEMM arithmetic the step-time model prices (the CLI's `--dtype`). */
export type ComputeDtype = 'bf16' | 'fp8';

/** The five GEMMs of a Llama-style decoder, named as in the calibration files. */
export type GemmRole = 'qkv' | 'o' | 'gate_up' | 'down' | 'lm_head';
export const GEMM_ROLES: readonly GemmRole[] = ['qkv', 'o', 'gate_up', 'down', 'lm_head'];

/** Mixture-of-experts fields (Mixtral-style: every layer's MLP is routed). */
export interface MoeSpec {
  readonly experts: number;
  readonly expertsPerToken: number;
  /** Intermediate size of one expert's MLP. */
  readonly expertIntermediate: number;
}

/** Where a catalog entry's numbers come from. */
export interface SourceRef {
  readonly url: string;
  readonly note?: string;
}

/** A decoder-only transformer, described the way vLLM reads a Hugging Face config. */
export interface ModelArch {
  readonly id: string;
  readonly name: string;
  readonly hidden: number;
  readonly layers: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly headDim: number;
  /** Dense MLP intermediate size (for MoE models, unused by the MLP; see `moe`). */
  readonly intermediate: number;
  readonly vocab: number;
  readonly tiedEmbeddings: boolean;
  readonly maxPositionEmbeddings: number;
  /** Parameter count published with the model (model card), for cross-checking. */
  readonly declaredParams?: number;
  readonly moe?: MoeSpec;
  readonly source: SourceRef;
  /** True for models the user defined (config file or form), not from the catalog. */
  readonly custom?: boolean;
}

/** How GPUs in one server talk to each other for tensor parallelism. */
export interface Interconnect {
  readonly label: string;
  /** Bandwidth one GPU can send (and, at the same time, receive), GB/s. */
  readonly perDirectionGBps: number;
}

/** One GPU model. Spec-sheet numbers are dense (no sparsity). */
export interface GpuSpec {
  readonly id: string;
  readonly name: string;
  /** Marketed memory capacity, GiB-ish as vendors print it (80, 141, 192 …). */
  readonly memoryGiB: number;
  /** What CUDA/ROCm reports as total memory, GiB; vLLM's `gpu_memory_utilization` multiplies this. */
  readonly usableGiB: number;
  readonly hbmGBps: number;
  readonly bf16Tflops: number;
  /** null when the GPU has no FP8 tensor cores (FP8 weights then run as W8A16). */
  readonly fp8Tflops: number | null;
  /** Streaming multiprocessors (NVIDIA) or compute units (AMD). */
  readonly sms: number;
  readonly l2MiB: number;
  readonly interconnect: Interconnect;
  /** measured: our calibration files; estimated: scaled from H100 by spec sheet; imported: user file. */
  readonly calibration: 'measured' | 'estimated' | 'imported';
  readonly source: SourceRef;
}

/* ---------- raw calibration files (the JSON in sim/cost/calibration/) ---------- */

/** Architecture keys as written in the calibration files' `config` objects (and CLI config files). */
export interface RawModelConfig {
  readonly hidden: number;
  readonly layers: number;
  readonly heads: number;
  readonly kv_heads: number;
  readonly head_dim: number;
  readonly intermediate: number;
  readonly vocab: number;
}

/** `<key>: microseconds` maps, e.g. `{"1": 22.48, "2": 22.38}` or `{"4x512": 12.4}`. */
export type UsTable = Readonly<Record<string, number>>;

export interface RawOpsTables {
  readonly linear_us: Readonly<Partial<Record<GemmRole, UsTable>>>;
  readonly prefill_attn_us?: UsTable;
  readonly decode_attn_us?: UsTable;
}

export interface RawLayerTables {
  readonly decode_us_per_layer?: UsTable;
  readonly prefill_us_per_layer?: UsTable;
  readonly lm_head_us?: UsTable;
}

export interface RawModelTables {
  readonly config: RawModelConfig;
  /** Keyed `tp1`, `tp2` … */
  readonly ops?: Readonly<Record<string, RawOpsTables>>;
  readonly layers?: Readonly<Record<string, RawLayerTables>>;
  readonly fp8_ops?: Readonly<Record<string, { readonly linear_us: Readonly<Partial<Record<GemmRole, UsTable>>> }>>;
}

/** One measured GPU: the format of `h100-sxm-80gb.json` and of `tools/profile-gpu` output. */
export interface CalibrationFile {
  readonly gpu: {
    readonly id: string;
    readonly name: string;
    readonly memory_gib: number;
    readonly sms?: number;
    /** Optional: what one GPU can send to peers, GB/s (tools/profile-gpu asks for it). */
    readonly interconnect_GBps_per_direction?: number;
    readonly measured?: {
      readonly copy_GBps_read_plus_write?: readonly number[];
      readonly bf16_matmul_TFLOPs_8192cubed?: readonly number[];
    };
  };
  readonly models: Readonly<Record<string, RawModelTables>>;
}

/* ---------- fitted coefficients ---------- */

/** Roofline GEMM coefficients with per-role efficiency curves over log2(tokens). */
export interface GemmCoefficients {
  /** Fixed latency of a memory-bound GEMM (launch, pipeline fill, epilogue), µs. */
  readonly t0Us: number;
  /** Sustained tensor-core rate, TFLOP/s. */
  readonly tflops: number;
  /** Sustained weight-streaming bandwidth, GB/s. */
  readonly gbps: number;
  /** Exponent of the smooth max between compute and memory time (higher = sharper corner). */
  readonly p: number;
  /** Short-K penalty: compute time × (1 + k0/K). */
  readonly k0: number;
  /** Serial reduction over K per output tile, µs per 1000 of K. */
  readonly kcUs: number;
  /** Extra latency of each role's kernel in the memory-bound regime, µs. */
  readonly roleOverheadUs: Readonly<Record<GemmRole, number>>;
  /** Per-role log-efficiency correction at log2(tokens) = 0, 1 … 14 (linear in between, clamped). */
  readonly curves: Readonly<Record<GemmRole, readonly number[]>>;
  /** Smallest token count the kernel runs (FP8 `_scaled_mm` pads to 16). */
  readonly minTokens: number;
}

/** Causal flash attention for prefill: 128×128 tiles scheduled in waves over the SMs. */
export interface PrefillAttnCoefficients {
  readonly t0Us: number;
  /** Time of one 128×128 tile-block (QKᵀ and PV) on one SM at head_dim 128, µs. */
  readonly tileUs: number;
  /** Per-token, per-head work outside the tile loop (load Q, write O), µs per 10k token-heads. */
  readonly linearUs: number;
  readonly sms: number;
}

/** Decode attention: one work unit per (sequence, KV head); memory-bound. */
export interface DecodeAttnCoefficients {
  readonly t0Us: number;
  /** Bandwidth one work unit (one CTA) can stream, GB/s. */
  readonly unitGBps: number;
  /** Whole-GPU KV streaming bandwidth, GB/s. */
  readonly gbps: number;
  readonly p: number;
  /** Per-unit overhead expressed as extra bytes, KB. */
  readonly unitOverheadKB: number;
  /** Bandwidth when the KV fits in L2 (only the isolated benchmark, which re-reads the same KV). */
  readonly l2GBps: number;
  readonly l2MiB: number;
}

/** The rest of a decoder layer: norms, RoPE, residual adds, SiLU·mul. */
export interface LayerCoefficients {
  /** Fixed per-layer cost of the small kernels, µs. */
  readonly fixedUs: number;
  /** Effective bandwidth of the elementwise kernels, GB/s. */
  readonly elementwiseGBps: number;
  /**
   * Fixed cost of one small kernel (FP8 activation quantisation and padding), µs; fitted on
   * whole FP8 layers. Absent in older coefficient sets: the FP8 GEMM's `t0Us / 2` stands in.
   */
  readonly kernelUs?: number;
}

/** Everything the step-time model needs about one GPU. */
export interface GpuCoefficients {
  readonly gpuId: string;
  readonly provenance: 'fitted' | 'estimated';
  readonly gemmBf16: GemmCoefficients;
  readonly gemmFp8: GemmCoefficients;
  readonly prefillAttn: PrefillAttnCoefficients;
  readonly decodeAttn: DecodeAttnCoefficients;
  readonly layer: LayerCoefficients;
}

/* ---------- memory planner and step time ---------- */

/** Inputs to the vLLM-style memory plan. */
export interface MemoryPlanInput {
  readonly model: ModelArch;
  readonly gpu: GpuSpec;
  readonly tp: number;
  readonly weightDtype: WeightDtype;
  readonly kvDtype: KvDtype;
  /** vLLM `gpu_memory_utilization`; default 0.92, the pinned release's (0.9 up to v0.20). */
  readonly gpuMemoryUtilization?: number;
  /** Subtract estimated CUDA-graph memory from the KV budget (`VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS`,
   * default true since v0.21.0); false = v0.11's sizing, or no graphs (`--enforce-eager`). */
  readonly estimateCudaGraphs?: boolean;
  /** The CUDA-graph estimate in bytes per GPU (default `CUDA_GRAPH_ESTIMATE_BYTES`). */
  readonly cudaGraphBytes?: number;
  /** Tokens per KV block, default 16. */
  readonly blockSize?: number;
  /** Tokens in the profiling forward pass (`max_num_batched_tokens`), default 8192. */
  readonly maxNumBatchedTokens?: number;
  /** Sequences in the profiling sampler pass (`max_num_seqs`), default 256. */
  readonly maxNumSeqs?: number;
  /** Context length for the concurrency figure; default the model's maximum. */
  readonly maxModelLen?: number;
}

/** Per-GPU memory plan, in bytes unless stated. */
export interface MemoryPlan {
  readonly totalBytes: number;
  /** total × gpu_memory_utilization. */
  readonly requestedBytes: number;
  readonly weightBytes: number;
  /** Peak activations of the profiling run plus non-torch memory (NCCL, CUDA context). */
  readonly activationBytes: number;
  /** Estimated CUDA-graph memory subtracted from the budget (0 when not estimated). */
  readonly cudaGraphBytes: number;
  /** What is left for the KV cache (≥ 0). */
  readonly kvCacheBytes: number;
  /** Headroom outside `gpu_memory_utilization` (other processes; at v0.11 also the CUDA graphs). */
  readonly reservedBytes: number;
  /** KV bytes per token for the whole model (all layers, all KV heads): 2·L·H_kv·d·bytes. */
  readonly kvBytesPerToken: number;
  /** KV bytes per token stored on one GPU under tensor parallelism. */
  readonly kvBytesPerTokenPerGpu: number;
  /** One block on one GPU across all layers. */
  readonly blockBytes: number;
  readonly blockSize: number;
  /** vLLM `num_gpu_blocks` (block 0 is the null block, so usable = this − 1). */
  readonly numGpuBlocks: number;
  /** "GPU KV cache size: N tokens" = numGpuBlocks × blockSize. */
  readonly kvCacheTokens: number;
  readonly maxModelLen: number;
  /** "Maximum concurrency for maxModelLen tokens per request". */
  readonly maxConcurrency: number;
  /** Largest max_model_len whose KV fits (capped at the model's max position embeddings). */
  readonly maxModelLenThatFits: number;
  /** False when the weights do not fit or no full-length request fits (vLLM refuses to start). */
  readonly fits: boolean;
  readonly problem?: string;
}

/** Time of one engine step, split the way the CLI prints it. All µs. */
export interface StepBreakdown {
  /** Compute of one decoder layer on one GPU (no communication). */
  readonly perLayerUs: number;
  /** Tensor-parallel communication per layer (two all-reduces). */
  readonly commUs: number;
  /** Final norm + vocabulary projection for the sequences that emit a token. */
  readonly lmHeadUs: number;
  /** layers × (perLayer + comm) + lmHead. */
  readonly stepUs: number;
  /** Tokens processed this step (prefill chunk tokens + one per decode). */
  readonly tokens: number;
  /** Sequences that sample a token this step. */
  readonly emittingSeqs: number;
  readonly parts: {
    readonly gemmUs: number;
    readonly prefillAttentionUs: number;
    readonly decodeAttentionUs: number;
    readonly elementwiseUs: number;
  };
}

/** What the "Hardware & model" panel edits; widgets keep it in their own store or URL. */
export interface HardwareSelection {
  readonly modelId: string;
  readonly gpuId: string;
  readonly tp: number;
  readonly weightDtype: WeightDtype;
  readonly kvDtype: KvDtype;
  readonly gpuMemoryUtilization: number;
  /** Batch size for the predicted decode step. */
  readonly batch: number;
  /** Context length (tokens) of each decoding sequence. */
  readonly contextTokens: number;
}

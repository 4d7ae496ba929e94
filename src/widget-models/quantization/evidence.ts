/**
 * What the widget says about accuracy and when each format pays: cited figures from published
 * evaluations and vendor documents, shown as quotations with their source, never computed by the
 * model. Kept short and attributed; the lesson discusses them.
 */
import type { QuantSchemeId } from '../../sim/cost/index.ts';

export interface Citation {
  readonly title: string;
  readonly url: string;
}

export interface SchemeEvidence {
  /** A published accuracy finding, as the source states it. */
  readonly accuracy: string;
  readonly source: Citation;
  /** When the format is worth it, in one sentence. */
  readonly worthIt: string;
}

export const KURTIC_2025: Citation = {
  title: 'Kurtic et al., “Give Me BF16 or Give Me Death”? Accuracy-Performance Trade-Offs in LLM Quantization, ACL 2025 (arXiv:2411.02355)',
  url: 'https://arxiv.org/abs/2411.02355',
};
export const NVFP4_POST: Citation = {
  title: 'NVIDIA Technical Blog, “Introducing NVFP4 for Efficient and Accurate Low-Precision Inference” (2025-06-24)',
  url: 'https://developer.nvidia.com/blog/introducing-nvfp4-for-efficient-and-accurate-low-precision-inference/',
};
export const VLLM_FP8_DOCS: Citation = { title: 'vLLM docs: FP8 W8A8', url: 'https://docs.vllm.ai/en/latest/features/quantization/fp8/' };
export const VLLM_FP8_KV_BLOG: Citation = { title: 'vLLM blog: FP8 KV cache (2026-04-22)', url: 'https://blog.vllm.ai/2026/04/22/fp8-kvcache.html' };
export const GPT_OSS_CARD: Citation = { title: 'OpenAI, gpt-oss-120b & gpt-oss-20b model card (2025-08)', url: 'https://openai.com/index/gpt-oss-model-card/' };

export const SCHEME_EVIDENCE: Readonly<Record<QuantSchemeId, SchemeEvidence>> = {
  bf16: {
    accuracy: 'The baseline: the study measures every quantised model against its bf16 original.',
    source: KURTIC_2025,
    worthIt: 'When the weights and enough KV fit with room to spare, or while you validate a quantised checkpoint against it.',
  },
  fp8: {
    accuracy: 'FP8 weights and activations (W8A8-FP) were effectively lossless across all Llama-3.1 sizes, 8B to 405B, in over 500,000 evaluations.',
    source: KURTIC_2025,
    worthIt: 'The default on Hopper, Ada and Blackwell: about half the weight memory and faster steps, decode and prefill, for no measurable accuracy loss.',
  },
  int8: {
    accuracy: 'Well-tuned INT8 weights and activations (W8A8-INT) showed a 1–3 % accuracy degradation across the Llama-3.1 family.',
    source: KURTIC_2025,
    worthIt: 'On Ampere (A100), which has INT8 but no FP8 tensor cores: it speeds up prefill there. On Hopper prefer FP8; vLLM does not run it on Blackwell.',
  },
  'int4-awq': {
    accuracy: 'In the same study, 4-bit weight-only quantisation (W4A16-INT) rivalled INT8 W8A8 and gave the best cost-efficiency for synchronous (one request at a time) serving. AWQ chooses the 4-bit values differently but stores the same format.',
    source: KURTIC_2025,
    worthIt: 'Latency-bound, small-batch serving or a model that otherwise does not fit: decode reads a quarter of the bytes; prefill gains nothing (bf16 math).',
  },
  'int4-gptq': {
    accuracy: 'INT4 weight-only quantisation (W4A16-INT) was competitive with INT8 W8A8 across the Llama-3.1 family, which the authors call more competitive than expected.',
    source: KURTIC_2025,
    worthIt: 'As AWQ: small batches and tight memory. GPTQ checkpoints with act-order carry a g_idx per input row, slightly more memory.',
  },
  nvfp4: {
    accuracy: 'NVIDIA reports under 1 % degradation against FP8 on key language-modelling tasks for some models (DeepSeek-R1-0528 among them).',
    source: NVFP4_POST,
    worthIt: 'On Blackwell: a quarter of bf16’s weight bytes and FP4 tensor cores for prefill too. Elsewhere it runs weight-only through Marlin: a 4-bit W4A16, nothing more.',
  },
  mxfp4: {
    accuracy: 'NVIDIA lists a risk of a noticeable accuracy drop against FP8 for MXFP4 (32-value blocks, power-of-two scales), lower for NVFP4. gpt-oss ships its MoE weights in MXFP4, so its published scores are the MXFP4 model’s.',
    source: NVFP4_POST,
    worthIt: 'When the checkpoint is published in it (gpt-oss); for your own quantisation on NVIDIA hardware, NVFP4’s finer scales are the safer choice.',
  },
};

/** The KV-cache dtype's evidence (shown when fp8 KV is on). */
export const FP8_KV_EVIDENCE: SchemeEvidence = {
  accuracy:
    'At 128k-token needle-in-a-haystack, FP8 KV scored 13 % until attention accumulated in two levels, then 89 % (bf16: 91 %).',
  source: VLLM_FP8_KV_BLOG,
  worthIt: 'When the KV cache limits concurrency or context: twice the tokens in the same memory, at a small accuracy risk on very long contexts.',
};

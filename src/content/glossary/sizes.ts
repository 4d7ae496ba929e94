/**
 * Model size classes: how big models of each class are and where they typically run.
 * Weight sizes are parameters × bytes per parameter; KV sizes are derived from each model's published config.
 */
import { SRC } from './sources.ts';
import type { SizeClass } from './types.ts';

export const SIZE_CLASSES: SizeClass[] = [
  {
    id: 'tiny',
    name: 'Tiny (≤ 3B)',
    params: 'up to ~3 billion',
    examples: 'Llama-3.2-1B / 3B, Qwen2.5-0.5B (KServe’s getting-started example)',
    weights: 'Llama-3.2-1B: ~2.5 GB in bf16 (1.24B parameters), ~1.2 GB in 8-bit',
    kvPerToken: 'Llama-3.2-1B: 2 × 16 layers × 8 KV heads × 64 × 2 B = 32 KiB',
    placement: 'One small GPU, a MIG slice, or CPU for development.',
    notes: 'Useful for drafts, routing/classification and tests; scale with replicas, never with tensor parallelism.',
    source: { label: 'Llama-3.2-1B model card (Hugging Face)', url: 'https://huggingface.co/meta-llama/Llama-3.2-1B' },
  },
  {
    id: 'small',
    name: 'Small (7–9B)',
    params: '~7–9 billion',
    examples: 'Llama-3.1-8B, Qwen3-8B',
    weights: 'Llama-3.1-8B: ~16 GB bf16, ~8 GB FP8, ~4–5 GB 4-bit',
    kvPerToken: 'Llama-3.1-8B: 2 × 32 × 8 × 128 × 2 B = 128 KiB',
    placement: 'One GPU: 24 GB cards with short contexts, one H100 with room for ~50 GiB of KV.',
    notes: 'Scale out with data-parallel replicas behind a prefix- and load-aware router.',
    source: SRC.llamaConfig8b,
  },
  {
    id: 'medium',
    name: 'Medium (14–34B)',
    params: '~14–34 billion',
    examples: 'Qwen3-32B',
    weights: 'Qwen3-32B: ~66 GB bf16, ~33 GB FP8',
    kvPerToken: 'Qwen3-32B: 2 × 64 layers × 8 KV heads × 128 × 2 B = 256 KiB',
    placement: 'bf16 fits one 80 GB GPU only with little KV left, so TP=2 on H100 is common (llm-d’s benchmarks use 8 replicas × TP=2); FP8 fits one H100.',
    notes: 'The sweet spot of many llm-d benchmarks; prefix caching matters because prefill is expensive.',
    source: SRC.qwen3,
  },
  {
    id: 'large',
    name: 'Large dense (~70B)',
    params: '~70 billion',
    examples: 'Llama-3.1-70B, Llama-3.3-70B',
    weights: 'Llama-3.1-70B: ~141 GB bf16, ~71 GB FP8, ~35–40 GB 4-bit',
    kvPerToken: 'Llama-3.1-70B: 2 × 80 × 8 × 128 × 2 B = 320 KiB',
    placement: 'bf16: TP=4 on H100 80 GB or TP=2 on H200; FP8: TP=2 on H100 or one H200.',
    notes: 'Tensor parallelism inside one NVLink node; a candidate for P/D when prompts are long.',
    source: SRC.llamaConfig70b,
  },
  {
    id: 'xl',
    name: 'Very large dense (~400B)',
    params: '~400 billion',
    examples: 'Llama-3.1-405B',
    weights: '~810 GB bf16, ~405 GB FP8',
    kvPerToken: 'Llama-3.1-405B: 2 × 126 layers × 8 KV heads × 128 × 2 B = 504 KiB',
    placement: 'FP8 on one 8×H100 node (640 GB); bf16 needs 8×H200 (1,128 GB) or two nodes with TP=8 × PP=2.',
    notes: 'Multi-node replicas need LeaderWorkerSet and a fast inter-node fabric.',
    source: SRC.llama405b,
  },
  {
    id: 'moe',
    name: 'Mixture of experts',
    params: 'total ≫ active: e.g. 671B total / ~37B active',
    examples: 'DeepSeek-V3/R1 (671B total, ~37B active), gpt-oss-120b (~117B total, ~5.1B active), Llama-4-Scout (109B total, 17B active)',
    weights: 'All experts must be resident: DeepSeek-V3 in FP8 ≈ 700 GB; gpt-oss-120b with MXFP4 experts fits one 80 GB GPU.',
    kvPerToken: 'DeepSeek-V3 (MLA, bf16): 61 layers × (512 + 64) × 2 B ≈ 69 KiB',
    placement: 'From one GPU (gpt-oss-120b) to 8×H200 or multi-node wide expert parallelism (DeepSeek-class).',
    notes: 'Compute per token follows active parameters; memory follows total parameters. EP + DP attention is the usual layout at scale.',
    source: SRC.deepseekV3Paper,
  },
];

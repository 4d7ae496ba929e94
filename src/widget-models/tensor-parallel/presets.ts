/**
 * Guided starting points for the tensor-parallel widget. Each title and guide promises only what
 * the model shows: tests/unit/ui/widgets/tensor-parallel/presets.test.ts holds them to it.
 */
import { findPreset } from '../presets.ts';
import { DEFAULT_SETTINGS, type TensorParallelSettings } from './settings.ts';

export type TensorParallelPresetId = 'split-8b' | 'kv-gain' | 'kv-replicated' | 'pcie' | 'across-nodes' | 'compare-dense' | 'compare-moe' | 'sandbox';

export interface TensorParallelPreset {
  readonly id: TensorParallelPresetId;
  readonly title: string;
  /** What to look at, one or two sentences. */
  readonly guide: string;
  readonly state: TensorParallelSettings;
}

const base = DEFAULT_SETTINGS;

export const TP_PRESETS: Readonly<Record<TensorParallelPresetId, TensorParallelPreset>> = {
  'split-8b': {
    id: 'split-8b',
    title: 'Llama-3.1-8B split over two GPUs',
    guide:
      'Each H100 computes 16 of the 32 query heads and 4 of the 8 KV heads, holds half of every weight matrix, and meets the other GPU in two all-reduces per layer, 64 per step. Over NVLink those take under 5 % of a 32-sequence decode step. Step the TP degree up and watch the slices shrink.',
    state: base,
  },
  'kv-gain': {
    id: 'kv-gain',
    title: 'Four GPUs hold more than four times the KV blocks',
    guide:
      'Llama-3.1-8B at TP 4: each GPU keeps a quarter of the weights and a quarter of every token’s KV, so the memory the weights free goes to KV blocks, and the pool holds more than four times the blocks of one GPU.',
    state: { ...base, tp: 4 },
  },
  'kv-replicated': {
    id: 'kv-replicated',
    title: 'When TP exceeds the KV heads, they are copied',
    guide:
      'Qwen3-30B-A3B has 32 query heads but only 4 KV heads. At TP 8 each KV head is stored on two GPUs, so going from 4 to 8 GPUs adds under 15 % more KV blocks, where going from 2 to 4 more than doubled them.',
    state: { ...base, model: 'qwen3-30b-a3b', tp: 8 },
  },
  pcie: {
    id: 'pcie',
    title: 'The same all-reduces over PCIe',
    guide:
      'Llama-3.1-70B at TP 8 decoding 64 sequences, with the GPUs joined by PCIe Gen5 instead of NVLink: the 160 all-reduces take over 40 % of the step. Switch the link back to NVLink and they take under 20 %.',
    state: { ...base, model: 'llama-3.1-70b', tp: 8, batch: 64, link: 'pcie5' },
  },
  'across-nodes': {
    id: 'across-nodes',
    title: 'Tensor parallelism across two nodes',
    guide:
      'Llama-3.1-8B at TP 8 as two nodes of four, so the ring crosses InfiniBand: communication is more than half of the step, and eight GPUs decode more slowly than two on NVLink.',
    state: { ...base, tp: 8, link: 'ib-ndr' },
  },
  'compare-dense': {
    id: 'compare-dense',
    title: 'Eight GPUs for a small model: TP or replicas?',
    guide:
      'Llama-3.1-8B on eight H100s. TP 8 gives each sequence the shortest time between tokens; eight independent replicas (data parallel) reach the most tokens per second once the KV cache is full.',
    state: { ...base, tp: 8, batch: 16 },
  },
  'compare-moe': {
    id: 'compare-moe',
    title: 'Mixtral on eight GPUs: TP, PP, replicas or experts',
    guide:
      'Mixtral-8x7B (8 experts, 2 per token) on eight H100s. TP 8 is fastest per token; expert parallelism with data-parallel attention puts one expert on each GPU and reaches the most tokens per second at full load; pipeline parallelism is the slowest per token.',
    state: { ...base, model: 'mixtral-8x7b', tp: 8, batch: 16 },
  },
  sandbox: {
    id: 'sandbox',
    title: 'Sandbox',
    guide: 'Every setting open: model, GPU, TP degree, the link between GPUs, and the step being priced.',
    state: base,
  },
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): TensorParallelPreset {
  return findPreset<TensorParallelPreset>(TP_PRESETS, id, 'sandbox', 'the tensor-parallel widget');
}

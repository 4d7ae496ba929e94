/**
 * Guided starting points, as typed data. A lesson embeds the widget with one of these ids; the
 * learner can change anything, and "Reset" comes back here. Each title and guide promises only
 * what the model shows: tests/unit/ui/widgets/lora/presets.test.ts holds them to it.
 */
import { findPreset } from '../presets.ts';
import { DEFAULT_SETTINGS, DEFAULT_VIEW, type LoraUrlState } from './settings.ts';

export type LoraPresetId = 'one-slot' | 'enough-slots' | 'cpu-thrash' | 'cpu-cache' | 'zipf' | 'high-rank' | 'sandbox';

export interface LoraPreset {
  readonly id: LoraPresetId;
  readonly title: string;
  /** What to look at, one or two sentences. */
  readonly guide: string;
  readonly state: LoraUrlState;
}

const base: LoraUrlState = { ...DEFAULT_SETTINGS, ...DEFAULT_VIEW };
const many: LoraUrlState = { ...base, adapters: 16, maxLoras: 4 };

export const LORA_PRESETS: Readonly<Record<LoraPresetId, LoraPreset>> = {
  'one-slot': {
    id: 'one-slot',
    title: 'One adapter slot: requests wait for their adapter’s turn',
    guide:
      'Four adapters share the traffic evenly, and --max-loras is 1 (vLLM’s default). Play: the batch holds one adapter at a time; waiting requests for the others are skipped step after step (in red; vLLM counts them as reason="deferred"), so most requests wait seconds for a first token while the base model answers the same traffic in tens of milliseconds.',
    state: base,
  },
  'enough-slots': {
    id: 'enough-slots',
    title: 'A slot per adapter: nobody waits for max_loras',
    guide:
      'The same four adapters with --max-loras 4: every adapter fits in the batch, no request is ever deferred, and throughput stays within a few per cent of the base model’s (the LoRA kernels’ estimated overhead).',
    state: { ...base, maxLoras: 4 },
  },
  'cpu-thrash': {
    id: 'cpu-thrash',
    title: 'Sixteen adapters, a CPU cache of four: loads from storage again and again',
    guide:
      '16 adapters, 4 GPU slots and --max-cpu-loras 4. An adapter pushed out of the CPU cache must be read from storage again the next time it is needed, so the run loads far more than 16 times (▲ marks on the timeline).',
    state: { ...many, maxCpuLoras: 4 },
  },
  'cpu-cache': {
    id: 'cpu-cache',
    title: 'The same traffic with a CPU cache for every adapter',
    guide:
      'As before, but --max-cpu-loras 16: each adapter is read from storage exactly once; after that, a slot change is a quick copy from host memory (● marks, a CPU-cache hit).',
    state: { ...many, maxCpuLoras: 16 },
  },
  zipf: {
    id: 'zipf',
    title: 'Skewed traffic: the popular adapter mostly keeps its slot',
    guide:
      '16 adapters with Zipf-distributed traffic (adapter A gets about 30 % of the requests), 4 slots and 8 CPU slots. A holds a GPU slot for most of the time requests arrive, and its requests reach a first token several times sooner on average than those of the rarely used adapters, which wait and are loaded from storage more often per request.',
    state: { ...many, skew: 'zipf-1', maxCpuLoras: 8 },
  },
  'high-rank': {
    id: 'high-rank',
    title: 'Rank 256: bigger adapters cost memory and load time',
    guide:
      '--max-lora-rank 256 with four slots: the slots reserve about 5 GB of GPU memory, taken from the KV cache, every load from storage takes an estimated 0.7 s, and the LoRA share of step time grows (all estimated, see the table).',
    state: { ...base, maxLoras: 4, rank: 256 },
  },
  sandbox: {
    id: 'sandbox',
    title: 'Sandbox',
    guide: 'Every setting open: adapter count and skew, --max-loras, --max-cpu-loras, --max-lora-rank and the arrival rate, all on the same seeded requests.',
    state: base,
  },
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): LoraPreset {
  return findPreset<LoraPreset>(LORA_PRESETS, id, 'sandbox', 'the multi-LoRA widget');
}

/**
 * Guided starting points for the widget, as typed data. A lesson embeds the widget with one of
 * these ids; the learner can change anything from there, and "reset" comes back here.
 */
import { DEFAULT_SETTINGS, DEFAULT_VIEW, type KvUrlState } from './settings.ts';
import { findPreset } from '../presets.ts';

/** Ids lessons use to embed a preset. */
export type KvPresetId = 'sandbox' | 'watch-fragmentation' | 'prefix-sharing' | 'parallel-sampling' | 'preemption' | 'stress-4096';

export interface KvPreset {
  readonly id: KvPresetId;
  readonly title: string;
  /** What to look at, one or two sentences. */
  readonly guide: string;
  readonly state: KvUrlState;
}

const base: KvUrlState = { ...DEFAULT_SETTINGS, ...DEFAULT_VIEW };

export const KV_PRESETS: Readonly<Record<KvPresetId, KvPreset>> = {
  sandbox: {
    id: 'sandbox',
    title: 'Sandbox',
    guide: 'Five requests on a 128-block pool. Play, then change anything.',
    state: base,
  },
  'watch-fragmentation': {
    id: 'watch-fragmentation',
    title: 'Watch fragmentation',
    guide:
      'Eight requests with generous max_tokens arrive over 300 ms. The contiguous allocator reserves prompt + max_tokens for each at admission; the paged one hands out 16-token blocks as tokens arrive. Compare the waste bars and how many requests each one runs at once.',
    state: {
      ...base,
      numGpuBlocks: 160,
      addedRequests: [
        [220, 600, 1, 0, 0],
        [90, 500, 1, 0, 0],
        [400, 400, 1, 0, 20],
        [130, 700, 1, 0, 60],
        [260, 500, 1, 0, 100],
        [70, 600, 1, 0, 150],
        [310, 450, 1, 0, 220],
        [150, 550, 1, 0, 300],
      ],
      seed: 3,
    },
  },
  'prefix-sharing': {
    id: 'prefix-sharing',
    title: 'Prefix sharing saves memory',
    guide:
      'Six requests start with the same 320-token system prompt. The first one computes it; the others find those blocks in the prefix cache, so the shared blocks show a reference count instead of being stored six times. Turn prefix caching off (P) to compare.',
    state: {
      ...base,
      numGpuBlocks: 200,
      systemPromptTokens: 320,
      addedRequests: [
        [120, 160, 1, 1, 0],
        [80, 140, 1, 1, 120],
        [200, 120, 1, 1, 200],
        [60, 180, 1, 1, 280],
        [150, 100, 1, 1, 360],
        [90, 150, 1, 1, 440],
      ],
    },
  },
  'parallel-sampling': {
    id: 'parallel-sampling',
    title: 'Parallel sampling shares blocks',
    guide:
      'One request asks for n = 4 samples. Its prompt is computed once, then the sequence forks: all four samples map the same physical blocks (reference count 4). The first sample to write into the shared, half-full last block gets a private copy first — copy-on-write.',
    state: {
      ...base,
      numGpuBlocks: 96,
      parallelSampling: 'fork',
      addedRequests: [
        [200, 120, 4, 0, 0],
        [90, 80, 1, 0, 30],
      ],
    },
  },
  preemption: {
    id: 'preemption',
    title: 'Out of blocks → preemption',
    guide:
      'A 40-block pool and five requests that all want long answers. vLLM admits them while their prompts fit, but decoding keeps asking for blocks; when none is free, the most recently admitted request is preempted: its blocks are freed and it recomputes later.',
    state: {
      ...base,
      numGpuBlocks: 40,
      maxModelLen: 512,
      addedRequests: [
        [100, 300, 1, 0, 0],
        [120, 300, 1, 0, 0],
        [80, 300, 1, 0, 0],
        [110, 300, 1, 0, 0],
        [90, 300, 1, 0, 0],
      ],
      seed: 2,
    },
  },
  'stress-4096': {
    id: 'stress-4096',
    title: '4,096 blocks under load',
    guide: '300 ShareGPT-like requests arriving at 40 per second on a 4,096-block pool (65,520 token slots).',
    state: { ...base, numGpuBlocks: 4096, maxModelLen: 2048, addedRequests: [], generatedRequests: 300, rate: 40, speed: 8 },
  },
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): KvPreset {
  return findPreset<KvPreset>(KV_PRESETS, id, 'sandbox', 'the KV paging widget');
}

/**
 * Guided starting points, as typed data. Each title and guide promises only what the model
 * shows: tests/unit/ui/widgets/load-test/presets.test.ts runs every preset and holds it to that.
 */
import { findPreset } from '../presets.ts';
import { DEFAULT_SETTINGS, DEFAULT_VIEW, type LoadTestUrlState } from './settings.ts';

export type LoadTestPresetId = 'one-replica' | 'chat-routing' | 'pd-long-prompts' | 'tp-vs-replicas' | 'sandbox';

export interface LoadTestPreset {
  readonly id: LoadTestPresetId;
  readonly title: string;
  /** What to look at, one or two sentences. */
  readonly guide: string;
  readonly state: LoadTestUrlState;
}

const base: LoadTestUrlState = { ...DEFAULT_SETTINGS, ...DEFAULT_VIEW };

export const LOAD_TEST_PRESETS: Readonly<Record<LoadTestPresetId, LoadTestPreset>> = {
  'one-replica': {
    id: 'one-replica',
    title: 'One replica against four: where each knee lies',
    guide:
      'Chat on Qwen2.5-32B, swept from 3 to 30 requests a second. One TP 2 replica keeps at least 90 % of requests within the objectives up to 6 requests a second, then falls off a cliff: at 12 its median TTFT is already seconds, as the queue grows. Four replicas on the same 8-GPU budget hold until 24.',
    state: { ...base, patternA: 'single-instance', patternB: 'replicated', maxQps: 30, points: 10 },
  },
  'chat-routing': {
    id: 'chat-routing',
    title: 'Round robin against prefix-aware routing on chat',
    guide:
      'Four TP 2 replicas, swept from 10 to 60 requests a second. Prefix-aware routing gives the lower TTFT p50 at every rate and moves the knee from 20 to 40 requests a second, because fewer shared system prompts and histories are prefilled again.',
    state: { ...base, patternA: 'replicated', patternB: 'caching-first', maxQps: 60, points: 6 },
  },
  'pd-long-prompts': {
    id: 'pd-long-prompts',
    title: 'Prefill/decode disaggregation on long prompts',
    guide:
      'Summarize (3,000–9,000-token documents) from 2 to 12 requests a second. Switch the chart to TPOT: with P/D it stays under 30 ms at p99 at every rate, while aggregated replicas pass the 100 ms objective once the queue builds. Switch back to TTFT: P/D is later at every rate, and both knees sit at 8 requests a second.',
    state: { ...base, patternA: 'caching-first', patternB: 'disaggregated', workload: 'summarize', maxQps: 12, points: 6 },
  },
  'tp-vs-replicas': {
    id: 'tp-vs-replicas',
    title: 'One TP 8 replica against four TP 2 replicas',
    guide:
      'Summarize on the same 8 GPUs. Alone, the TP 8 replica answers first (lower TTFT p50 at 2 requests a second), but it prefills one document at a time: its knee is at 4 requests a second, the four smaller replicas’ at 8.',
    state: { ...base, patternA: 'tensor-parallel', patternB: 'caching-first', workload: 'summarize', maxQps: 12, points: 6 },
  },
  sandbox: {
    id: 'sandbox',
    title: 'Sandbox',
    guide: 'Any two patterns, any workload, model and budget; the rates, points and seconds per rate are yours. Each point appears as soon as it is computed.',
    state: base,
  },
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): LoadTestPreset {
  return findPreset<LoadTestPreset>(LOAD_TEST_PRESETS, id, 'sandbox', 'the load-test widget');
}

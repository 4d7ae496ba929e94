/**
 * Guided starting points for the widget, as typed data. A lesson embeds the widget with one of
 * these ids; the learner can change anything from there, and "reset" comes back here. Quiz items
 * run the same presets to compute their answers.
 */
import { DEFAULT_SETTINGS, DEFAULT_VIEW, toUrlState, type BatchSettings, type BatchUrlState } from './settings.ts';
import { findPreset } from '../presets.ts';

/** Ids lessons use to embed a preset. */
export type BatchPresetId = 'sandbox' | 'late-arrivals' | 'saturated' | 'long-prompts' | 'prefill-threshold' | 'preemption' | 'priority-preemption' | 'stress-256' | 'cpu-gap' | 'async-overlap';

/** The small-model, decode-heavy scenario of the two CPU-overhead presets: 32 requests on Llama-3.2-1B,
 * whose GPU steps are short enough for 2 ms of CPU work per step to matter. */
const CPU_BOUND: Partial<BatchSettings> = {
  n: 32,
  rate: 0,
  seed: 1,
  pd: 'fixed',
  pm: 200,
  od: 'fixed',
  om: 200,
  mns: 32,
  mbt: 2048,
  kvb: 2049,
  cpu: 2000,
  hw: { ...DEFAULT_SETTINGS.hw, modelId: 'llama-3.2-1b' },
};

export interface BatchPreset {
  readonly id: BatchPresetId;
  readonly title: string;
  /** What to look at, one or two sentences. */
  readonly guide: string;
  readonly settings: BatchSettings;
  readonly state: BatchUrlState;
}

function preset(id: BatchPresetId, title: string, guide: string, patch: Partial<BatchSettings>, sp = 1, zoom = 1): BatchPreset {
  const settings = { ...DEFAULT_SETTINGS, ...patch };
  return { id, title, guide, settings, state: toUrlState(settings, { ...DEFAULT_VIEW, speed: sp, zoom }) };
}

export const BATCH_PRESETS: Readonly<Record<BatchPresetId, BatchPreset>> = {
  sandbox: preset('sandbox', 'Sandbox', '24 requests arriving at 8 per second, prompts and answers of varied length. Play, then change anything.', {}, 4),
  'late-arrivals': preset(
    'late-arrivals',
    'Late arrivals',
    'Six requests arrive over about a second and a half. Static batching starts a batch with whoever is there and makes everyone else wait until its longest member finishes; continuous batching lets each newcomer join at the next step.',
    { n: 6, rate: 4, seed: 3, pd: 'fixed', pm: 200, od: 'uniform', om: 100, mns: 8 },
  ),
  saturated: preset(
    'saturated',
    'More requests than static batching can keep up with',
    '64 requests arrive at 40 per second, with answers from a few tokens to several hundred. Continuous batching keeps up: requests queue for milliseconds. Static batching falls seconds behind, because each batch waits for its longest answer. Compare output tokens per second and the latency percentiles once both runs finish.',
    { n: 64, rate: 40, seed: 7, pm: 250, om: 180, mns: 32, mbt: 2048 },
    8,
  ),
  'long-prompts': preset(
    'long-prompts',
    'Long prompts meet running decodes',
    'Prompts average 1,500 tokens, the step budget is 512. Running requests are scheduled first (one token each while decoding); a prompt gets what is left of the budget and is prefilled in chunks over several steps.',
    { n: 16, rate: 6, seed: 5, pd: 'lognormal', pm: 1500, od: 'fixed', om: 200, mns: 16, mbt: 512, mml: 4096, kvb: 2049 },
    2,
  ),
  'prefill-threshold': preset(
    'prefill-threshold',
    'Capping one request’s share: long_prefill_token_threshold',
    'Eight long prompts arrive together; the budget is 2,048 tokens and no request may take more than 512 of them in one step, so four prompts prefill side by side. Set the threshold to 0 in Settings to see one prompt take the whole budget instead.',
    { n: 8, rate: 0, seed: 5, pd: 'lognormal', pm: 1500, od: 'fixed', om: 100, mns: 16, mbt: 2048, lpt: 512, mml: 4096, kvb: 2049 },
    2,
  ),
  preemption: preset(
    'preemption',
    'Too few KV blocks',
    'Sixteen requests arrive together on a 200-block pool. Their prompts fit, so vLLM admits them; every answer then needs more blocks as it grows, and when none is free the most recently admitted request is preempted and recomputed later.',
    { n: 16, rate: 0, seed: 2, pd: 'fixed', pm: 200, od: 'fixed', om: 400, mns: 16, mbt: 2048, kvb: 200, mml: 1024 },
    2,
    4,
  ),
  'priority-preemption': preset(
    'priority-preemption',
    'Preemption under the priority policy',
    'The same pool and lengths, arriving within a fraction of a second, each with priority 0, 1 or 2 (lower is served first). Now the victim is the running request with the largest priority value, the latest arrival breaking ties, not simply the newest.',
    { n: 16, rate: 100, seed: 1, pd: 'fixed', pm: 200, od: 'fixed', om: 400, mns: 16, mbt: 2048, kvb: 200, mml: 1024, pol: 'priority' },
    2,
    4,
  ),
  'stress-256': preset(
    'stress-256',
    '256 requests in the batch',
    '400 requests arrive at once; max_num_seqs is 256 and the budget 8,192 tokens, as a large deployment might run.',
    { n: 400, rate: 0, seed: 1, pd: 'fixed', pm: 200, od: 'fixed', om: 300, mns: 256, mbt: 8192, kvb: 20000 },
    16,
  ),
  'cpu-gap': preset(
    'cpu-gap',
    'Async scheduling off: the GPU waits for the CPU',
    'Llama-3.2-1B decodes 32 requests; each step needs an assumed 2 ms of CPU work and about 1.7 ms on the GPU. Without async scheduling the two add up, so the dotted CPU gap opens every step and the GPU idles about half the time.',
    { ...CPU_BOUND, async: false },
    2,
  ),
  'async-overlap': preset(
    'async-overlap',
    'Async scheduling on: CPU work hides behind the GPU',
    'The same run with async scheduling, vLLM’s default: the CPU prepares step n+1 while the GPU runs step n, so a step lasts max(CPU, GPU) and only the CPU time beyond the GPU time still shows as a gap.',
    { ...CPU_BOUND, async: true },
    2,
  ),
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): BatchPreset {
  return findPreset<BatchPreset>(BATCH_PRESETS, id, 'sandbox', 'the batching widget');
}

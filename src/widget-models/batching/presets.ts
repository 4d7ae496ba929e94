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
  numPrompts: 32,
  rate: 0,
  seed: 1,
  promptLengthKind: 'fixed',
  promptLength: 200,
  outputLengthKind: 'fixed',
  outputLength: 200,
  maxNumSeqs: 32,
  maxNumBatchedTokens: 2048,
  numGpuBlocks: 2049,
  cpuUsPerStep: 2000,
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
    { numPrompts: 6, rate: 4, seed: 3, promptLengthKind: 'fixed', promptLength: 200, outputLengthKind: 'uniform', outputLength: 100, maxNumSeqs: 8 },
  ),
  saturated: preset(
    'saturated',
    'More requests than static batching can keep up with',
    '64 requests arrive at 40 per second, with answers from a few tokens to several hundred. Continuous batching keeps up: requests queue for milliseconds. Static batching falls seconds behind, because each batch waits for its longest answer. Compare output tokens per second and the latency percentiles once both runs finish.',
    { numPrompts: 64, rate: 40, seed: 7, promptLength: 250, outputLength: 180, maxNumSeqs: 32, maxNumBatchedTokens: 2048 },
    8,
  ),
  'long-prompts': preset(
    'long-prompts',
    'Long prompts meet running decodes',
    'Prompts average 1,500 tokens, the step budget is 512. Running requests are scheduled first (one token each while decoding); a prompt gets what is left of the budget and is prefilled in chunks over several steps.',
    { numPrompts: 16, rate: 6, seed: 5, promptLengthKind: 'lognormal', promptLength: 1500, outputLengthKind: 'fixed', outputLength: 200, maxNumSeqs: 16, maxNumBatchedTokens: 512, maxModelLen: 4096, numGpuBlocks: 2049 },
    2,
  ),
  'prefill-threshold': preset(
    'prefill-threshold',
    'Capping one request’s share: long_prefill_token_threshold',
    'Eight long prompts arrive together; the budget is 2,048 tokens and no request may take more than 512 of them in one step, so four prompts prefill side by side. Set the threshold to 0 in Settings to see one prompt take the whole budget instead.',
    { numPrompts: 8, rate: 0, seed: 5, promptLengthKind: 'lognormal', promptLength: 1500, outputLengthKind: 'fixed', outputLength: 100, maxNumSeqs: 16, maxNumBatchedTokens: 2048, longPrefillTokenThreshold: 512, maxModelLen: 4096, numGpuBlocks: 2049 },
    2,
  ),
  preemption: preset(
    'preemption',
    'Too few KV blocks',
    'Sixteen requests arrive together on a 200-block pool. Their prompts fit, so vLLM admits them; every answer then needs more blocks as it grows, and when none is free the most recently admitted request is preempted and recomputed later.',
    { numPrompts: 16, rate: 0, seed: 2, promptLengthKind: 'fixed', promptLength: 200, outputLengthKind: 'fixed', outputLength: 400, maxNumSeqs: 16, maxNumBatchedTokens: 2048, numGpuBlocks: 200, maxModelLen: 1024 },
    2,
    4,
  ),
  'priority-preemption': preset(
    'priority-preemption',
    'Preemption under the priority policy',
    'The same pool and lengths, arriving within a fraction of a second, each with priority 0, 1 or 2 (lower is served first). Now the victim is the running request with the largest priority value, the latest arrival breaking ties, not simply the newest.',
    { numPrompts: 16, rate: 100, seed: 1, promptLengthKind: 'fixed', promptLength: 200, outputLengthKind: 'fixed', outputLength: 400, maxNumSeqs: 16, maxNumBatchedTokens: 2048, numGpuBlocks: 200, maxModelLen: 1024, schedulingPolicy: 'priority' },
    2,
    4,
  ),
  'stress-256': preset(
    'stress-256',
    '256 requests in the batch',
    '400 requests arrive at once; max_num_seqs is 256 and the budget 8,192 tokens, as a large deployment might run.',
    { numPrompts: 400, rate: 0, seed: 1, promptLengthKind: 'fixed', promptLength: 200, outputLengthKind: 'fixed', outputLength: 300, maxNumSeqs: 256, maxNumBatchedTokens: 8192, numGpuBlocks: 20000 },
    16,
  ),
  'cpu-gap': preset(
    'cpu-gap',
    'Async scheduling off: the GPU waits for the CPU',
    'Llama-3.2-1B decodes 32 requests; each step needs an assumed 2 ms of CPU work and about 1.7 ms on the GPU. Without async scheduling the two add up, so the dotted CPU gap opens every step and the GPU idles about half the time.',
    { ...CPU_BOUND, asyncScheduling: false },
    2,
  ),
  'async-overlap': preset(
    'async-overlap',
    'Async scheduling on: CPU work hides behind the GPU',
    'The same run with async scheduling, vLLM’s default: the CPU prepares step n+1 while the GPU runs step n, so a step lasts max(CPU, GPU) and only the CPU time beyond the GPU time still shows as a gap.',
    { ...CPU_BOUND, asyncScheduling: true },
    2,
  ),
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): BatchPreset {
  return findPreset<BatchPreset>(BATCH_PRESETS, id, 'sandbox', 'the batching widget');
}

/**
 * Guided starting points, as typed data. A lesson embeds the widget with one of these ids; the
 * learner can change anything, and "Reset" comes back here. Each title and guide promises only
 * what the model shows: tests/unit/ui/widgets/spec-decoding/presets.test.ts holds them to it.
 */
import { findPreset } from '../presets.ts';
import { DEFAULT_SETTINGS, DEFAULT_VIEW, defaultAccPercent, type SpecUrlState } from './settings.ts';

export type SpecPresetId = 'one-request' | 'full-batch' | 'too-many-drafts' | 'ngram' | 'position-decay' | 'sandbox';

export interface SpecPreset {
  readonly id: SpecPresetId;
  readonly title: string;
  /** What to look at, one or two sentences. */
  readonly guide: string;
  readonly state: SpecUrlState;
}

const base: SpecUrlState = { ...DEFAULT_SETTINGS, ...DEFAULT_VIEW };

export const SPEC_PRESETS: Readonly<Record<SpecPresetId, SpecPreset>> = {
  'one-request': {
    id: 'one-request',
    title: 'One request at a time: EAGLE-3 drafts three tokens a step',
    guide:
      'Batch size 1 on an H100, k = 3, each draft accepted with probability 0.8. Play: every step the target verifies the three drafts in one pass, keeps the accepted prefix and adds one token of its own. The mean acceptance length settles near (1 − 0.8⁴) ÷ (1 − 0.8) ≈ 2.95 tokens a step, and the run finishes more than twice as fast as without the drafter.',
    state: base,
  },
  'full-batch': {
    id: 'full-batch',
    title: '256 requests at once: verification is no longer free',
    guide:
      'The same drafter and acceptance with 256 requests in every step. The drafts still save as many steps (about 2.6× fewer), but a step that verifies 4 tokens for each of 256 requests is compute-bound and costs more than twice a plain decode step, so the end-to-end gain shrinks to under 1.15×. The batch-size chart shows where it falls.',
    state: { ...base, batchSize: 256 },
  },
  'too-many-drafts': {
    id: 'too-many-drafts',
    title: 'A draft model with k = 8: more drafts, less speed',
    guide:
      'Llama 3.2 1B drafting for Llama 3.1 8B at acceptance 0.7, one request. Each of the k draft passes costs about 15 % of a target step, while the eighth draft is rarely reached. The k chart peaks at a small k; k = 8 is more than 10 % slower than the best k.',
    state: { ...base, method: 'draft_model', acceptancePercent: 70, k: 8 },
  },
  ngram: {
    id: 'ngram',
    title: 'N-gram lookup: drafts that cost nothing to make',
    guide:
      'Prompt lookup proposes drafts from earlier text on the CPU, so the drafter adds no GPU time and a step costs what a plain decode step costs. It finds a match in only some steps (those steps decode one token), and its drafts are accepted less often: the gain is modest, between 1.3× and 1.8×.',
    state: { ...base, method: 'ngram', acceptancePercent: defaultAccPercent('ngram') },
  },
  'position-decay': {
    id: 'position-decay',
    title: 'Later draft positions are accepted less often',
    guide:
      'Each draft position’s conditional acceptance is 80 % of the one before (0.9, 0.72, 0.58, …), as real drafters behave. vLLM’s per-position counters fall with the position, and k = 6 is slower than k = 4: the last drafts are mostly rejected but still cost draft passes.',
    state: { ...base, acceptancePercent: 90, decay: 80, k: 6 },
  },
  sandbox: {
    id: 'sandbox',
    title: 'Sandbox',
    guide: 'Every setting open: the drafter, k, its acceptance, the batch size and the GPU. The charts compare the same requests with and without the drafter.',
    state: base,
  },
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): SpecPreset {
  return findPreset<SpecPreset>(SPEC_PRESETS, id, 'sandbox', 'the speculative-decoding widget');
}

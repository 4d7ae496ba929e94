/**
 * `--speculative-config`: defaults, checks vLLM makes at start-up, and the acceptance profiles
 * the model draws accepted prefixes from.
 */
import type { SpeculativeConfig, SpeculativeConfigInput, SpeculativeMethod } from '../types.ts';

export const SPECULATIVE_METHODS: readonly SpeculativeMethod[] = ['ngram', 'draft_model', 'eagle', 'eagle3', 'mtp'];

/** EAGLE-style drafters run on the target's hidden states (`SpeculativeConfig.use_eagle()`). */
export function usesEagle(method: SpeculativeMethod): boolean {
  return method === 'eagle' || method === 'eagle3' || method === 'mtp';
}

/**
 * Default i.i.d. acceptance per method when a scenario gives none. These are assumptions of
 * this model, not measurements: set `acceptanceRate` from a real run's
 * `spec_decode_num_accepted_tokens_per_pos` to model a specific deployment.
 */
export const DEFAULT_ACCEPTANCE: Readonly<Record<SpeculativeMethod, number>> = {
  ngram: 0.5,
  draft_model: 0.7,
  eagle: 0.7,
  eagle3: 0.8,
  mtp: 0.8,
};

/** A published acceptance figure, with where it comes from. */
export interface PublishedAcceptance {
  readonly method: SpeculativeMethod | 'suffix';
  readonly task: string;
  readonly numSpeculativeTokens: number;
  /** Draft acceptance rate (accepted ÷ drafted). */
  readonly acceptanceRate: number;
  /** vLLM's mean acceptance length, 1 + accepted ÷ drafts. */
  readonly meanAcceptanceLength: number;
  readonly source: string;
}

/** Acceptance figures published for vLLM runs, each labelled with its source. */
export const PUBLISHED_ACCEPTANCE: readonly PublishedAcceptance[] = [
  {
    method: 'suffix',
    task: 'MT-Bench',
    numSpeculativeTokens: 1,
    acceptanceRate: 0.62,
    meanAcceptanceLength: 1.62,
    source: 'vLLM PR #24852 (suffix decoding), benchmark log',
  },
];

/** vLLM's n-gram lookup defaults (`prompt_lookup_min` = `prompt_lookup_max` = 5 when unset). */
const NGRAM_LOOKUP_DEFAULT = 5;

/** Llama-3.1-8B, the default cost model's target. */
const DEFAULT_TARGET_PARAMS_B = 8;

function rate(name: string, x: number): number {
  if (!(x >= 0 && x <= 1)) throw new Error(`engine.speculative.${name}: must be between 0 and 1, got ${x}`);
  return x;
}

/**
 * Fills defaults and refuses what vLLM (or physics) would refuse.
 * @throws Error naming the field, e.g. k < 1 or a drafter larger than the target
 */
export function resolveSpeculativeConfig(input: SpeculativeConfigInput | SpeculativeConfig): SpeculativeConfig {
  if ('acceptanceRates' in input) input = { ...input, acceptanceRate: input.acceptanceRates, ...(input.method === 'draft_model' ? {} : { draftParamsB: undefined }) };
  const method = input.method;
  if (!SPECULATIVE_METHODS.includes(method)) {
    throw new Error(`engine.speculative.method: must be one of ${SPECULATIVE_METHODS.join(', ')}, got ${String(method)}`);
  }
  const k = input.numSpeculativeTokens;
  if (!Number.isInteger(k) || k < 1) throw new Error(`engine.speculative.numSpeculativeTokens: must be an integer ≥ 1, got ${k}`);
  const given = input.acceptanceRate ?? DEFAULT_ACCEPTANCE[method];
  let rates: number[];
  if (typeof given === 'number') rates = Array.from({ length: k }, () => rate('acceptanceRate', given));
  else {
    if (given.length !== k) {
      throw new Error(`engine.speculative.acceptanceRate: a list needs one rate per draft position (${k}), got ${given.length}`);
    }
    rates = given.map((x) => rate('acceptanceRate', x));
  }
  const targetParamsB = input.targetParamsB ?? DEFAULT_TARGET_PARAMS_B;
  if (!(targetParamsB > 0)) throw new Error(`engine.speculative.targetParamsB: must be > 0, got ${targetParamsB}`);
  let draftParamsB = 0;
  if (method === 'draft_model') {
    if (input.draftParamsB === undefined) throw new Error('engine.speculative.draftParamsB: is required for method "draft_model"');
    draftParamsB = input.draftParamsB;
    if (!(draftParamsB > 0)) throw new Error(`engine.speculative.draftParamsB: must be > 0, got ${draftParamsB}`);
    if (draftParamsB >= targetParamsB) {
      throw new Error(`engine.speculative.draftParamsB: the drafter (${draftParamsB}B) must be smaller than the target model (${targetParamsB}B)`);
    }
  } else if (input.draftParamsB !== undefined) {
    throw new Error(`engine.speculative.draftParamsB: only for method "draft_model" (got method "${method}")`);
  }
  const min = input.promptLookupMin ?? input.promptLookupMax ?? NGRAM_LOOKUP_DEFAULT;
  const max = input.promptLookupMax ?? Math.max(min, NGRAM_LOOKUP_DEFAULT);
  if (!Number.isInteger(min) || min < 1) throw new Error(`engine.speculative.promptLookupMin: must be an integer ≥ 1, got ${min}`);
  if (!Number.isInteger(max) || max < min) throw new Error(`engine.speculative.promptLookupMax: must be an integer ≥ promptLookupMin (${min}), got ${max}`);
  const ngramMatchRate = rate('ngramMatchRate', input.ngramMatchRate ?? (method === 'ngram' ? 0.6 : 1));
  return { method, numSpeculativeTokens: k, acceptanceRates: rates, draftParamsB, targetParamsB, promptLookupMin: min, promptLookupMax: max, ngramMatchRate };
}

/**
 * `max_num_new_slots_for_drafting`: budget slots each request needs for drafting. 0 for
 * EAGLE/EAGLE-3/MTP and n-gram (serial, no change), 1 for a draft model (issue #50708).
 */
export function numNewSlotsForDrafting(spec: SpeculativeConfig | null): number {
  return spec?.method === 'draft_model' ? 1 : 0;
}

/**
 * `num_lookahead_tokens`: KV slots reserved past the scheduled tokens so the drafter can write
 * its drafts' KV: k for drafters that run a model on the GPU (EAGLE, MTP, draft model), 0 for
 * n-gram, whose drafts are plain token ids.
 */
export function numLookaheadTokens(spec: SpeculativeConfig | null): number {
  if (!spec || spec.method === 'ngram') return 0;
  return spec.numSpeculativeTokens;
}

/** Expected tokens per verification step with i.i.d. acceptance α and k drafts
 * (Leviathan et al. Eq. 1): (1 − α^(k+1)) / (1 − α). */
export function expectedTokensPerStep(alpha: number, k: number): number {
  if (alpha >= 1) return k + 1;
  return (1 - alpha ** (k + 1)) / (1 - alpha);
}

/** Expected tokens per verification step for conditional per-position rates. */
export function expectedTokensPerStepRates(rates: readonly number[]): number {
  let survive = 1;
  let sum = 1;
  for (const r of rates) {
    survive *= r;
    sum += survive;
  }
  return sum;
}

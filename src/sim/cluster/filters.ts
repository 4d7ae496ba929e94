/**
 * Built-in filters (llm-d-router v0.10 `pkg/epp/framework/plugins/scheduling/filter/*`).
 */
import type { Filter, FilterDefinition } from './plugins.ts';
import type { EndpointView, PodRole } from './types.ts';

const SRC = 'llm-d-router v0.10 pkg/epp/framework/plugins/scheduling/filter/';

const DECODE_ROLES: ReadonlySet<PodRole> = new Set(['decode', 'prefill-decode']);
const PREFILL_ROLES: ReadonlySet<PodRole> = new Set(['prefill', 'prefill-decode']);

/** `decode-filter`: keeps pods labelled decode or prefill-decode (and unlabelled ones). */
export const decodeFilter: FilterDefinition = {
  type: 'decode-filter',
  label: 'Decode pods',
  summary: 'keeps pods whose llm-d.ai/role is decode or prefill-decode',
  source: `${SRC}bylabel/roles.go`,
  create: () => ({ filter: (_req, cands) => cands.filter((c) => DECODE_ROLES.has(c.role)) }),
};

/** `prefill-filter`: keeps pods labelled prefill or prefill-decode. */
export const prefillFilter: FilterDefinition = {
  type: 'prefill-filter',
  label: 'Prefill pods',
  summary: 'keeps pods whose llm-d.ai/role is prefill or prefill-decode',
  source: `${SRC}bylabel/roles.go`,
  create: () => ({ filter: (_req, cands) => cands.filter((c) => PREFILL_ROLES.has(c.role)) }),
};

/** Defaults of `prefix-cache-affinity-filter` in llm-d-router v0.10. */
export const AFFINITY_DEFAULTS = {
  affinityThreshold: 0.8,
  explorationProbability: 0,
  maxTTFTPenaltyMs: 18_000,
  /** Tokens per second one pod prefills (Qwen3-32B, 2×H100 TP=2, chunk 8192). */
  peakPrefillThroughput: 15_928,
} as const;

/** Options of the affinity filter (llm-d-router v0.10 names). */
export type AffinityOptions = { -readonly [K in keyof typeof AFFINITY_DEFAULTS]: number };

/**
 * The affinity filter's logic with explicit options (the registry's definition uses the
 * defaults). Estimated TTFT of a pod = in-flight uncached tokens ÷ peakPrefillThroughput.
 */
export function affinityFilter(o: AffinityOptions = AFFINITY_DEFAULTS): Filter {
  const ttftMs = (c: EndpointView) => (c.inflightTokens / o.peakPrefillThroughput) * 1000;
  return {
    filter(_req, cands, rng) {
      if (cands.length <= 1 || o.affinityThreshold <= 0) return cands;
      if (o.explorationProbability > 0 && rng.float() < o.explorationProbability) return cands;
      const sticky: EndpointView[] = [];
      let bestSticky = Infinity;
      let bestOther = Infinity;
      for (const c of cands) {
        const ratio = c.prefixTotalBlocks > 0 ? c.prefixMatchBlocks / c.prefixTotalBlocks : 0;
        if (ratio >= o.affinityThreshold) {
          sticky.push(c);
          bestSticky = Math.min(bestSticky, ttftMs(c));
        } else bestOther = Math.min(bestOther, ttftMs(c));
      }
      if (sticky.length === 0) return cands;
      if (o.maxTTFTPenaltyMs > 0 && bestOther < Infinity && bestSticky - bestOther > o.maxTTFTPenaltyMs) return cands;
      return sticky;
    },
  };
}

/**
 * `prefix-cache-affinity-filter` ("sticky until saturated"): keep only pods whose prefix match
 * ratio is ≥ 0.8, unless none qualifies, or the best sticky pod's estimated wait (in-flight
 * uncached tokens ÷ peak prefill rate) exceeds the best other pod's by more than 18 s.
 */
export const prefixCacheAffinityFilter: FilterDefinition = {
  type: 'prefix-cache-affinity-filter',
  label: 'Prefix affinity',
  summary: 'keeps pods matching ≥ 80 % of the prompt unless they are > 18 s of prefill work behind the others',
  source: `${SRC}prefixcacheaffinity/plugin.go`,
  create: () => affinityFilter(),
};

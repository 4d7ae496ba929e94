/**
 * Built-in scorers, with the formulas of llm-d-router v0.10 (`pkg/epp/framework/plugins/
 * scheduling/scorer/*`). Every score is in [0, 1]; the profile multiplies it by the scorer's
 * weight and sums, without dividing by the sum of weights.
 */
import { groupDigits } from '../core/groupDigits.ts';
import type { ScorerDefinition } from './plugins.ts';

const SRC = 'llm-d-router v0.10 pkg/epp/framework/plugins/scheduling/scorer/';

/** `queue-scorer`: min-max normalised waiting queue, 1 for the shortest; all equal → 1. */
export const queueScorer: ScorerDefinition = {
  type: 'queue-scorer',
  label: 'Queue',
  formula: '(maxQ − q) / (maxQ − minQ) over the candidates, q = vllm:num_requests_waiting; all equal → 1',
  source: `${SRC}queuedepth/queue.go`,
  create: () => ({
    score(_req, cands, out) {
      let min = Infinity;
      let max = -Infinity;
      for (const c of cands) {
        min = Math.min(min, c.waitingQueueSize);
        max = Math.max(max, c.waitingQueueSize);
      }
      for (let i = 0; i < cands.length; i++) {
        out[i] = max === min ? 1 : (max - (cands[i]?.waitingQueueSize ?? 0)) / (max - min);
      }
    },
  }),
};

/** `kv-cache-utilization-scorer`: 1 − KV usage. */
export const kvCacheUtilizationScorer: ScorerDefinition = {
  type: 'kv-cache-utilization-scorer',
  label: 'KV util.',
  formula: '1 − vllm:kv_cache_usage_perc',
  source: `${SRC}kvcacheutilization/kvcache_utilization.go`,
  create: () => ({
    score(_req, cands, out) {
      for (let i = 0; i < cands.length; i++) out[i] = 1 - (cands[i]?.kvCacheUsage ?? 0);
    },
  }),
};

/** `prefix-cache-scorer`: matched ÷ total prompt blocks, from the approximate index. */
export const prefixCacheScorer: ScorerDefinition = {
  type: 'prefix-cache-scorer',
  label: 'Prefix',
  formula: 'matched blocks ÷ prompt blocks (approximate index, longest prefix); 0 if no blocks',
  source: `${SRC}prefix/plugin.go`,
  create: () => ({
    score(_req, cands, out) {
      for (let i = 0; i < cands.length; i++) {
        const c = cands[i];
        out[i] = c && c.prefixTotalBlocks > 0 ? c.prefixMatchBlocks / c.prefixTotalBlocks : 0;
      }
    },
  }),
};

/** `load-aware-scorer`'s default `threshold` (QueueThresholdDefault): the queue length where it reaches 0. */
export const LOAD_AWARE_THRESHOLD = 128;

/**
 * `load-aware-scorer`'s formula: an empty queue scores 0.5, falling linearly to 0 at `threshold`
 * waiting requests. A threshold ≤ 0 falls back to 128, as `NewLoadAware` does.
 */
export function loadAwareScore(waiting: number, threshold = LOAD_AWARE_THRESHOLD): number {
  const t = threshold > 0 ? threshold : LOAD_AWARE_THRESHOLD;
  return waiting === 0 ? 0.5 : 0.5 * (1 - Math.min(waiting, t) / t);
}

/** `load-aware-scorer`: empty queue 0.5, falling linearly to 0 at `threshold` (128) waiting. */
export const loadAwareScorer: ScorerDefinition = {
  type: 'load-aware-scorer',
  label: 'Load',
  formula: `q = 0 → 0.5; else 0.5 × (1 − min(q, T) / T), q = waiting requests, T = threshold (${LOAD_AWARE_THRESHOLD})`,
  source: `${SRC}loadaware/load_aware.go`,
  defaults: { threshold: LOAD_AWARE_THRESHOLD },
  create: (_n, params) => {
    const t = params?.threshold ?? LOAD_AWARE_THRESHOLD;
    return {
      score(_req, cands, out) {
        for (let i = 0; i < cands.length; i++) out[i] = loadAwareScore(cands[i]?.waitingQueueSize ?? 0, t);
      },
    };
  },
};

/** `session-affinity-scorer`: 1 for the pod that served the session's previous response. */
export const sessionAffinityScorer: ScorerDefinition = {
  type: 'session-affinity-scorer',
  label: 'Session',
  formula: '1 for the pod named by the x-session-token header (set on the previous response), else 0',
  source: `${SRC}sessionaffinity/session_affinity.go`,
  create: () => {
    const lastPod = new Map<string, number>();
    return {
      score(req, cands, out) {
        const pod = req.session === undefined ? undefined : lastPod.get(req.session);
        for (let i = 0; i < cands.length; i++) out[i] = pod !== undefined && cands[i]?.pod === pod ? 1 : 0;
      },
      responseComplete(req, pod) {
        if (req.session !== undefined) lastPod.set(req.session, pod);
      },
    };
  },
};

/** `active-request-scorer` parameters (llm-d names). */
export interface ActiveRequestParams {
  /** In-flight requests at or below which a pod counts as idle and scores 1 (default 0). */
  readonly idleThreshold: number;
  /** The most a busy pod can score (default 1). */
  readonly maxBusyScore: number;
}

/** Defaults of `active-request-scorer` (`NewActiveRequest`). */
export const ACTIVE_REQUEST_DEFAULTS: ActiveRequestParams = { idleThreshold: 0, maxBusyScore: 1 };

/**
 * `active-request-scorer`'s formula: c ≤ idleThreshold → 1, else (maxC − c) / maxC × maxBusyScore.
 * Invalid values fall back as in `NewActiveRequest` (negative idleThreshold → 0; maxBusyScore
 * outside [0, 1] → 1). `maxBusyScore` 0 with threshold 0 is llm-d's "binary" mode (idle or not).
 * @param counts in-flight requests per candidate
 */
export function activeRequestScores(counts: ArrayLike<number>, out: Float64Array, p: Partial<ActiveRequestParams> = {}): void {
  const idle = p.idleThreshold !== undefined && p.idleThreshold >= 0 ? p.idleThreshold : 0;
  const busy = p.maxBusyScore !== undefined && p.maxBusyScore >= 0 && p.maxBusyScore <= 1 ? p.maxBusyScore : 1;
  let max = 0;
  for (let i = 0; i < counts.length; i++) max = Math.max(max, counts[i] as number);
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    out[i] = c <= idle ? 1 : ((max - c) / max) * busy;
  }
}

/** `active-request-scorer`: idle pods 1, busier pods proportionally less (EPP-local in-flight counts). */
export const activeRequestScorer: ScorerDefinition = {
  type: 'active-request-scorer',
  label: 'Active req.',
  formula: 'c ≤ idleThreshold → 1; else (maxC − c) / maxC × maxBusyScore, c = in-flight requests (EPP-local)',
  source: `${SRC}activerequest/active_request.go`,
  defaults: { ...ACTIVE_REQUEST_DEFAULTS },
  create: (_n, params) => {
    const counts: number[] = [];
    return {
      score(_req, cands, out) {
        counts.length = cands.length;
        for (let i = 0; i < cands.length; i++) counts[i] = cands[i]?.inflightRequests ?? 0;
        activeRequestScores(counts, out, params ?? {});
      },
    };
  },
};

/** `token-load-scorer` queue threshold: 4,194,304 in-flight tokens. */
export const TOKEN_LOAD_THRESHOLD = 4_194_304;

/** `token-load-scorer`: 1 − in-flight uncached prompt tokens ÷ 4,194,304. */
export const tokenLoadScorer: ScorerDefinition = {
  type: 'token-load-scorer',
  label: 'Token load',
  formula: `1 − min(1, in-flight uncached tokens ÷ ${groupDigits(TOKEN_LOAD_THRESHOLD)})`,
  source: `${SRC}tokenload/`,
  create: () => ({
    score(_req, cands, out) {
      for (let i = 0; i < cands.length; i++) out[i] = 1 - Math.min(1, (cands[i]?.inflightTokens ?? 0) / TOKEN_LOAD_THRESHOLD);
    },
  }),
};

/**
 * `no-hit-lru-scorer`: when no candidate has a prefix hit, spread cold requests — pods never
 * used for a cold request first, then the least recently used; with any hit, 0.5 for all.
 */
export const noHitLruScorer: ScorerDefinition = {
  type: 'no-hit-lru-scorer',
  label: 'No-hit LRU',
  formula: 'any hit → 0.5 for all; else never-used pods 1 − i/(N−1), then used pods 1 − (neverUsed + lruPos)/(N−1)',
  source: `${SRC}nohitlru/no_hit_lru.go`,
  create: () => {
    // Pods used for cold requests, least recently used first.
    const lru: number[] = [];
    return {
      score(_req, cands, out) {
        const n = cands.length;
        if (cands.some((c) => c.prefixMatchBlocks > 0)) {
          out.fill(0.5, 0, n);
          return;
        }
        if (n === 1) {
          out[0] = 1;
          return;
        }
        let neverUsed = 0;
        for (let i = 0; i < n; i++) {
          if (!lru.includes(cands[i]?.pod ?? -1)) out[i] = 1 - neverUsed++ / (n - 1);
        }
        let pos = 0;
        for (const pod of lru) {
          const i = cands.findIndex((c) => c.pod === pod);
          if (i < 0) continue;
          out[i] = Math.max(0, 1 - (neverUsed + pos++) / (n - 1));
        }
      },
      preRequest(_req, picked, cold) {
        if (!cold) return;
        const at = lru.indexOf(picked.pod);
        if (at >= 0) lru.splice(at, 1);
        lru.push(picked.pod);
      },
    };
  },
};

/**
 * Router policies, pinned to llm-d-router v0.10.0 (2026-08-17; the version KServe v0.20 ships
 * as its managed scheduler). Weights and sources: docs/cluster-model.md.
 */
import type { PdDeciderConfig, RouterConfig, ScorerType, SchedulerProfileConfig, WeightedScorer } from './types.ts';

export type RouterPresetId =
  | 'llm-d-default'
  | 'optimized-baseline'
  | 'kserve-managed'
  | 'prefix-only'
  | 'load-only'
  | 'session-affinity'
  | 'round-robin'
  | 'random';

export interface RouterPreset {
  readonly id: RouterPresetId;
  readonly label: string;
  readonly summary: string;
  /** Where the configuration comes from. */
  readonly source: string;
  /** The scheduler profile, or null for a plain Kubernetes Service. */
  readonly profile: SchedulerProfileConfig | null;
  readonly service?: 'round-robin' | 'random';
}

const w = (type: ScorerType, weight: number): WeightedScorer => ({ type, weight });
const profile = (scorers: WeightedScorer[], filters: SchedulerProfileConfig['filters'] = []): SchedulerProfileConfig => ({ filters, scorers, picker: 'max-score-picker' });

export const ROUTER_PRESETS: readonly RouterPreset[] = [
  {
    id: 'llm-d-default',
    label: 'llm-d default (prefix 3, queue 2, KV 2)',
    summary: 'The Endpoint Picker’s built-in profile when no config is given: queue-scorer ×2, kv-cache-utilization-scorer ×2, prefix-cache-scorer ×3, max-score-picker.',
    source: 'llm-d-router v0.10 pkg/epp/config/loader/defaults.go',
    profile: profile([w('prefix-cache-scorer', 3), w('queue-scorer', 2), w('kv-cache-utilization-scorer', 2)]),
  },
  {
    id: 'optimized-baseline',
    label: 'Sticky until saturated (affinity filter + token load)',
    summary: 'llm-d’s optimized-baseline guide (Aug 2026): prefix-cache-affinity-filter keeps pods matching ≥ 80 % of the prompt, token-load-scorer picks the least loaded of them.',
    source: 'llm-d guides/optimized-baseline/router/optimized-baseline.values.yaml',
    profile: profile([w('token-load-scorer', 1)], ['prefix-cache-affinity-filter']),
  },
  {
    id: 'kserve-managed',
    label: 'KServe managed scheduler (adds no-hit LRU ×2)',
    summary: 'KServe LLMInferenceService’s default profile: prefix ×3, queue ×2, KV ×2, no-hit-lru ×2 (llm-d’s earlier “legacy blend”).',
    source: 'kserve pkg/controller/v1alpha2/llmisvc/scheduler.go',
    profile: profile([w('prefix-cache-scorer', 3), w('queue-scorer', 2), w('kv-cache-utilization-scorer', 2), w('no-hit-lru-scorer', 2)]),
  },
  {
    id: 'prefix-only',
    label: 'Prefix only',
    summary: 'prefix-cache-scorer alone: every request chases its cache, however loaded that pod is.',
    source: 'an ablation, as in llm-d’s “prefix-only vs prefix + load” comparison',
    profile: profile([w('prefix-cache-scorer', 1)]),
  },
  {
    id: 'load-only',
    label: 'Load only (queue 2, KV 2)',
    summary: 'queue-scorer and kv-cache-utilization-scorer without the prefix scorer: load-aware but cache-blind.',
    source: 'an ablation of the default profile',
    profile: profile([w('queue-scorer', 2), w('kv-cache-utilization-scorer', 2)]),
  },
  {
    id: 'session-affinity',
    label: 'Session affinity + active requests',
    summary: 'llm-d-router’s payload-agnostic config: session-affinity-scorer ×1 and active-request-scorer ×1 — it never reads the prompt.',
    source: 'llm-d-router config/charts/routerlib/templates/_config.yaml (payload-agnostic)',
    profile: profile([w('session-affinity-scorer', 1), w('active-request-scorer', 1)]),
  },
  {
    id: 'round-robin',
    label: 'Round robin (Kubernetes Service)',
    summary: 'A plain Service with kube-proxy in IPVS round-robin mode: pod after pod, blind to caches and load.',
    source: 'Kubernetes Service, kube-proxy IPVS rr',
    profile: null,
    service: 'round-robin',
  },
  {
    id: 'random',
    label: 'Random (Kubernetes Service)',
    summary: 'A plain Service with kube-proxy in iptables mode: a random pod for every connection.',
    source: 'Kubernetes Service, kube-proxy iptables',
    profile: null,
    service: 'random',
  },
];

/** Looks a preset up. @throws Error for an unknown id */
export function routerPreset(id: RouterPresetId): RouterPreset {
  const p = ROUTER_PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown router preset "${id}"`);
  return p;
}

/**
 * The RouterConfig of a preset.
 * @param weights optional scorer weights replacing the preset's (scorers at 0 are dropped)
 * @param pd the P/D decider, for a pool with prefill pods
 */
export function routerConfig(id: RouterPresetId, weights?: Partial<Record<ScorerType, number>>, pd?: PdDeciderConfig): RouterConfig {
  const p = routerPreset(id);
  if (!p.profile) return { kind: 'service', mode: p.service ?? 'round-robin' };
  let scorers = p.profile.scorers;
  if (weights) {
    const types = new Set<ScorerType>([...scorers.map((s) => s.type), ...(Object.keys(weights) as ScorerType[])]);
    scorers = [...types].map((type) => ({ type, weight: weights[type] ?? scorers.find((s) => s.type === type)?.weight ?? 0 })).filter((s) => s.weight > 0);
  }
  return { kind: 'epp', profile: { ...p.profile, scorers }, ...(pd ? { pd } : {}) };
}

/**
 * Guided starting points, as typed data. Lessons embed the widget with one of these ids; the
 * learner can change anything, and "reset" comes back here.
 */
import { DEFAULT_SETTINGS, DEFAULT_VIEW, type RoutingUrlState } from './settings.ts';
import { findPreset } from '../presets.ts';

export type RoutingPresetId = 'gateway' | 'prefix-only' | 'sticky' | 'pd' | 'pd-decider' | 'tiers' | 'sandbox';

export interface RoutingPreset {
  readonly id: RoutingPresetId;
  readonly title: string;
  /** What to look at, one or two sentences. */
  readonly guide: string;
  readonly state: RoutingUrlState;
}

const base: RoutingUrlState = { ...DEFAULT_SETTINGS, ...DEFAULT_VIEW };

export const ROUTING_PRESETS: Readonly<Record<RoutingPresetId, RoutingPreset>> = {
  gateway: {
    id: 'gateway',
    title: 'Prefix-aware routing vs round robin',
    guide:
      '150 tenants, each with a 6,000-token system prompt, send 10 requests a second to 8 replicas. A is the llm-d Endpoint Picker with its default weights; B is a plain Kubernetes Service (round robin). Play, then compare the cached-prefix chips on the pods and the TTFT row below.',
    state: base,
  },
  'prefix-only': {
    id: 'prefix-only',
    title: 'Prefix only vs prefix + load',
    guide: 'Six busy tenants, 16 requests a second, 8 replicas. A scores only the prefix match; B is the default blend with the queue and KV-usage scorers. Watch the queues: chasing the cache alone piles each tenant onto the pod that served it first, and some pods never get work.',
    state: { ...base, routerA: 'prefix-only', routerB: 'llm-d-default', groups: 6, rate: 16 },
  },
  sticky: {
    id: 'sticky',
    title: 'The “sticky until saturated” baseline against the earlier blend',
    guide: 'A is llm-d’s current optimized baseline (prefix-affinity filter, then token load); B is the earlier default blend. Both keep tenants on their pods; compare how they spread load. At this load no pod falls the 18 s of prefill work behind that would make the filter let a tenant go.',
    state: { ...base, routerA: 'optimized-baseline', routerB: 'llm-d-default' },
  },
  pd: {
    id: 'pd',
    title: 'Aggregated vs prefill/decode disaggregation',
    guide:
      'Random 5,000-token prompts with 250-token answers on 8 replicas. A runs prefill and decode on every pod; B splits them into 3 prefill and 5 decode pods with KV transfers over InfiniBand. Compare TPOT and TTFT below.',
    state: { ...base, workload: 'long-prompt', rate: 8, routerA: 'llm-d-default', routerB: 'llm-d-default', topologyA: 'agg', topologyB: 'pd', prefillPods: 3 },
  },
  'pd-decider': {
    id: 'pd-decider',
    title: 'When to disaggregate: the prefix-based decider',
    guide:
      'Shared-prefix traffic on 3 prefill + 5 decode pods. A disaggregates every request; B asks prefix-based-pd-decider, which prefills locally on the decode pod when fewer than 2,048 prompt tokens are uncached there.',
    state: { ...base, groups: 40, rate: 8, routerA: 'llm-d-default', routerB: 'llm-d-default', topologyA: 'pd', topologyB: 'pd', prefillPods: 3, deciderA: 'always', deciderB: 'prefix' },
  },
  tiers: {
    id: 'tiers',
    title: 'HBM only vs HBM + CPU + shared storage',
    guide:
      'Three replicas, 150 tenants: their system prompts (900,000 tokens) do not fit in HBM beside the requests’ own KV (each replica holds about 313,000 tokens). A has only HBM; B offloads evicted blocks to 100 GB of CPU memory per replica and then to shared storage, and loads them back instead of recomputing.',
    state: { ...base, replicas: 3, rate: 4, durationS: 150, routerA: 'llm-d-default', routerB: 'llm-d-default', tiersA: 'hbm', tiersB: 'cpu-storage' },
  },
  sandbox: {
    id: 'sandbox',
    title: 'Sandbox',
    guide: 'The gateway comparison with every setting open: change the workload, the routers, the weights, the topology and the tiers.',
    state: base,
  },
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): RoutingPreset {
  return findPreset<RoutingPreset>(ROUTING_PRESETS, id, 'sandbox', 'the routing widget');
}

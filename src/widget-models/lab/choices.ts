/**
 * The Lab's choices as plain literals, imported by nothing heavy: the `/lab` route validates its
 * URL with them in the app's entry chunk, which must not pull in the simulator. A unit test
 * (tests/unit/content/lab-choices.test.ts) checks each list against the simulator's own.
 */

export const PATTERN_ID_LIST = ['single-instance', 'replicated', 'autoscaling-pool', 'disaggregated', 'tensor-parallel', 'hybrid-multi-tier', 'federation', 'caching-first'] as const;
export const WORKLOAD_ID_LIST = ['chat', 'rag', 'summarize', 'diurnal', 'bursty'] as const;
export const MODEL_ID_LIST = ['llama-3.2-1b', 'mistral-7b-v0.3', 'llama-3.1-8b', 'qwen2.5-32b', 'mixtral-8x7b', 'llama-3.1-70b'] as const;
export const GPU_ID_LIST = ['h100-sxm-80gb', 'h200-141gb', 'a100-sxm-80gb', 'l40s-48gb', 'mi300x-192gb'] as const;
export const CHALLENGE_ID_LIST = ['chat-fewest-gpus', 'pd-summarize-at-load', 'tiered-rag', 'diurnal-gpu-hours', 'tp-70b-fast-tokens', 'federation-outage', 'fix-one-giant-replica', 'bursty-cheapest'] as const;

/** Router profiles an llm-d Endpoint Picker can run (the Lab's choice for llm-d-routed patterns). */
export const EPP_ROUTERS = ['llm-d-default', 'optimized-baseline', 'kserve-managed', 'prefix-only', 'load-only', 'session-affinity'] as const;
/** How a plain Kubernetes Service spreads connections. */
export const SERVICE_ROUTERS = ['round-robin', 'random'] as const;

/** KV tiers of the hybrid pattern below GPU memory. */
export const TIER_CHOICES = ['cpu-storage', 'cpu'] as const;

/** Seconds of arrivals the Lab simulates (requests in flight then finish). */
export const DURATIONS_S = [120, 300, 600] as const;

export const QPS_RANGE = { min: 0.5, max: 60, step: 0.5 } as const;
export const GPUS_RANGE = { min: 1, max: 64 } as const;
export const REGION_CHOICES = [2, 3, 4] as const;
export const RTT_CHOICES_MS = [20, 70, 150] as const;

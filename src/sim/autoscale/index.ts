/**
 * Autoscaling: the Knative Pod Autoscaler's decider (faithful to knative-v1.23.0), its
 * defaults, and the decider-case replay used by `npm run sim -- kpa`. See
 * docs/autoscaler-model.md and docs/kpa-cli.md.
 */
export * from './types.ts';
export { KpaDecider, INVALID_SCALE_RESULT, TICK_INTERVAL_S } from './kpaDecider.ts';
export { MaxWindow, MaxTimeWindow } from './maxTimeWindow.ts';
export { KNATIVE_VERSION, KNATIVE_DEFAULTS, resolveMetricTarget, panicWindowS, deciderSpecFrom } from './knativeDefaults.ts';
export { parseKpaCase, runKpaCase, type ParseResult } from './kpaCase.ts';
export { TimedBuckets } from './timedBuckets.ts';
export { trafficRate, generateArrivals } from './traffic.ts';
export { STORAGE_PROFILES, COLD_START_DEFAULTS, storageProfileFor, coldStartPhases, type StorageProfile, type NodeCache } from './coldStart.ts';
export { podCapacity, type PodCapacity } from './podCapacity.ts';
export { POD_DEFAULTS, resolveAutoscaleConfig } from './config.ts';
export type { ScalingPolicy, PolicyFactory } from './policies/policy.ts';
export { BUILTIN_POLICIES, createPolicy } from './policies/registry.ts';
export { KpaPolicy, validateKpaSettings } from './policies/kpaPolicy.ts';
export { HpaPolicy, KedaPolicy, DEFAULT_SCRAPE_INTERVAL_S, KEDA_DEFAULT_POLLING_S } from './policies/hpaPolicy.ts';
export { HPA_DEFAULTS, HpaController, podsMetricReplicas, externalPerPodReplicas } from './policies/hpaController.ts';
export { simulateAutoscaling } from './simulate.ts';
export { compareAutoscalers } from './compare.ts';

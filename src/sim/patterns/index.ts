/**
 * Public API of the serving patterns: eight architectures as runnable configurations of the
 * cluster model, five workloads with SLOs, and anti-patterns. See docs/patterns-cli.md.
 */
export * from './types.ts';
export { MODEL_NOTES, PATTERNS, patternDefinition, prefillShare, runPattern, type PatternDefinition } from './catalog.ts';
export { generatePatternWorkload, workloadDefinition, WORKLOADS, type WorkloadDefinition } from './workloads.ts';
export { ANTI_PATTERNS, antiPattern, ETHERNET_100G, INFINIBAND_NDR, type AntiPatternDefinition, type AntiPatternId, type AntiPatternResult, type AntiPatternSide } from './antiPatterns.ts';
export { concurrencyTarget, runAutoscalingPool, type AutoscalingOptions } from './autoscalingPool.ts';
export { FEDERATION_DEFAULTS, runFederation, type FederationOptions } from './federation.ts';
export { buildReport } from './report.ts';
export { checkReplicas, runStaticPool, type StaticPoolOptions } from './staticPool.ts';
export { coldStartS, largestTp, minimalTp, replicaAt, TP_DEGREES } from './sizing.ts';
export { capacitySearch, contextFor, DEFAULT_DURATION_S, MIN_FULL_SEQUENCES, planCapacity, replicaMemory, tpForContext, type CapacityPlan, type CapacityQuery, type CapacityTrial, type ReplicaMemory } from './capacity.ts';

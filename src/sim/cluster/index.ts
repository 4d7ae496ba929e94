/**
 * Public API of the cluster model: replicas behind an llm-d Router. See docs/cluster-model.md.
 */
export { BlockHasher, blockKey } from './blockHashes.ts';
export { ClusterSim, podName, type ClusterRunOptions } from './cluster.ts';
export { clusterConfig, DEFAULT_CLUSTER, METRICS_REFRESH_US } from './config.ts';
export { DEFAULT_DEPLOYMENT, resolveDeployment, type ResolvedDeployment } from './deployment.ts';
export { AFFINITY_DEFAULTS, decodeFilter, prefillFilter, prefixCacheAffinityFilter } from './filters.ts';
export { computeClusterMetrics, type ClusterMetrics, type PodSummary } from './metrics.ts';
export { decidePd, deciderThreshold, kvTransferUs, linkById, LINKS } from './pd.ts';
export { DEFAULT_MAX_NUM_OF_ENDPOINTS, maxScorePicker, maxScoreTopK, randomPicker, randomTopK } from './pickers.ts';
export type { Filter, FilterDefinition, Picker, PickerDefinition, Scorer, ScorerDefinition } from './plugins.ts';
export { Pod, type PodStats, type ReqState } from './pod.ts';
export { PodKvCache } from './podKvCache.ts';
export { ApproxPrefixIndex, MAX_INDEXED_PODS, MAX_PREFIX_TOKENS_TO_MATCH, MIN_BLOCK_SIZE_TOKENS, PREFIX_INDEX_DEFAULTS, resolvePrefixIndex, type PodCacheInfo, type ResolvedPrefixIndex } from './prefixIndex.ts';
export { BUILTIN_FILTERS, BUILTIN_PICKERS, BUILTIN_REGISTRY, BUILTIN_SCORERS, createPluginRegistry, type PluginRegistry } from './registry.ts';
export { Router, type RouteResult } from './router.ts';
export { ROUTER_PRESETS, routerConfig, routerPreset, type RouterPreset, type RouterPresetId } from './routerPresets.ts';
export * from './scorers.ts';
export { createStepCost, decodeAttentionFromStats, type StepCost, type StepLoad } from './stepCost.ts';
export { CPU_TIER, STORAGE_TIER, TIER_PRESETS, tierBlocks, tierLoadUs, type TierPresetId } from './tiers.ts';
export { MAX_TIMELINE_FRAMES, runClusterTimeline, startClusterTimeline, type ClusterTimeline, type Frame, type PodFrame, type RequestTrack, type TimelineJob } from './timeline.ts';
export * from './types.ts';
export { generateClusterWorkload, WORKLOAD_PRESETS, workloadPreset, type PrefixGroup, type Workload, type WorkloadParams, type WorkloadPresetId, type WorkloadPreset } from './workloads.ts';

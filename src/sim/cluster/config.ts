/**
 * Cluster defaults: eight replicas of the llm-d benchmark's 32B/2×H100 pod behind the llm-d
 * default profile, scraped every 50 ms, KV transfers over InfiniBand NDR, no offload tiers.
 */
import { DEFAULT_DEPLOYMENT } from './deployment.ts';
import { linkById } from './pd.ts';
import { PREFIX_INDEX_DEFAULTS } from './prefixIndex.ts';
import { routerConfig } from './routerPresets.ts';
import type { ClusterConfig } from './types.ts';

/** llm-d-router's metrics refresh interval (`RefreshMetricsInterval`, 50 ms). */
export const METRICS_REFRESH_US = 50_000;

export const DEFAULT_CLUSTER: ClusterConfig = {
  seed: 1,
  deployment: DEFAULT_DEPLOYMENT,
  pods: 8,
  prefillPods: 0,
  router: routerConfig('llm-d-default'),
  link: linkById('ib-ndr'),
  tiers: {},
  metricsRefreshUs: METRICS_REFRESH_US,
  prefixIndex: PREFIX_INDEX_DEFAULTS,
};

/** Defaults with some fields replaced. */
export function clusterConfig(patch: Partial<ClusterConfig> = {}): ClusterConfig {
  return { ...DEFAULT_CLUSTER, ...patch };
}

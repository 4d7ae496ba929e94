/**
 * Cluster routing (issue 7): llm-d's headline result in this model — prefix-aware routing vs a
 * round-robin Kubernetes Service on a multi-tenant shared-prefix workload — and how fast the
 * model simulates a 16-replica cluster for an hour.
 *
 * Replicas: the llm-d benchmark's pod (32B model, 2×H100, TP=2). Workload: 150 tenants with
 * 6,000-token system prompts, ~1,200-token questions, ~1,000-token answers (llm-d's
 * shared-prefix benchmark shape), Poisson at 10 req/s for 10 minutes on 8 replicas.
 */
import { ClusterSim } from '../../src/sim/cluster/cluster.ts';
import { clusterConfig } from '../../src/sim/cluster/config.ts';
import { resolveDeployment } from '../../src/sim/cluster/deployment.ts';
import { routerConfig } from '../../src/sim/cluster/routerPresets.ts';
import { generateClusterWorkload } from '../../src/sim/cluster/workloads.ts';
import type { BenchResult } from './types.ts';

const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;

export async function run(): Promise<BenchResult[]> {
  resolveDeployment(); // builds the step-cost tables once, outside the timings
  const wl = generateClusterWorkload({ preset: 'multi-tenant', rate: 10, durationS: 600, groups: 150 }, 1);
  const prefix = new ClusterSim(clusterConfig({ pods: 8, router: routerConfig('llm-d-default') }), wl.requests).run().metrics();
  const rr = new ClusterSim(clusterConfig({ pods: 8, router: routerConfig('round-robin') }), wl.requests).run().metrics();

  // Speed: 16 replicas, one simulated hour at 20 req/s (≈ 72,000 requests), same workload shape.
  const big = generateClusterWorkload({ preset: 'multi-tenant', rate: 20, durationS: 3600, groups: 150 }, 2);
  const t0 = performance.now();
  const sim = new ClusterSim(clusterConfig({ pods: 16, router: routerConfig('llm-d-default') }), big.requests).run();
  const wall = (performance.now() - t0) / 1000;
  const done = sim.metrics().finished;
  if (done !== big.requests.length) throw new Error(`simulated ${done} of ${big.requests.length} requests`);

  return [
    { key: 'routing_prefix_vs_rr_ttft_p90_ratio', value: round(prefix.ttft.p90 / rr.ttft.p90, 4), unit: '×', target: '≪ 1 (llm-d: p90 TTFT 0.9 s vs 154 s at rate 60)' },
    { key: 'routing_prefix_hit_rate', value: round(prefix.prefixCacheHitRate), unit: 'fraction', target: 'high (≈ 6,000 of ~7,200 prompt tokens shared)' },
    { key: 'routing_rr_hit_rate', value: round(rr.prefixCacheHitRate), unit: 'fraction', target: 'low' },
    { key: 'sim_cluster_16x1h_s', value: round(wall, 2), unit: 's', target: '< 10' },
  ];
}

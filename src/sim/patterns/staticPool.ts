/**
 * A fixed pool of replicas on the cluster model: the runner behind single-instance, replicated,
 * caching-first, tensor-parallel, hybrid-multi-tier and disaggregated.
 */
import { ClusterSim } from '../cluster/cluster.ts';
import { clusterConfig } from '../cluster/config.ts';
import { MAX_INDEXED_PODS } from '../cluster/prefixIndex.ts';
import type { DeploymentConfig, RouterConfig, TiersConfig } from '../cluster/types.ts';
import { cacheOf, endOfRunS, outcomesOf } from './report.ts';
import { replicaAt } from './sizing.ts';
import type { PatternRun, PatternRunInput, PatternWorkload } from './types.ts';

/** How the pool is built. */
export interface StaticPoolOptions {
  readonly tp: number;
  readonly replicas: number;
  readonly router: RouterConfig;
  /** Of `replicas`, how many are prefill pods (0 = aggregated). */
  readonly prefillPods?: number;
  readonly tiers?: TiersConfig;
  /** vLLM flags or interconnect replaced for this pattern. */
  readonly deployment?: Partial<DeploymentConfig>;
  readonly extras?: Readonly<Record<string, number | string>>;
  readonly notes?: readonly string[];
}

/**
 * Checks a replica count against the GPU budget and the model's limits.
 * @throws Error explaining what to change
 */
export function checkReplicas(input: PatternRunInput, tp: number, replicas: number, least = 1): void {
  if (replicas < least) {
    throw new Error(`--gpus ${input.gpus} gives ${replicas} replica(s) of TP ${tp} for ${input.modelId}; this pattern needs at least ${least} (use --gpus ${least * tp} or more)`);
  }
  if (replicas > MAX_INDEXED_PODS) throw new Error(`${replicas} replicas: the model runs at most ${MAX_INDEXED_PODS} per pool (use --gpus ${MAX_INDEXED_PODS * tp} or fewer)`);
}

/** Runs the workload on a fixed pool to completion. */
export function runStaticPool(input: PatternRunInput, wl: PatternWorkload, o: StaticPoolOptions): PatternRun & { readonly sim: ClusterSim } {
  const d = replicaAt(input.modelId, input.gpuId, o.tp, o.deployment);
  const sim = new ClusterSim(
    clusterConfig({ seed: input.seed, deployment: d, pods: o.replicas, prefillPods: o.prefillPods ?? 0, router: o.router, tiers: o.tiers ?? {} }),
    wl.requests,
  ).run();
  const outcomes = outcomesOf(sim);
  const runS = endOfRunS(outcomes, input.durationS);
  return {
    sim,
    outcomes,
    cache: cacheOf([sim]),
    gpuSeconds: o.replicas * o.tp * runS,
    runS,
    tp: o.tp,
    replicas: o.replicas,
    meanReplicas: o.replicas,
    extras: { kv_cache_tokens_per_replica: d.kvCacheTokens, ...o.extras },
    notes: o.notes ?? [],
  };
}

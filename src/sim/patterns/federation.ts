/**
 * Federation: the GPU budget split over regions, each a pool behind its own llm-d Router, and a
 * global router in front (GIE's multi-cluster InferencePools proposal; a GSLB in practice).
 * Clients are spread evenly over the regions; a conversation goes to its home region unless that
 * region is saturated (spill-over) or down (failover), and then pays the inter-region round trip
 * on its first token and on the end of every response.
 */
import { ClusterSim } from '../cluster/cluster.ts';
import { clusterConfig } from '../cluster/config.ts';
import { routerConfig } from '../cluster/routerPresets.ts';
import type { ClusterRequestSpec } from '../cluster/types.ts';
import { cacheOf, outcomesOf } from './report.ts';
import { checkReplicas } from './staticPool.ts';
import { replicaAt } from './sizing.ts';
import type { PatternRun, PatternRunInput, PatternWorkload, RequestOutcome } from './types.ts';

/** Federation settings. */
export interface FederationOptions {
  readonly tp: number;
  readonly regions: number;
  /** Round trip between regions, ms (us-east ↔ us-west is ~60–70 ms). */
  readonly rttMs: number;
  /** Spill a new conversation when its home region has at least this many waiting requests per replica. */
  readonly spillWaitingPerReplica: number;
  /** Region 0 goes down at this time (its requests in flight are lost); null = never. */
  readonly failRegion0AtS: number | null;
}

export const FEDERATION_DEFAULTS: Omit<FederationOptions, 'tp'> = { regions: 2, rttMs: 70, spillWaitingPerReplica: 4, failRegion0AtS: null };

/** Runs the workload on `regions` pools behind a global router. */
export function runFederation(input: PatternRunInput, wl: PatternWorkload, opts: FederationOptions): PatternRun {
  const { tp, regions } = opts;
  const total = Math.floor(input.gpus / tp);
  checkReplicas(input, tp, total, regions);
  const d = replicaAt(input.modelId, input.gpuId, tp);
  const sizes = Array.from({ length: regions }, (_, r) => Math.floor(total / regions) + (r < total % regions ? 1 : 0));
  const sims = sizes.map((pods, r) => new ClusterSim(clusterConfig({ seed: input.seed + r, deployment: d, pods, router: routerConfig('llm-d-default') }), []));
  // Conversations: each first turn with its follow-ups.
  const chains = new Map<string, ClusterRequestSpec[]>();
  const rootOf = new Map<string, string>();
  const roots: ClusterRequestSpec[] = [];
  for (const s of wl.requests) {
    if (!s.after) {
      roots.push(s);
      chains.set(s.id, [s]);
      rootOf.set(s.id, s.id);
    } else {
      const root = rootOf.get(s.after.id) ?? s.after.id;
      rootOf.set(s.id, root);
      chains.get(root)?.push(s);
    }
  }
  roots.sort((a, b) => a.arrivalUs - b.arrivalUs);
  const rttUs = opts.rttMs * 1000;
  const failUs = opts.failRegion0AtS === null ? Infinity : opts.failRegion0AtS * 1e6;
  const remote = new Set<string>();
  const submitted = new Array<number>(regions).fill(0);
  let spilled = 0;
  let failedOver = 0;
  const waitingPerReplica = (r: number) => (sims[r] as ClusterSim).pods.reduce((s, p) => s + p.numWaiting, 0) / (sizes[r] as number);
  roots.forEach((root, c) => {
    const t = root.arrivalUs;
    for (let r = 0; r < regions; r++) if (!(r === 0 && t >= failUs)) (sims[r] as ClusterSim).runUntil(Math.min(t, r === 0 ? failUs : Infinity));
    const home = c % regions;
    const up = (r: number) => !(r === 0 && t >= failUs);
    let region = home;
    if (!up(home)) {
      region = [...Array(regions).keys()].filter(up).sort((a, b) => waitingPerReplica(a) - waitingPerReplica(b))[0] as number;
      failedOver++;
    } else if (waitingPerReplica(home) >= opts.spillWaitingPerReplica) {
      const best = [...Array(regions).keys()].filter((r) => r !== home && up(r)).sort((a, b) => waitingPerReplica(a) - waitingPerReplica(b))[0];
      if (best !== undefined && waitingPerReplica(best) < waitingPerReplica(home)) {
        region = best;
        spilled++;
      }
    }
    const chain = chains.get(root.id) ?? [root];
    for (const s of chain) {
      (sims[region] as ClusterSim).submit(s);
      if (region !== home) remote.add(s.id);
    }
    submitted[region] = (submitted[region] as number) + chain.length;
  });
  const outcomes: RequestOutcome[] = [];
  let gpuSeconds = 0;
  let end = input.durationS;
  sims.forEach((sim, r) => {
    if (r === 0 && failUs < Infinity) sim.runUntil(failUs);
    else sim.run();
    const extra = (id: string) => (remote.has(id) ? rttUs : 0);
    const got = outcomesOf(sim, extra).map((o) => (o.finishUs > failUs && r === 0 ? { ...o, failed: true } : o));
    // Follow-up turns that never arrived in a failed region are lost as well.
    for (let k = got.length; k < (submitted[r] as number); k++) got.push({ arrivalUs: failUs, firstTokenUs: -1, finishUs: -1, outputTokens: 0, extraUs: 0, failed: true });
    outcomes.push(...got);
    for (const o of got) if (!o.failed) end = Math.max(end, o.finishUs / 1e6);
  });
  sims.forEach((_, r) => {
    gpuSeconds += (sizes[r] as number) * tp * (r === 0 && failUs < Infinity ? Math.min(end, failUs / 1e6) : end);
  });
  return {
    outcomes,
    cache: cacheOf(sims),
    gpuSeconds,
    runS: end,
    tp,
    replicas: total,
    meanReplicas: total,
    extras: { regions, replicas_per_region: sizes.join('+'), inter_region_rtt_ms: opts.rttMs, spilled_conversations: spilled, failed_over_conversations: failedOver },
    notes: [
      `${regions} regions, clients spread evenly; a conversation stays in one region; spill-over when the home region has ≥ ${opts.spillWaitingPerReplica} waiting requests per replica and another has fewer`,
      `served away from home: + ${opts.rttMs} ms round trip on TTFT and end-to-end latency (streaming ITL unchanged)`,
      opts.failRegion0AtS === null ? 'no region fails in this run' : `region 0 fails at ${opts.failRegion0AtS} s: its requests in flight are lost, its clients fail over`,
    ],
  };
}

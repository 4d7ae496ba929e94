/**
 * Compute-then-play for the routing widget: runs a cluster in slices and samples what the pod
 * cards show (queue, running, KV usage, which shared prefixes each pod holds) at a fixed frame
 * interval, plus every request's path and routing decision.
 */
import { BlockHasher } from './blockHashes.ts';
import { ClusterSim } from './cluster.ts';
import type { ClusterMetrics } from './metrics.ts';
import type { ClusterConfig, PrefillSource, RoutingDecision } from './types.ts';
import type { Workload } from './workloads.ts';

/** One pod at one frame. */
export interface PodFrame {
  readonly waiting: number;
  readonly running: number;
  readonly kvCacheUsage: number;
  /** Shared prefixes in this pod's HBM: group id → 2 whole prefix, 1 only its start. */
  readonly groups: readonly (readonly [number, 1 | 2])[];
  /** Hashed blocks in HBM (in use or cached). */
  readonly cachedBlocks: number;
  /** Blocks in the pod's CPU tier (0 without one). */
  readonly cpuBlocks: number;
}

export interface Frame {
  readonly timeUs: number;
  readonly pods: readonly PodFrame[];
  /** Requests that have arrived / finished by now. */
  readonly arrived: number;
  readonly finished: number;
}

/** A request's path through the cluster. */
export interface RequestTrack {
  readonly id: string;
  readonly index: number;
  readonly group: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  readonly arrivalUs: number;
  readonly pod: number;
  readonly prefillPod: number;
  firstTokenUs: number;
  finishUs: number;
  admittedUs: number;
  source: PrefillSource | null;
  transferUs: number;
}

export interface ClusterTimeline {
  readonly config: ClusterConfig;
  readonly workload: Workload;
  readonly podNames: readonly string[];
  readonly podRoles: readonly ClusterSim['pods'][number]['role'][];
  readonly frameUs: number;
  readonly frames: Frame[];
  readonly tracks: RequestTrack[];
  /** Routing decision per track (same index). */
  readonly decisions: RoutingDecision[];
  /** Filled in when the run is over. */
  metrics: ClusterMetrics | null;
  done: boolean;
  /** True when the frame cap cut the run short. */
  truncated: boolean;
  readonly deploymentLabel: string;
  readonly kvCacheTokens: number;
}

/** A timeline being computed. */
export interface TimelineJob {
  readonly timeline: ClusterTimeline;
  /** Computes for about `budgetMs`; @returns true when finished */
  advance(budgetMs: number): boolean;
}

/** Most frames kept (a safety cap; presets stay far below it). */
export const MAX_TIMELINE_FRAMES = 4000;

/**
 * Starts computing a timeline.
 * @param frameUs simulated time between frames
 * @example const job = startClusterTimeline(cfg, wl, 250_000); while (!job.advance(10));
 */
export function startClusterTimeline(config: ClusterConfig, workload: Workload, frameUs: number, now: () => number = () => performance.now()): TimelineJob {
  const sim = new ClusterSim(config, workload.requests, { record: true });
  const hasher = new BlockHasher(sim.deployment.blockSize);
  const groupKeys = workload.groups.map((g) => {
    const keys = hasher.keys(g.prefix, g.prefix.length);
    return { id: g.id, first: keys[0] ?? -1, last: keys[keys.length - 1] ?? -1 };
  });
  const timeline: ClusterTimeline = {
    config,
    workload,
    podNames: sim.pods.map((p) => p.name),
    podRoles: sim.pods.map((p) => p.role),
    frameUs,
    frames: [],
    tracks: [],
    decisions: [],
    metrics: null,
    done: false,
    truncated: false,
    deploymentLabel: sim.deployment.label,
    kvCacheTokens: sim.deployment.kvCacheTokens,
  };
  const byId = new Map<string, RequestTrack>();
  let eventsSeen = 0;
  let finished = 0;
  const absorb = (): void => {
    const ev = sim.events;
    for (; eventsSeen < ev.length; eventsSeen++) {
      const e = ev[eventsSeen];
      if (!e) continue;
      switch (e.type) {
        case 'routed': {
          const d = e.decision;
          const r = sim.requests[timeline.tracks.length];
          const t: RequestTrack = {
            id: d.req,
            index: timeline.tracks.length,
            group: r?.group ?? -1,
            promptTokens: r?.promptTokens ?? 0,
            outputTokens: r?.outputTokens ?? 0,
            arrivalUs: e.timeUs,
            pod: d.pod,
            prefillPod: d.prefillPod ?? -1,
            firstTokenUs: -1,
            finishUs: -1,
            admittedUs: -1,
            source: null,
            transferUs: 0,
          };
          timeline.tracks.push(t);
          timeline.decisions.push(d);
          byId.set(d.req, t);
          break;
        }
        case 'admitted': {
          const t = byId.get(e.req);
          if (t && e.source) t.source = e.source;
          if (t && t.admittedUs < 0) t.admittedUs = e.timeUs;
          break;
        }
        case 'kvTransfer': {
          const t = byId.get(e.req);
          if (t) t.transferUs = e.durationUs;
          break;
        }
        case 'firstToken': {
          const t = byId.get(e.req);
          if (t) t.firstTokenUs = e.timeUs;
          break;
        }
        case 'finished': {
          const t = byId.get(e.req);
          if (t) t.finishUs = e.timeUs;
          finished++;
          break;
        }
        default:
          break;
      }
    }
  };
  const snapshot = (timeUs: number): Frame => ({
    timeUs,
    arrived: timeline.tracks.length,
    finished,
    pods: sim.pods.map((p) => {
      const groups: [number, 1 | 2][] = [];
      for (const g of groupKeys) {
        if (g.first < 0 || !p.cache.has(g.first)) continue;
        groups.push([g.id, p.cache.has(g.last) ? 2 : 1]);
      }
      return { waiting: p.numWaiting, running: p.numRunning, kvCacheUsage: p.kvCacheUsage, groups, cachedBlocks: p.cache.cachedBlocks, cpuBlocks: p.cpu?.lru.size ?? 0 };
    }),
  });
  let nextFrameUs = 0;
  return {
    timeline,
    advance(budgetMs: number): boolean {
      if (timeline.done) return true;
      const until = now() + budgetMs;
      do {
        sim.runUntil(nextFrameUs);
        absorb();
        timeline.frames.push(snapshot(nextFrameUs));
        nextFrameUs += frameUs;
        if (sim.done) {
          timeline.done = true;
        } else if (timeline.frames.length >= MAX_TIMELINE_FRAMES) {
          timeline.done = true;
          timeline.truncated = true;
        }
        if (timeline.done) {
          timeline.metrics = sim.metrics();
          return true;
        }
      } while (now() < until);
      return false;
    },
  };
}

/** Runs a timeline to the end in one go (tests, the CLI). */
export function runClusterTimeline(config: ClusterConfig, workload: Workload, frameUs: number): ClusterTimeline {
  const job = startClusterTimeline(config, workload, frameUs);
  while (!job.advance(1000));
  return job.timeline;
}

/**
 * One workload through the cluster model twice (the chosen router and the other one, same
 * seed), then one request followed from arrival to last token. Every time shown comes from
 * the run's request tracks: arrival at the router, admission to a step, first token, finish.
 */
import {
  clusterConfig,
  generateClusterWorkload,
  routerConfig,
  startClusterTimeline,
  type ClusterTimeline,
  type RequestTrack,
  type TimelineJob,
} from '../../sim/cluster/index.ts';
import type { ModelJob } from '../model.ts';
import { ARRIVAL_WINDOW_S, PODS, type Policy, type RequestPathSettings, TRACE_AT } from './settings.ts';

/** Where the traced request is on its way. */
export type Stage = 'client' | 'gateway' | 'picker' | 'queue' | 'prefill' | 'decode' | 'done';
export const STAGES: readonly Stage[] = ['client', 'gateway', 'picker', 'queue', 'prefill', 'decode', 'done'];

/** One pod's row of the Endpoint Picker's score table (raw scores 0–1, weighted total). */
export interface ScoreLine {
  readonly pod: number;
  readonly name: string;
  readonly prefix: number;
  readonly queue: number;
  readonly kv: number;
  readonly total: number;
}

/** The traced request under one router, in microseconds from its arrival at the gateway. */
export interface TracedRequest {
  readonly id: string;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** Tenant (shared prefix) it belongs to, −1 for none. */
  readonly group: number;
  readonly pod: number;
  readonly podName: string;
  /** Prompt tokens found in the chosen pod's prefix cache (HBM) when it was admitted. */
  readonly cachedTokens: number;
  readonly arrivalUs: number;
  readonly queueUs: number;
  readonly prefillUs: number;
  readonly decodeUs: number;
  /** = queue + prefill (the model has no gateway or picker time). */
  readonly ttftUs: number;
  /** = TTFT + decode. */
  readonly e2eUs: number;
  /** Mean time per output token after the first: decode ÷ (output tokens − 1). */
  readonly tpotUs: number;
  /** The Endpoint Picker's score table (empty under round robin). */
  readonly scores: readonly ScoreLine[];
  readonly tie: boolean;
  /** Requests in flight on the chosen pod when it arrived (routed there earlier, not finished). */
  readonly aheadOnPod: number;
}

/** Medians over every request of one run. */
export interface RunSummary {
  readonly policy: Policy;
  readonly requests: number;
  readonly ttftP50Us: number;
  readonly queueP50Us: number;
  readonly prefillP50Us: number;
  readonly tpotP50Us: number;
  /** Prompt tokens found in HBM ÷ prompt tokens looked up. */
  readonly hitRate: number;
}

/** One animation frame: where the request is and how much of its latency has elapsed. */
export interface PathFrame {
  readonly stage: Stage;
  /** Microseconds since arrival at the gateway (capped at end-to-end). */
  readonly atUs: number;
  /** Output tokens the client has received. */
  readonly tokens: number;
}

export interface RequestPathSim {
  /** The chosen router's view of the traced request, or null until computed. */
  readonly traced: TracedRequest | null;
  /** The same request under the other router. */
  readonly other: TracedRequest | null;
  readonly runs: readonly RunSummary[];
  readonly frames: readonly PathFrame[];
  readonly deploymentLabel: string;
  readonly error: string | null;
}

export const EMPTY_SIM: RequestPathSim = { traced: null, other: null, runs: [], frames: [], deploymentLabel: '', error: null };

/** Frames each stage gets in the animation (decode gets the most: the tokens stream). */
export const STAGE_FRAMES: Readonly<Record<Stage, number>> = { client: 3, gateway: 3, picker: 5, queue: 6, prefill: 8, decode: 30, done: 5 };

const otherPolicy = (p: Policy): Policy => (p === 'prefix' ? 'rr' : 'prefix');

function configOf(s: RequestPathSettings, policy: Policy) {
  return clusterConfig({ seed: s.seed, pods: PODS, router: routerConfig(policy === 'prefix' ? 'llm-d-default' : 'round-robin') });
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? (v[m] as number) : ((v[m - 1] as number) + (v[m] as number)) / 2;
};

const finishedTracks = (t: ClusterTimeline) => t.tracks.filter((r) => r.finishUs >= 0 && r.firstTokenUs >= 0 && r.admittedUs >= 0);

export function summarise(t: ClusterTimeline, policy: Policy): RunSummary {
  const done = finishedTracks(t);
  return {
    policy,
    requests: t.tracks.length,
    ttftP50Us: median(done.map((r) => r.firstTokenUs - r.arrivalUs)),
    queueP50Us: median(done.map((r) => r.admittedUs - r.arrivalUs)),
    prefillP50Us: median(done.map((r) => r.firstTokenUs - r.admittedUs)),
    tpotP50Us: median(done.filter((r) => r.outputTokens > 1).map((r) => (r.finishUs - r.firstTokenUs) / (r.outputTokens - 1))),
    hitRate: t.metrics?.prefixCacheHitRate ?? NaN,
  };
}

/** The request the widget follows: the first to arrive after `TRACE_AT` of the arrival window. */
export function tracedIndex(t: ClusterTimeline): number {
  const at = ARRIVAL_WINDOW_S * 1e6 * TRACE_AT;
  const i = t.tracks.findIndex((r) => r.arrivalUs >= at);
  return i >= 0 ? i : Math.max(0, t.tracks.length - 1);
}

export function traceOf(t: ClusterTimeline, id: string): TracedRequest | null {
  const track: RequestTrack | undefined = t.tracks.find((r) => r.id === id);
  if (!track || track.finishUs < 0 || track.firstTokenUs < 0 || track.admittedUs < 0) return null;
  const d = t.decisions[track.index];
  const prof = d?.profiles[0];
  const col = (type: string) => prof?.scorers.findIndex((x) => x.type === type) ?? -1;
  const [ip, iq, ik] = [col('prefix-cache-scorer'), col('queue-scorer'), col('kv-cache-utilization-scorer')];
  const scores: ScoreLine[] = (prof?.rows ?? []).map((row) => ({
    pod: row.pod,
    name: t.podNames[row.pod] ?? `pod ${row.pod}`,
    prefix: ip >= 0 ? (row.raw[ip] ?? 0) : 0,
    queue: iq >= 0 ? (row.raw[iq] ?? 0) : 0,
    kv: ik >= 0 ? (row.raw[ik] ?? 0) : 0,
    total: row.total,
  }));
  const queueUs = track.admittedUs - track.arrivalUs;
  const prefillUs = track.firstTokenUs - track.admittedUs;
  const decodeUs = track.finishUs - track.firstTokenUs;
  const aheadOnPod = t.tracks.filter((r) => r.index < track.index && r.pod === track.pod && (r.finishUs < 0 || r.finishUs > track.arrivalUs)).length;
  return {
    id: track.id,
    promptTokens: track.promptTokens,
    outputTokens: track.outputTokens,
    group: track.group,
    pod: track.pod,
    podName: t.podNames[track.pod] ?? `pod ${track.pod}`,
    cachedTokens: track.source?.hbmTokens ?? 0,
    arrivalUs: track.arrivalUs,
    queueUs,
    prefillUs,
    decodeUs,
    ttftUs: queueUs + prefillUs,
    e2eUs: queueUs + prefillUs + decodeUs,
    tpotUs: track.outputTokens > 1 ? decodeUs / (track.outputTokens - 1) : 0,
    scores,
    tie: prof?.tie ?? false,
    aheadOnPod,
  };
}

/**
 * The animation: a fixed number of frames per stage. Gateway and picker frames take no time
 * (the model has none for them); queue, prefill and decode frames advance the clock evenly
 * through the request's own measured intervals. Tokens after the first are spread evenly over
 * the decode interval (the model records the first and last token times).
 */
export function framesOf(r: TracedRequest): PathFrame[] {
  const out: PathFrame[] = [];
  const push = (stage: Stage, from: number, to: number, tokens: (k: number) => number) => {
    const n = STAGE_FRAMES[stage];
    for (let i = 1; i <= n; i++) out.push({ stage, atUs: from + ((to - from) * i) / n, tokens: tokens(i / n) });
  };
  out.push({ stage: 'client', atUs: 0, tokens: 0 });
  push('client', 0, 0, () => 0);
  push('gateway', 0, 0, () => 0);
  push('picker', 0, 0, () => 0);
  push('queue', 0, r.queueUs, () => 0);
  push('prefill', r.queueUs, r.ttftUs, (k) => (k >= 1 ? 1 : 0));
  push('decode', r.ttftUs, r.e2eUs, (k) => 1 + Math.round(k * Math.max(0, r.outputTokens - 1)));
  push('done', r.e2eUs, r.e2eUs, () => r.outputTokens);
  return out;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs both routers on the same requests, then follows the traced request. */
export function startRequestPath(s: RequestPathSettings): ModelJob<RequestPathSim> {
  const sim: { -readonly [K in keyof RequestPathSim]: RequestPathSim[K] } = { ...EMPTY_SIM };
  let jobs: [TimelineJob, TimelineJob];
  try {
    const wl = generateClusterWorkload({ preset: s.prompt === 'shared' ? 'multi-tenant' : 'uniform', rate: s.rate, durationS: ARRIVAL_WINDOW_S, groups: s.tenants }, s.seed);
    jobs = [startClusterTimeline(configOf(s, s.policy), wl, 1_000_000), startClusterTimeline(configOf(s, otherPolicy(s.policy)), wl, 1_000_000)];
  } catch (e) {
    sim.error = message(e);
    return { sim, advance: () => true };
  }
  const [a, b] = jobs;
  return {
    sim,
    advance(ms) {
      try {
        const doneA = a.advance(ms / 2);
        const doneB = b.advance(ms / 2);
        if (!(doneA && doneB)) return false;
        sim.deploymentLabel = a.timeline.deploymentLabel;
        sim.runs = [summarise(a.timeline, s.policy), summarise(b.timeline, otherPolicy(s.policy))];
        const id = a.timeline.tracks[tracedIndex(a.timeline)]?.id;
        sim.traced = id ? traceOf(a.timeline, id) : null;
        sim.other = id ? traceOf(b.timeline, id) : null;
        sim.frames = sim.traced ? framesOf(sim.traced) : [];
        if (!sim.traced) sim.error = 'The traced request did not finish in this run.';
        return true;
      } catch (e) {
        sim.error = message(e);
        return true;
      }
    },
  };
}

/**
 * Cluster-level results, in the form llm-d's benchmark reports use: TTFT and TPOT percentiles,
 * output throughput, and the prefix-cache hit rate summed over pods as vLLM counts it
 * (`vllm:prefix_cache_hits` ÷ `vllm:prefix_cache_queries`, in tokens).
 */
import { summarize, type Distribution } from '../core/quantiles.ts';
import type { Pod, ReqState } from './pod.ts';
import type { PodRole } from './types.ts';

/** One pod's share of the run. */
export interface PodSummary {
  readonly name: string;
  readonly role: PodRole;
  /** Requests it streamed (or prefilled, for a prefill pod). */
  readonly requests: number;
  readonly prefillRequests: number;
  /** Its own prefix-cache hit rate (HBM), 0–1; NaN when it prefilled nothing. */
  readonly hitRate: number;
  /** Fraction of the run it was stepping. */
  readonly busyFraction: number;
}

export interface ClusterMetrics {
  readonly requests: number;
  readonly finished: number;
  /** Seconds. */
  readonly ttft: Distribution;
  /** Mean time per output token after the first, per request, seconds. */
  readonly tpot: Distribution;
  readonly e2e: Distribution;
  /** Output tokens per second, first arrival → last finish. */
  readonly outputThroughput: number;
  readonly requestThroughput: number;
  /** Prompt tokens found in HBM ÷ prompt tokens looked up. */
  readonly prefixCacheHitRate: number;
  /** Prompt tokens loaded from CPU DRAM / shared storage ÷ prompt tokens looked up. */
  readonly cpuHitRate: number;
  readonly storageHitRate: number;
  /** What the router's approximate index predicted (tokens) ÷ prompt tokens. */
  readonly predictedHitRate: number;
  /** Requests whose prefill ran on a prefill pod. */
  readonly disaggregated: number;
  /** KV transfer times, ms (empty without P/D). */
  readonly kvTransferMs: Distribution;
  /** Tier load times, ms, for requests that loaded anything. */
  readonly tierLoadMs: Distribution;
  readonly perPod: readonly PodSummary[];
  /** First arrival → last finish, seconds. */
  readonly makespanS: number;
}

/** The parts of a cluster run metrics need. */
export interface MetricsSource {
  readonly requests: readonly ReqState[];
  readonly pods: readonly Pod[];
  readonly predictedTokens: number;
}

/** Computes the metrics of everything finished so far. */
export function computeClusterMetrics(sim: MetricsSource): ClusterMetrics {
  const ttft: number[] = [];
  const tpot: number[] = [];
  const e2e: number[] = [];
  const transfer: number[] = [];
  const loads: number[] = [];
  let first = Infinity;
  let last = 0;
  let out = 0;
  let finished = 0;
  let prompt = 0;
  let disaggregated = 0;
  const served = new Array<number>(sim.pods.length).fill(0);
  const prefills = new Array<number>(sim.pods.length).fill(0);
  for (const r of sim.requests) {
    first = Math.min(first, r.arrivalUs);
    prompt += r.promptTokens;
    if (r.prefillPod >= 0) {
      disaggregated++;
      prefills[r.prefillPod] = (prefills[r.prefillPod] ?? 0) + 1;
      if (r.transferUs > 0) transfer.push(r.transferUs / 1000);
    }
    if (r.pod >= 0) served[r.pod] = (served[r.pod] ?? 0) + 1;
    if (r.loadUs > 0) loads.push(r.loadUs / 1000);
    if (r.firstTokenUs >= 0) ttft.push((r.firstTokenUs - r.arrivalUs) / 1e6);
    if (r.finishUs < 0) continue;
    finished++;
    out += r.outputTokens;
    last = Math.max(last, r.finishUs);
    e2e.push((r.finishUs - r.arrivalUs) / 1e6);
    if (r.outputTokens > 1) tpot.push((r.finishUs - r.firstTokenUs) / 1e6 / (r.outputTokens - 1));
  }
  let queries = 0;
  let hits = 0;
  let cpu = 0;
  let storage = 0;
  for (const p of sim.pods) {
    queries += p.stats.queries;
    hits += p.stats.hits;
    cpu += p.stats.cpuHits;
    storage += p.stats.storageHits;
  }
  const span = last > first ? (last - first) / 1e6 : 0;
  const rate = (x: number) => (queries > 0 ? x / queries : 0);
  return {
    requests: sim.requests.length,
    finished,
    ttft: summarize(ttft),
    tpot: summarize(tpot),
    e2e: summarize(e2e),
    outputThroughput: span > 0 ? out / span : 0,
    requestThroughput: span > 0 ? finished / span : 0,
    prefixCacheHitRate: rate(hits),
    cpuHitRate: rate(cpu),
    storageHitRate: rate(storage),
    predictedHitRate: prompt > 0 ? sim.predictedTokens / prompt : 0,
    disaggregated,
    kvTransferMs: summarize(transfer),
    tierLoadMs: summarize(loads),
    perPod: sim.pods.map((p, i) => ({
      name: p.name,
      role: p.role,
      requests: p.role === 'prefill' ? (prefills[i] ?? 0) : (served[i] ?? 0),
      prefillRequests: prefills[i] ?? 0,
      hitRate: p.stats.queries > 0 ? p.stats.hits / p.stats.queries : NaN,
      busyFraction: span > 0 ? Math.min(1, p.stats.busyUs / 1e6 / span) : 0,
    })),
    makespanS: span,
  };
}

/**
 * From a pattern run to the CLI's report: latency percentiles, throughput, GPU-hours, SLO
 * attainment and cache hit rates, with numbers rounded so that the JSON is stable and readable.
 */
import { summarize } from '../core/quantiles.ts';
import type { ClusterSim } from '../cluster/cluster.ts';
import type { CacheTotals, PatternId, PatternReport, PatternRun, PatternRunInput, RequestOutcome, Slo } from './types.ts';

/** Outcomes of every request a cluster saw, with `extraUs` network time added per request id. */
export function outcomesOf(sim: ClusterSim, extraUs: (id: string) => number = () => 0): RequestOutcome[] {
  return sim.requests.map((r) => ({
    arrivalUs: r.arrivalUs,
    firstTokenUs: r.firstTokenUs,
    finishUs: r.finishUs,
    outputTokens: r.outputTokens,
    extraUs: extraUs(r.id),
    failed: r.finishUs < 0,
  }));
}

/** Prompt-token cache counters of a cluster's pods. */
export function cacheOf(sims: readonly ClusterSim[]): CacheTotals {
  let queries = 0;
  let hbm = 0;
  let cpu = 0;
  let storage = 0;
  for (const sim of sims) {
    for (const p of sim.pods) {
      queries += p.stats.queries;
      hbm += p.stats.hits;
      cpu += p.stats.cpuHits;
      storage += p.stats.storageHits;
    }
  }
  return { queries, hbm, cpu, storage };
}

/** The time the last request finished (or `durationS`, if later), seconds. */
export function endOfRunS(outcomes: readonly RequestOutcome[], durationS: number): number {
  let end = durationS * 1e6;
  for (const o of outcomes) if (o.finishUs > end) end = o.finishUs;
  return end / 1e6;
}

const round = (x: number, digits: number): number => {
  if (!Number.isFinite(x)) return 0;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Per-request mean inter-token latency (TPOT), ms; null for one-token answers. */
function itlMs(o: RequestOutcome): number | null {
  return o.outputTokens > 1 ? (o.finishUs - o.firstTokenUs) / 1000 / (o.outputTokens - 1) : null;
}

/**
 * Builds the report. A request meets the SLO when it finished, its TTFT (plus any network time
 * outside the cluster) is within `slo.ttftS` and its mean inter-token latency within `slo.itlMs`.
 */
export function buildReport(pattern: PatternId, input: PatternRunInput, slo: Slo, run: PatternRun): PatternReport {
  const ttft: number[] = [];
  const itl: number[] = [];
  const e2e: number[] = [];
  let completed = 0;
  let good = 0;
  let out = 0;
  let first = Infinity;
  let last = 0;
  for (const o of run.outcomes) {
    first = Math.min(first, o.arrivalUs);
    if (o.failed || o.finishUs < 0) continue;
    completed++;
    out += o.outputTokens;
    last = Math.max(last, o.finishUs);
    const t = (o.firstTokenUs - o.arrivalUs + o.extraUs) / 1e6;
    ttft.push(t);
    e2e.push((o.finishUs - o.arrivalUs + o.extraUs) / 1e6);
    const i = itlMs(o);
    if (i !== null) itl.push(i);
    if (t <= slo.ttftS && (i === null || i <= slo.itlMs)) good++;
  }
  const n = run.outcomes.length;
  const t = summarize(ttft);
  const it = summarize(itl);
  const span = last > first ? (last - first) / 1e6 : 0;
  const c = run.cache;
  const rate = (x: number) => (c.queries > 0 ? round(x / c.queries, 4) : 0);
  return {
    pattern,
    workload: input.workload,
    model: input.modelId,
    gpu: input.gpuId,
    qps: input.qps,
    gpus: input.gpus,
    seed: input.seed,
    duration_s: input.durationS,
    tp: run.tp,
    replicas: run.replicas,
    mean_replicas: round(run.meanReplicas, 2),
    requests: n,
    completed,
    failed: n - completed,
    ttft_p50_s: round(t.p50, 4),
    ttft_p90_s: round(t.p90, 4),
    ttft_p99_s: round(t.p99, 4),
    itl_p50_ms: round(it.p50, 2),
    itl_p90_ms: round(it.p90, 2),
    e2e_p90_s: round(summarize(e2e).p90, 3),
    output_tokens_per_s: round(span > 0 ? out / span : 0, 1),
    gpu_hours: round(run.gpuSeconds / 3600, 4),
    run_s: round(run.runS, 1),
    slo_ttft_s: slo.ttftS,
    slo_itl_ms: slo.itlMs,
    slo_attainment: n > 0 ? round(good / n, 4) : 0,
    goodput_rps: span > 0 ? round(good / span, 3) : 0,
    prefix_hit_rate: rate(c.hbm + c.cpu + c.storage),
    hbm_hit_rate: rate(c.hbm),
    cpu_hit_rate: rate(c.cpu),
    storage_hit_rate: rate(c.storage),
    extras: run.extras,
    notes: run.notes,
  };
}

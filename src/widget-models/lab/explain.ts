/**
 * Why a run came out as it did, in plain words, from the run's own report: which objective was
 * missed, where the time went, and what the pattern's components did. Every sentence is built
 * from figures the model reported, never from expectations.
 */
import { routerPreset, type RouterPresetId } from '../../sim/cluster/index.ts';
import { findGpu } from '../../sim/cost/index.ts';
import { workloadDefinition, type PatternReport } from '../../sim/patterns/index.ts';
import type { LabConfig } from './config.ts';
import { formatMetric } from './metrics.ts';

const pct = (x: number) => formatMetric('slo_attainment', x);
const num = (x: number | string | undefined): number => Number(x ?? 0);
const interconnectOf = (gpuId: string): string => findGpu(gpuId)?.interconnect.label ?? 'the GPUs’ interconnect';

/** The objectives and how the run did against them. */
export function sloLines(r: PatternReport): string[] {
  const wl = workloadDefinition(r.workload);
  const out = [`Objectives for ${wl.label.toLowerCase()}: first token within ${r.slo_ttft_s} s and at most ${r.slo_itl_ms} ms between tokens — ${wl.slo.reason}.`];
  out.push(`${pct(r.slo_attainment)} of the ${r.requests.toLocaleString('en-US')} requests met both.`);
  const missed: string[] = [];
  if (r.ttft_p90_s > r.slo_ttft_s) missed.push(`more than 10 % waited longer than ${r.slo_ttft_s} s for their first token (TTFT p90 ${formatMetric('ttft_p90_s', r.ttft_p90_s)})`);
  if (r.itl_p90_ms > r.slo_itl_ms) missed.push(`more than 10 % streamed slower than ${r.slo_itl_ms} ms per token (ITL p90 ${formatMetric('itl_p90_ms', r.itl_p90_ms)})`);
  if (missed.length > 0) out.push(`Missed: ${missed.join('; ')}.`);
  return out;
}

function routerName(c: LabConfig, fallback: RouterPresetId): string {
  const id = c.router === 'auto' ? fallback : c.router;
  return routerPreset(id).label;
}

/** What the pattern's components did in this run. */
export function patternLines(c: LabConfig, r: PatternReport): string[] {
  const x = r.extras;
  const hit = pct(r.prefix_hit_rate);
  switch (c.pattern) {
    case 'single-instance':
      return [`One replica of TP ${r.tp} served every request${c.gpus > r.tp ? `; ${c.gpus - r.tp} of the ${c.gpus} GPUs in the budget stayed idle (and are not counted in GPU-hours)` : ''}.`];
    case 'replicated':
      return [
        `${r.replicas} replicas of TP ${r.tp} behind a Kubernetes Service (${routerName(c, 'round-robin')}). The Service does not read prompts: a tenant’s system prompt and a conversation’s history are cached on the replica that last served them, but the next request often lands elsewhere and is prefilled again. Prefix-cache hit rate ${hit}.`,
      ];
    case 'caching-first': {
      const router = routerPreset(c.router === 'auto' || c.router === 'round-robin' || c.router === 'random' ? 'llm-d-default' : c.router);
      return [`${r.replicas} replicas of TP ${r.tp} behind the Endpoint Picker, profile “${router.label}”: ${router.summary} Prefix-cache hit rate ${hit}.`];
    }
    case 'disaggregated':
      return [
        `${num(x['prefill_replicas'])} prefill + ${num(x['decode_replicas'])} decode replicas of TP ${r.tp}. Decode replicas never run a prefill chunk, so streaming stays smooth (ITL p90 ${formatMetric('itl_p90_ms', r.itl_p90_ms)}); the first token pays the prefill pool’s queue and the KV transfer over InfiniBand (TTFT p90 ${formatMetric('ttft_p90_s', r.ttft_p90_s)}).`,
        `The cost model puts ${pct(num(x['prefill_share_estimate']))} of a request’s replica time in prefill at this workload’s shape; too few prefill replicas and requests queue for them, too few decode replicas and batches grow until ITL suffers.`,
      ];
    case 'tensor-parallel':
      return [`${r.replicas} replica(s) of TP ${r.tp}: each step splits the weights and attention over ${r.tp} GPUs joined by all-reduces over ${interconnectOf(c.gpu)}, so a step is faster than on fewer GPUs (ITL p90 ${formatMetric('itl_p90_ms', r.itl_p90_ms)}), but fewer replicas prefill in parallel.`];
    case 'hybrid-multi-tier':
      return [
        `Cache hits by tier: ${pct(r.hbm_hit_rate)} of prompt tokens from GPU memory, ${pct(r.cpu_hit_rate)} from CPU memory, ${pct(r.storage_hit_rate)} from storage. Blocks evicted from GPU memory were copied down a tier and loaded back instead of being prefilled again (${hit} in all).`,
      ];
    case 'autoscaling-pool':
      return [
        `The Knative Pod Autoscaler kept ${r.mean_replicas} replicas on average (peak ${r.replicas}, limit ${num(x['max_replicas'])}), aiming at ${num(x['kpa_target_concurrency'])} concurrent requests per replica. ${num(x['cold_starts'])} cold start(s) of ${num(x['cold_start_s'])} s each: requests that arrived while capacity was still starting waited, which shows in the TTFT tail (p99 ${formatMetric('ttft_p99_s', r.ttft_p99_s)}).`,
      ];
    case 'federation': {
      const lines = [
        `${num(x['regions'])} regions (${String(x['replicas_per_region'])} replicas). ${num(x['spilled_conversations'])} conversation(s) spilled to another region when home was saturated${num(x['failed_over_conversations']) > 0 ? ` and ${num(x['failed_over_conversations'])} failed over after region 0 went down` : ''}; each served away from home pays the ${num(x['inter_region_rtt_ms'])} ms round trip on its first token.`,
      ];
      if (r.failed > 0) lines.push(`${r.failed.toLocaleString('en-US')} requests were lost: in flight in region 0 when it failed, or later turns of its conversations. They count as missed in SLO attainment.`);
      return lines;
    }
  }
}

/** When the queueing in a tail most likely happened, from the workload and the pattern. */
function whenQueued(c: LabConfig): string {
  if (c.pattern === 'autoscaling-pool') return 'while new replicas were still starting';
  if (c.workload === 'bursty') return 'during the bursts';
  if (c.workload === 'diurnal') return 'around the midday peak';
  return 'whenever more prompts arrived than the replicas could prefill at once';
}

/** Reading the latency percentiles together. */
export function latencyLines(c: LabConfig, r: PatternReport): string[] {
  const out: string[] = [];
  if (r.ttft_p99_s > 5 * Math.max(r.ttft_p50_s, 0.01) && r.ttft_p99_s > r.slo_ttft_s) {
    out.push(`The TTFT tail (p99 ${formatMetric('ttft_p99_s', r.ttft_p99_s)}) is far above the median (p50 ${formatMetric('ttft_p50_s', r.ttft_p50_s)}): most requests started at once, but some queued behind others, most likely ${whenQueued(c)}.`);
  } else if (r.ttft_p90_s <= r.slo_ttft_s / 4) {
    out.push(`First tokens came quickly (p90 ${formatMetric('ttft_p90_s', r.ttft_p90_s)}): little queueing, and prefill was short or mostly served from cache.`);
  }
  out.push(`The run held ${formatMetric('gpu_hours', r.gpu_hours)} over ${r.run_s} s of simulated time and produced ${formatMetric('output_tokens_per_s', r.output_tokens_per_s)} of output.`);
  return out;
}

/** Every explanation of a run, in reading order. */
export function explainRun(c: LabConfig, r: PatternReport): { readonly slo: string[]; readonly why: string[] } {
  return { slo: sloLines(r), why: [...patternLines(c, r), ...latencyLines(c, r)] };
}

/**
 * Anti-patterns, each a runnable comparison: the mistake and the usual fix on the same workload,
 * so the harm shows in the model's own metrics. Runs are short (a minute or so of traffic) so
 * that the Lab and tests can afford them.
 */
import { createCalibratedCostModel } from '../cost/calibratedCostModel.ts';
import { Rng } from '../core/rng.ts';
import { secondsToUs } from '../core/units.ts';
import { Engine } from '../engine/engine.ts';
import { routerConfig } from '../cluster/routerPresets.ts';
import { runAutoscalingPool } from './autoscalingPool.ts';
import { buildReport } from './report.ts';
import { runStaticPool } from './staticPool.ts';
import { minimalTp } from './sizing.ts';
import { generatePatternWorkload } from './workloads.ts';
import type { PatternId, PatternReport, PatternRunInput, WorkloadId } from './types.ts';

/** One side of a comparison: a label and the figures that show the difference. */
export interface AntiPatternSide {
  readonly label: string;
  readonly metrics: Readonly<Record<string, number>>;
}

/** The result of running an anti-pattern case. */
export interface AntiPatternResult {
  readonly bad: AntiPatternSide;
  readonly better: AntiPatternSide;
}

export type AntiPatternId = 'round-robin-shared-prefixes' | 'scale-to-zero-70b-tight-ttft' | 'tp-across-nodes-slow-link' | 'oversized-max-num-seqs' | 'one-giant-replica';

export interface AntiPatternDefinition {
  readonly id: AntiPatternId;
  readonly title: string;
  /** What goes wrong and which metric shows it. */
  readonly harm: string;
  readonly fix: string;
  run(seed?: number): AntiPatternResult;
}

const pick = (r: PatternReport): Record<string, number> => ({
  ttft_p50_s: r.ttft_p50_s,
  ttft_p90_s: r.ttft_p90_s,
  ttft_p99_s: r.ttft_p99_s,
  itl_p90_ms: r.itl_p90_ms,
  output_tokens_per_s: r.output_tokens_per_s,
  slo_attainment: r.slo_attainment,
  prefix_hit_rate: r.prefix_hit_rate,
  gpu_hours: r.gpu_hours,
});

const input = (workload: WorkloadId, o: Partial<PatternRunInput>): PatternRunInput => ({ workload, qps: 8, gpus: 8, seed: 1, modelId: 'qwen2.5-32b', gpuId: 'h100-sxm-80gb', durationS: 120, ...o });

/** 100 GbE Ethernet between nodes: 12.5 GB/s per direction at line rate. */
export const ETHERNET_100G = { label: '100 GbE between nodes (12.5 GB/s per direction)', perDirectionGBps: 12.5 } as const;
/** InfiniBand NDR 400G per GPU: 50 GB/s per direction at line rate. */
export const INFINIBAND_NDR = { label: 'InfiniBand NDR 400G per GPU (50 GB/s per direction)', perDirectionGBps: 50 } as const;

export const ANTI_PATTERNS: readonly AntiPatternDefinition[] = [
  {
    id: 'round-robin-shared-prefixes',
    title: 'Round robin over shared prefixes',
    harm: 'every replica recomputes every tenant’s system prompt and every conversation’s history: lower prefix-cache hit rate, slower first tokens',
    fix: 'prefix-aware routing (llm-d Endpoint Picker)',
    run(seed = 1) {
      const i = input('chat', { qps: 10, seed });
      const wl = generatePatternWorkload('chat', i.qps, i.durationS, seed);
      const tp = minimalTp(i.modelId, i.gpuId);
      const side = (id: PatternId, router: 'round-robin' | 'llm-d-default') =>
        pick(buildReport(id, i, wl.slo, runStaticPool(i, wl, { tp, replicas: i.gpus / tp, router: routerConfig(router) })));
      return { bad: { label: 'round robin (Kubernetes Service)', metrics: side('replicated', 'round-robin') }, better: { label: 'llm-d default (prefix-aware)', metrics: side('caching-first', 'llm-d-default') } };
    },
  },
  {
    id: 'scale-to-zero-70b-tight-ttft',
    title: 'Scale to zero for a 70B model behind a tight TTFT objective',
    harm: 'after each idle spell the first requests wait for a cold start of minutes (140 GB of weights, compile, CUDA graphs): TTFT p99 in minutes, SLO attainment falls',
    fix: 'keep a warm replica (min-scale 1), or scale to zero only where first-token latency does not matter',
    run(seed = 1) {
      // Sparse chat: a conversation every ~70 s, so the pool is often idle for longer than
      // Knative's stable window plus grace period.
      const i = input('chat', { qps: 0.05, seed, modelId: 'llama-3.1-70b', durationS: 1800 });
      const wl = generatePatternWorkload('chat', i.qps, i.durationS, seed);
      const tp = minimalTp(i.modelId, i.gpuId);
      const side = (minScale: number) => {
        const run = runAutoscalingPool(i, wl, { tp, kpa: { minScale } });
        return { ...pick(buildReport('autoscaling-pool', i, wl.slo, run)), cold_starts: Number(run.extras['cold_starts']), cold_start_s: Number(run.extras['cold_start_s']) };
      };
      return { bad: { label: 'KPA min-scale 0 (scale to zero)', metrics: side(0) }, better: { label: 'KPA min-scale 1 (one warm replica)', metrics: side(1) } };
    },
  },
  {
    id: 'tp-across-nodes-slow-link',
    title: 'Tensor parallelism across nodes without a fast interconnect',
    harm: 'two all-reduces per layer per step cross the nodes’ network: over 100 GbE every step slows down, so ITL and throughput suffer',
    fix: 'keep TP within a node (NVLink) and scale out with replicas or pipeline parallelism; across nodes use InfiniBand/RoCE with GPUDirect',
    run(seed = 1) {
      const i = input('chat', { qps: 4, seed });
      const wl = generatePatternWorkload('chat', i.qps, i.durationS, seed);
      const side = (interconnect?: { label: string; perDirectionGBps: number }) =>
        pick(buildReport('tensor-parallel', i, wl.slo, runStaticPool(i, wl, { tp: 8, replicas: 1, router: routerConfig('llm-d-default'), ...(interconnect ? { deployment: { interconnect } } : {}) })));
      return { bad: { label: 'TP 8 over two 4-GPU nodes, 100 GbE', metrics: side(ETHERNET_100G) }, better: { label: 'TP 8 inside one node (NVLink)', metrics: side() } };
    },
  },
  {
    id: 'oversized-max-num-seqs',
    title: 'An oversized --max-num-seqs on a small KV cache',
    harm: 'vLLM admits more sequences than their growing answers fit in KV memory, then preempts and recomputes them: vllm:num_preemptions climbs and preempted requests stall (the inter-token p99). With prefix caching the recompute is cheap here, so throughput barely suffers',
    fix: 'size --max-num-seqs to what the KV cache holds at the workload’s typical length (vLLM logs "Maximum concurrency")',
    run(seed = 1) {
      // One vLLM engine (the full scheduler, which preempts): an 8B model on one H100 with a
      // small KV cache (4,096 blocks of 16 = 65,536 tokens ≈ 15 requests of this shape).
      const cost = createCalibratedCostModel({ modelId: 'llama-3.1-8b', gpuId: 'h100-sxm-80gb', tp: 1 });
      const side = (maxNumSeqs: number) => {
        const e = new Engine({ numGpuBlocks: 4096, blockSize: 16, maxModelLen: 8192, maxNumSeqs, maxNumBatchedTokens: 8192, costModel: cost, eventLevel: 'none' });
        const rng = new Rng(seed);
        let t = 0;
        for (let k = 0; k < 150; k++) {
          t += rng.exponential(2);
          e.addRequest({ id: `r${k}`, arrivalUs: secondsToUs(t), prompt: [{ seed: rng.nextU32(), tokens: rng.int(2000, 4000) }], outputTokens: rng.int(800, 1600) });
        }
        e.run();
        const m = e.metrics();
        return {
          num_preemptions: m.num_preemptions,
          itl_p99_ms: m.inter_token_latency_seconds.p99 * 1000,
          e2e_p99_s: m.e2e_request_latency_seconds.p99,
          output_tokens_per_s: m.output_throughput,
        };
      };
      return { bad: { label: '--max-num-seqs 256', metrics: side(256) }, better: { label: '--max-num-seqs 16 (what the KV cache holds)', metrics: side(16) } };
    },
  },
  {
    id: 'one-giant-replica',
    title: 'One giant replica where several small ones serve better',
    harm: 'a TP 8 replica of a model that fits on 2 GPUs spends its extra GPUs on all-reduces and prefills one long-prompt chunk at a time: under load, queues build and its decodes stall behind prefill chunks, where four TP 2 replicas prefill in parallel',
    fix: 'the smallest TP that fits with room for KV, replicated behind a load-aware router',
    run(seed = 1) {
      const i = input('summarize', { qps: 7, seed });
      const wl = generatePatternWorkload('summarize', i.qps, i.durationS, seed);
      const side = (tp: number) => pick(buildReport('tensor-parallel', i, wl.slo, runStaticPool(i, wl, { tp, replicas: i.gpus / tp, router: routerConfig('llm-d-default') })));
      return { bad: { label: 'one TP 8 replica', metrics: side(8) }, better: { label: 'four TP 2 replicas', metrics: side(2) } };
    },
  },
];

/** Looks an anti-pattern up. @throws Error naming the valid ids */
export function antiPattern(id: string): AntiPatternDefinition {
  const a = ANTI_PATTERNS.find((x) => x.id === id);
  if (!a) throw new Error(`unknown anti-pattern "${id}" (valid: ${ANTI_PATTERNS.map((x) => x.id).join(', ')})`);
  return a;
}

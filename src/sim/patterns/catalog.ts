/**
 * The eight serving patterns as runnable configurations of the cluster model, each with what
 * implements it in 2026 (docs/patterns-cli.md has the sources). A pattern is a small definition
 * in this registry: adding one touches no runner.
 */
import { routerConfig } from '../cluster/routerPresets.ts';
import { CPU_TIER, STORAGE_TIER } from '../cluster/tiers.ts';
import { runAutoscalingPool } from './autoscalingPool.ts';
import { FEDERATION_DEFAULTS, runFederation } from './federation.ts';
import { buildReport } from './report.ts';
import { checkReplicas, runStaticPool } from './staticPool.ts';
import { largestTp, minimalTp, replicaAt } from './sizing.ts';
import { generatePatternWorkload } from './workloads.ts';
import type { PatternId, PatternReport, PatternRun, PatternRunInput, PatternWorkload } from './types.ts';

/** One pattern. */
export interface PatternDefinition {
  readonly id: PatternId;
  readonly label: string;
  readonly summary: string;
  /** What implements it in 2026. */
  readonly implementedBy: string;
  run(input: PatternRunInput, wl: PatternWorkload): PatternRun;
}

/** What every report notes about the model. */
export const MODEL_NOTES: readonly string[] = [
  'request-level vLLM replicas (src/sim/cluster): continuous batching with chunked prefill, prefix caching, step times from the calibrated cost model; no preemption (KV for the whole answer is reserved at admission)',
  'ITL is each request’s mean time between output tokens (TPOT); SLO attainment counts a request only if it finished within both objectives',
];

const replicasFor = (input: PatternRunInput, tp: number): number => Math.floor(input.gpus / tp);

/**
 * The share of a replica's time a request spends in prefill rather than decode, from the cost
 * model at the workload's nominal shape (uncached prompt tokens prefilled alone; output tokens
 * decoded in a batch of 64 at the mean context). Sizes the prefill pool of P/D.
 */
export function prefillShare(input: PatternRunInput, wl: PatternWorkload, tp: number): number {
  const d = replicaAt(input.modelId, input.gpuId, tp);
  const uncached = Math.max(1, Math.round(wl.meanPromptTokens * (1 - wl.sharedPromptShare)));
  const prefill = d.cost.prefillUs(uncached, d.maxNumBatchedTokens);
  const b = 64;
  const ctx = Math.round(wl.meanPromptTokens + wl.meanOutputTokens / 2);
  const decode = (wl.meanOutputTokens * d.cost.stepUs({ chunks: [], emittingChunks: 0, decodes: b, decodeContextSum: b * ctx, decodeContextMax: ctx })) / b;
  return prefill / (prefill + decode);
}

export const PATTERNS: readonly PatternDefinition[] = [
  {
    id: 'single-instance',
    label: 'Single instance',
    summary: 'One vLLM replica on the fewest GPUs the model needs; the rest of the budget stays idle.',
    implementedBy: 'InferenceService minReplicas 1 / LLMInferenceService replicas 1',
    run(input, wl) {
      const tp = minimalTp(input.modelId, input.gpuId);
      checkReplicas(input, tp, replicasFor(input, tp));
      return runStaticPool(input, wl, { tp, replicas: 1, router: routerConfig('round-robin'), notes: [`uses ${tp} of the ${input.gpus} GPUs`] });
    },
  },
  {
    id: 'replicated',
    label: 'Replicas behind a load balancer',
    summary: 'As many replicas as the budget holds, behind a plain Kubernetes Service (round robin, blind to caches and load).',
    implementedBy: 'InferenceService Standard mode behind a Service or Gateway; LLMInferenceService replicas N',
    run(input, wl) {
      const tp = minimalTp(input.modelId, input.gpuId);
      const replicas = replicasFor(input, tp);
      checkReplicas(input, tp, replicas);
      return runStaticPool(input, wl, { tp, replicas, router: routerConfig('round-robin') });
    },
  },
  {
    id: 'autoscaling-pool',
    label: 'Autoscaling pool (scale to zero)',
    summary: 'Replicas added and removed by the Knative Pod Autoscaler on concurrency, down to zero; new replicas pay a cold start.',
    implementedBy: 'KServe Knative mode, KPA with minReplicas 0; LLMInferenceService with WVA + KEDA; llm-d HPA on EPP metrics',
    run(input, wl) {
      return runAutoscalingPool(input, wl, { tp: minimalTp(input.modelId, input.gpuId) });
    },
  },
  {
    id: 'disaggregated',
    label: 'Prefill/decode disaggregation',
    summary: 'Separate prefill and decode replicas; the KV cache moves over InfiniBand; the split follows the workload’s prefill share.',
    implementedBy: 'LLMInferenceService spec.prefill (NIXL); llm-d pd-disaggregation guide',
    run(input, wl) {
      const tp = minimalTp(input.modelId, input.gpuId);
      const replicas = replicasFor(input, tp);
      checkReplicas(input, tp, replicas, 2);
      const share = prefillShare(input, wl, tp);
      const prefillPods = Math.min(replicas - 1, Math.max(1, Math.round(replicas * share)));
      return runStaticPool(input, wl, {
        tp,
        replicas,
        prefillPods,
        router: routerConfig('llm-d-default', undefined, { type: 'always-disagg-pd-decider' }),
        extras: { prefill_replicas: prefillPods, decode_replicas: replicas - prefillPods, prefill_share_estimate: Math.round(share * 1000) / 1000 },
        notes: [`${prefillPods} prefill + ${replicas - prefillPods} decode replicas (prefill share ${(share * 100).toFixed(0)} % by the cost model); always-disagg-pd-decider; KV over InfiniBand NDR`],
      });
    },
  },
  {
    id: 'tensor-parallel',
    label: 'Tensor parallelism (bigger replicas)',
    summary: 'Each replica spans the largest TP degree (≤ 8, one NVLink node) the budget allows: fewer, faster replicas.',
    implementedBy: 'vLLM --tensor-parallel-size; across nodes LLMInferenceService worker + parallelism → LeaderWorkerSet',
    run(input, wl) {
      const tp = largestTp(input.modelId, input.gpuId, Math.min(8, input.gpus));
      if (tp === 0) throw new Error(`${input.modelId} does not fit ${input.gpus} × ${input.gpuId} at any TP ≤ 8`);
      const replicas = replicasFor(input, tp);
      checkReplicas(input, tp, replicas);
      return runStaticPool(input, wl, { tp, replicas, router: routerConfig('llm-d-default'), notes: [`${replicas} replica(s) of TP ${tp} over NVLink, llm-d default routing`] });
    },
  },
  {
    id: 'hybrid-multi-tier',
    label: 'Hybrid multi-tier KV cache',
    summary: 'Prefix-aware replicas whose evicted KV blocks go to 100 GB of CPU memory each, then to 4 TB of shared storage, and are loaded back instead of recomputed.',
    implementedBy: 'vLLM OffloadingConnector / LMCache; LLMInferenceService kvCacheOffloading; llm-d tiered-prefix-cache',
    run(input, wl) {
      const tp = minimalTp(input.modelId, input.gpuId);
      const replicas = replicasFor(input, tp);
      checkReplicas(input, tp, replicas);
      return runStaticPool(input, wl, {
        tp,
        replicas,
        router: routerConfig('llm-d-default'),
        tiers: { cpu: CPU_TIER, storage: STORAGE_TIER },
        notes: ['HBM → CPU (100 GB per replica, PCIe Gen5) → shared storage (4 TB, 10 GB/s per replica); the router does not score tiers'],
      });
    },
  },
  {
    id: 'federation',
    label: 'Federation across regions',
    summary: 'The budget split over two regions, each with its own llm-d Router, behind a global router with spill-over and failover.',
    implementedBy: 'GIE multi-cluster InferencePools (proposal 1374, draft); a global load balancer in practice',
    run(input, wl) {
      return runFederation(input, wl, { tp: minimalTp(input.modelId, input.gpuId), ...FEDERATION_DEFAULTS });
    },
  },
  {
    id: 'caching-first',
    label: 'Caching-first (prefix-aware routing)',
    summary: 'Replicas behind the llm-d Endpoint Picker’s default profile: prefix-cache ×3, queue ×2, KV-utilisation ×2.',
    implementedBy: 'llm-d Router / GIE EPP approximate prefix scorer (default); precise-prefix-cache-routing; LLMInferenceService default scheduler',
    run(input, wl) {
      const tp = minimalTp(input.modelId, input.gpuId);
      const replicas = replicasFor(input, tp);
      checkReplicas(input, tp, replicas);
      return runStaticPool(input, wl, { tp, replicas, router: routerConfig('llm-d-default') });
    },
  },
];

/** Looks a pattern up. @throws Error naming the valid ids */
export function patternDefinition(id: string): PatternDefinition {
  const p = PATTERNS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown pattern "${id}" (valid: ${PATTERNS.map((x) => x.id).join(', ')})`);
  return p;
}

/**
 * Runs a pattern on a workload and reports it.
 * @throws Error for unknown ids, a budget too small for the model, or invalid numbers
 * @example runPattern('caching-first', { workload: 'chat', qps: 10, gpus: 8, seed: 1, modelId: 'qwen2.5-32b', gpuId: 'h100-sxm-80gb', durationS: 300 })
 */
export function runPattern(id: PatternId, input: PatternRunInput): PatternReport {
  const def = patternDefinition(id);
  const d = replicaAt(input.modelId, input.gpuId, minimalTp(input.modelId, input.gpuId));
  const wl = generatePatternWorkload(input.workload, input.qps, input.durationS, input.seed, d.maxModelLen);
  const run = def.run(input, wl);
  return buildReport(id, input, wl.slo, { ...run, notes: [...run.notes, ...MODEL_NOTES] });
}

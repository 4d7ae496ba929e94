/**
 * Runs a Lab configuration on the pattern model. Each pattern is built from the same pieces as
 * `PATTERNS` in src/sim/patterns/catalog.ts; a component left on `auto` takes the catalog's
 * choice, so an all-auto configuration reports exactly what `runPattern` (and the CLI) reports.
 */
import { routerConfig, type RouterPresetId } from '../../sim/cluster/index.ts';
import { CPU_TIER, STORAGE_TIER } from '../../sim/cluster/index.ts';
import {
  buildReport,
  checkReplicas,
  FEDERATION_DEFAULTS,
  generatePatternWorkload,
  largestTp,
  minimalTp,
  MODEL_NOTES,
  prefillShare,
  replicaAt,
  runAutoscalingPool,
  runFederation,
  runStaticPool,
  TP_DEGREES,
  type PatternReport,
  type PatternRun,
  type PatternRunInput,
  type PatternWorkload,
} from '../../sim/patterns/index.ts';
import type { LabConfig } from './config.ts';

/** The pattern model's input for a Lab configuration. */
export function inputOf(c: LabConfig): PatternRunInput {
  return { workload: c.workload, qps: c.qps, gpus: c.gpus, seed: c.seed, modelId: c.model, gpuId: c.gpu, durationS: c.durationS };
}

const epp = (c: LabConfig): RouterPresetId => (c.router === 'auto' || c.router === 'round-robin' || c.router === 'random' ? 'llm-d-default' : c.router);

/** A TP degree the learner picked: one of 1, 2, 4, 8 at which the model fits with room for KV. */
function chosenTp(c: LabConfig): number {
  if (c.tp === 0) {
    const tp = largestTp(c.model, c.gpu, Math.min(8, c.gpus));
    if (tp === 0) throw new Error(`${c.model} does not fit ${c.gpus} × ${c.gpu} at any TP ≤ 8`);
    return tp;
  }
  if (!(TP_DEGREES as readonly number[]).includes(c.tp)) throw new Error(`TP ${c.tp} is not one of ${TP_DEGREES.join(', ')}`);
  if (c.tp > c.gpus) throw new Error(`TP ${c.tp} needs ${c.tp} GPUs; the budget is ${c.gpus}`);
  const least = minimalTp(c.model, c.gpu);
  if (c.tp < least) throw new Error(`${c.model} needs at least TP ${least} on ${c.gpu} (weights plus KV for four full-length sequences)`);
  return c.tp;
}

function runOf(c: LabConfig, input: PatternRunInput, wl: PatternWorkload): PatternRun {
  const tp0 = minimalTp(c.model, c.gpu);
  const replicas = Math.floor(c.gpus / tp0);
  switch (c.pattern) {
    case 'single-instance':
      checkReplicas(input, tp0, replicas);
      return runStaticPool(input, wl, { tp: tp0, replicas: 1, router: routerConfig('round-robin'), notes: [`uses ${tp0} of the ${c.gpus} GPUs`] });
    case 'replicated':
      checkReplicas(input, tp0, replicas);
      return runStaticPool(input, wl, { tp: tp0, replicas, router: routerConfig(c.router === 'random' ? 'random' : 'round-robin') });
    case 'autoscaling-pool':
      return runAutoscalingPool(input, wl, { tp: tp0, ...(c.minScale > 0 ? { kpa: { minScale: c.minScale } } : {}) });
    case 'disaggregated': {
      checkReplicas(input, tp0, replicas, 2);
      const share = prefillShare(input, wl, tp0);
      const auto = Math.min(replicas - 1, Math.max(1, Math.round(replicas * share)));
      if (c.prefill > replicas - 1) throw new Error(`${c.prefill} prefill replicas leave no decode replica: ${c.gpus} GPUs give ${replicas} replicas of TP ${tp0}`);
      const prefillPods = c.prefill > 0 ? c.prefill : auto;
      return runStaticPool(input, wl, {
        tp: tp0,
        replicas,
        prefillPods,
        router: routerConfig('llm-d-default', undefined, { type: 'always-disagg-pd-decider' }),
        extras: { prefill_replicas: prefillPods, decode_replicas: replicas - prefillPods, prefill_share_estimate: Math.round(share * 1000) / 1000 },
        notes: [`${prefillPods} prefill + ${replicas - prefillPods} decode replicas (${c.prefill > 0 ? 'chosen in the Lab' : `prefill share ${(share * 100).toFixed(0)} % by the cost model`}); always-disagg-pd-decider; KV over InfiniBand NDR`],
      });
    }
    case 'tensor-parallel': {
      const tp = chosenTp(c);
      const n = Math.floor(c.gpus / tp);
      checkReplicas(input, tp, n);
      return runStaticPool(input, wl, { tp, replicas: n, router: routerConfig(epp(c)), notes: [`${n} replica(s) of TP ${tp} over NVLink, ${epp(c) === 'llm-d-default' ? 'llm-d default' : epp(c)} routing`] });
    }
    case 'hybrid-multi-tier':
      checkReplicas(input, tp0, replicas);
      return runStaticPool(input, wl, {
        tp: tp0,
        replicas,
        router: routerConfig(epp(c)),
        tiers: c.tiers === 'cpu' ? { cpu: CPU_TIER } : { cpu: CPU_TIER, storage: STORAGE_TIER },
        notes: [c.tiers === 'cpu' ? 'HBM → CPU (100 GB per replica, PCIe Gen5); no storage tier' : 'HBM → CPU (100 GB per replica, PCIe Gen5) → shared storage (4 TB, 10 GB/s per replica); the router does not score tiers'],
      });
    case 'federation':
      return runFederation(input, wl, {
        ...FEDERATION_DEFAULTS,
        tp: tp0,
        regions: c.regions,
        rttMs: c.rttMs,
        failRegion0AtS: c.failover ? c.durationS / 2 : null,
      });
    case 'caching-first':
      checkReplicas(input, tp0, replicas);
      return runStaticPool(input, wl, { tp: tp0, replicas, router: routerConfig(epp(c)) });
  }
}

/**
 * Runs a configuration to completion and reports it as the CLI does.
 * @throws Error (with a message for the learner) when the budget, model and GPU do not fit the pattern
 */
export function runLab(c: LabConfig): PatternReport {
  const input = inputOf(c);
  const d = replicaAt(c.model, c.gpu, minimalTp(c.model, c.gpu));
  const wl = generatePatternWorkload(c.workload, c.qps, c.durationS, c.seed, d.maxModelLen);
  const run = runOf(c, input, wl);
  return buildReport(c.pattern, input, wl.slo, { ...run, notes: [...run.notes, ...MODEL_NOTES] });
}

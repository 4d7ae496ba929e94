/**
 * The tensor-parallel widget's figures for one setting, in one pure call: the layer split, the
 * all-reduces over each link, the memory plan per GPU and the KV blocks gained over TP=1, the
 * step split into compute, memory and communication, and the four layouts at the same GPU count.
 */
import {
  coefficientsFor,
  findGpu,
  findModel,
  GIB,
  MODELS,
  planMemory,
  tpProblem,
  type MemoryPlan,
  compareStrategies,
  LINK_IDS,
  linkOf,
  PARALLELISM_MODELS,
  ringAllReduceUs,
  stepSplit,
  tensorSplit,
  winners,
  type LinkId,
  type StepSplit,
  type StrategyId,
  type StrategyResult,
  type TensorSplit,
} from '../../sim/cost/index.ts';
import type { StepShape } from '../../sim/costModel.ts';
import type { TensorParallelSettings } from './settings.ts';

export interface ModelFacts {
  readonly id: string;
  readonly name: string;
  readonly layers: number;
  readonly hidden: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly headDim: number;
  /** MLP intermediate size (per expert for MoE). */
  readonly intermediate: number;
  readonly experts: number | null;
  readonly expertsPerToken: number | null;
  readonly sourceUrl: string;
}

export interface LinkTime {
  readonly id: LinkId;
  readonly label: string;
  readonly perDirectionGBps: number;
  /** One all-reduce of this step's activations, µs. */
  readonly allReduceUs: number;
  /** All of the step's all-reduces (2 per layer), µs. */
  readonly perStepUs: number;
}

export interface MemoryFacts {
  readonly plan: MemoryPlan;
  /** The same model on one GPU: its block count, or why it does not fit. */
  readonly tp1Blocks: number | null;
  readonly tp1Problem: string | null;
  /** Blocks per GPU pool at this TP minus at TP=1 (null when TP=1 does not fit). */
  readonly blocksGained: number | null;
}

export interface TensorParallelFacts {
  readonly model: ModelFacts;
  readonly gpuName: string;
  readonly gpuMeasured: boolean;
  /** Why vLLM refuses this TP degree for the model, or null. */
  readonly problem: string | null;
  /** Valid TP degrees among the stepper's values. */
  readonly validTp: readonly number[];
  readonly split: TensorSplit | null;
  readonly memory: MemoryFacts | null;
  /** Tokens in the step (prefill chunk + one per decode) and bytes of one all-reduce. */
  readonly tokens: number;
  readonly allReduceBytes: number;
  readonly links: readonly LinkTime[];
  readonly step: (Omit<StepSplit, 'breakdown'> & { readonly linkLabel: string }) | null;
  /** The same step at TP=1 (null when it does not fit on one GPU). */
  readonly stepTp1Us: number | null;
  /** The four layouts on `tp` GPUs (null for TP=1 or an invalid degree). */
  readonly compare: { readonly gpus: number; readonly rows: readonly StrategyResult[]; readonly latency: StrategyId | null; readonly throughput: StrategyId | null } | null;
}

const ALL_MODELS = [...MODELS, ...PARALLELISM_MODELS];

/** The step the widget prices: `batch` decodes at `context`, plus a prefill chunk if any. */
export function stepShapeOf(s: TensorParallelSettings): StepShape {
  return {
    prefills: s.prefill > 0 ? [{ newTokens: s.prefill, cachedTokens: 0, emitsToken: false }] : [],
    decodes: Array.from({ length: s.batch }, () => ({ contextTokens: s.context })),
  };
}

/**
 * Computes every figure of the widget.
 * @throws Error for an unknown model or GPU id
 */
export function computeTensorParallel(s: TensorParallelSettings): TensorParallelFacts {
  const model = findModel(s.model, PARALLELISM_MODELS);
  if (!model) throw new Error(`model: “${s.model}” is not in the catalog (${ALL_MODELS.map((m) => m.id).join(', ')})`);
  const gpu = findGpu(s.gpu);
  if (!gpu) throw new Error(`gpu: “${s.gpu}” is not in the catalog`);
  const coeffs = coefficientsFor(gpu);
  const facts: ModelFacts = {
    id: model.id,
    name: model.name,
    layers: model.layers,
    hidden: model.hidden,
    heads: model.heads,
    kvHeads: model.kvHeads,
    headDim: model.headDim,
    intermediate: model.moe ? model.moe.expertIntermediate : model.intermediate,
    experts: model.moe?.experts ?? null,
    expertsPerToken: model.moe?.expertsPerToken ?? null,
    sourceUrl: model.source.url,
  };
  const problem = tpProblem(model, s.tp);
  const validTp = [1, 2, 3, 4, 5, 6, 7, 8].filter((t) => tpProblem(model, t) === null);
  const tokens = s.prefill + s.batch;
  const allReduceBytes = tokens * model.hidden * 2;
  const links = LINK_IDS.map((id): LinkTime => {
    const l = linkOf(gpu, id);
    const one = ringAllReduceUs(allReduceBytes, s.tp, l);
    return { id, label: l.label, perDirectionGBps: l.perDirectionGBps, allReduceUs: one, perStepUs: one * 2 * model.layers };
  });
  const base = { model: facts, gpuName: gpu.name, gpuMeasured: gpu.calibration === 'measured', problem, validTp, tokens, allReduceBytes, links };
  if (problem) return { ...base, split: null, memory: null, step: null, stepTp1Us: null, compare: null };

  const plan = (tp: number) => planMemory({ model, gpu, tp, weightDtype: 'bf16', kvDtype: 'bf16', maxModelLen: s.context });
  const here = plan(s.tp);
  const one = plan(1);
  const tp1Fits = one.weightBytes + one.activationBytes + one.cudaGraphBytes <= one.requestedBytes;
  const memory: MemoryFacts = {
    plan: here,
    tp1Blocks: tp1Fits ? one.numGpuBlocks : null,
    tp1Problem: tp1Fits ? null : `${(one.weightBytes / GIB).toFixed(1)} GiB of weights do not fit in one ${gpu.name} (${(one.requestedBytes / GIB).toFixed(1)} GiB at gpu_memory_utilization ${(one.requestedBytes / one.totalBytes).toFixed(2)})`,
    blocksGained: tp1Fits ? here.numGpuBlocks - one.numGpuBlocks : null,
  };
  const link = linkOf(gpu, s.link);
  const dep = (tp: number) => ({ model, gpu, coeffs, tp, weightDtype: 'bf16', kvDtype: 'bf16' }) as const;
  const shape = stepShapeOf(s);
  const { breakdown: _b, ...split } = stepSplit(dep(s.tp), shape, link);
  const stepTp1Us = tp1Fits ? stepSplit(dep(1), shape, link).stepUs : null;
  let compare: TensorParallelFacts['compare'] = null;
  if (s.tp > 1) {
    const rows = compareStrategies({ model, gpu, coeffs, gpus: s.tp, batch: s.batch, contextTokens: s.context, link });
    compare = { gpus: s.tp, rows, ...winners(rows) };
  }
  return { ...base, split: tensorSplit(model, s.tp), memory, step: { ...split, linkLabel: link.label }, stepTp1Us, compare };
}

/**
 * Everything the "Hardware & model" panel shows for a selection, computed in one pure call:
 * the memory plan, the decode step at the chosen batch, and a provenance note per figure.
 */
import { GPUS } from './catalog/gpus.ts';
import { MODELS } from './catalog/models.ts';
import { coefficientsFor } from './coefficients.ts';
import { DEFAULT_GPU_MEMORY_UTILIZATION, planMemory } from './memoryPlanner.ts';
import { tpProblem } from './model/shardShapes.ts';
import { stepBreakdown } from './stepTime.ts';
import type { GpuCoefficients, GpuSpec, HardwareSelection, MemoryPlan, ModelArch, Provenance, StepBreakdown } from './types.ts';

/** A figure's source and a one-line explanation for its tooltip. */
export interface ProvenanceNote {
  readonly kind: Provenance;
  readonly text: string;
}

export interface HardwareEstimate {
  readonly model: ModelArch;
  readonly gpu: GpuSpec;
  /** Why the TP degree is invalid, or null. */
  readonly tpProblem: string | null;
  /** TP degrees offered, with the reason each invalid one is invalid. */
  readonly tpOptions: readonly { readonly tp: number; readonly problem: string | null }[];
  readonly plan: MemoryPlan | null;
  readonly decode: (StepBreakdown & { readonly tokensPerSecond: number; readonly perUserTokensPerSecond: number }) | null;
  readonly notes: {
    readonly memory: ProvenanceNote;
    readonly activations: ProvenanceNote;
    readonly kv: ProvenanceNote;
    readonly step: ProvenanceNote;
    readonly comm: ProvenanceNote;
  };
}

/** Inputs beyond the selection: extra (custom) models, imported GPUs and their fits. */
export interface HardwareCatalog {
  readonly models?: readonly ModelArch[];
  readonly gpus?: readonly GpuSpec[];
  readonly coefficients?: Readonly<Record<string, GpuCoefficients>>;
}

export const TP_CHOICES: readonly number[] = [1, 2, 4, 8];

/** A sensible starting point: Llama-3.1-8B on one H100, bf16, batch 32 at 2k context. */
export const DEFAULT_HARDWARE_SELECTION: HardwareSelection = {
  modelId: 'llama-3.1-8b',
  gpuId: 'h100-sxm-80gb',
  tp: 1,
  weightDtype: 'bf16',
  kvDtype: 'bf16',
  gpuMemoryUtilization: DEFAULT_GPU_MEMORY_UTILIZATION,
  batch: 32,
  contextTokens: 2048,
};

function stepNote(gpu: GpuSpec): ProvenanceNote {
  if (gpu.calibration === 'measured') return { kind: 'fitted', text: `Fitted to timings measured on a real ${gpu.name} (per-operator tables, median error under 5%).` };
  if (gpu.calibration === 'imported') return { kind: 'fitted', text: `Fitted to your imported calibration file for ${gpu.name}.` };
  return { kind: 'estimated', text: `Estimated from spec sheet: the H100 fit scaled by ${gpu.name}'s datasheet compute and bandwidth.` };
}

/**
 * Computes the panel's figures for a selection.
 * @returns null plan/decode when the model, GPU or TP degree is unusable (see tpProblem)
 */
export function hardwareEstimate(sel: HardwareSelection, catalog: HardwareCatalog = {}): HardwareEstimate {
  const models = [...(catalog.models ?? []), ...MODELS];
  const gpus = [...(catalog.gpus ?? []), ...GPUS];
  const model = models.find((m) => m.id === sel.modelId) ?? (MODELS[0] as ModelArch);
  const gpu = gpus.find((g) => g.id === sel.gpuId) ?? (GPUS[0] as GpuSpec);
  const problem = tpProblem(model, sel.tp);
  const notes = {
    memory: { kind: 'computed', text: 'Computed from the config: parameters × bytes per weight (int4 adds scales and zero points), split across TP ranks.' },
    activations: { kind: 'estimated', text: "Estimated peak of vLLM's profiling run (max_num_batched_tokens = 8192) plus CUDA/NCCL overhead; since vLLM 0.21 also an assumed 0.6 GiB CUDA-graph estimate (vLLM logs its own)." },
    kv: { kind: 'computed', text: 'Computed as vLLM does: 2 × layers × KV heads × head dim × bytes per token; blocks of 16 tokens.' },
    step: stepNote(gpu),
    comm: { kind: 'estimated', text: `Not measured: ring all-reduce over ${gpu.interconnect.label}, two per layer, from first principles.` },
  } as const;
  const tpOptions = TP_CHOICES.map((tp) => ({ tp, problem: tpProblem(model, tp) }));
  if (problem) return { model, gpu, tpProblem: problem, tpOptions, plan: null, decode: null, notes };
  const plan = planMemory({ model, gpu, tp: sel.tp, weightDtype: sel.weightDtype, kvDtype: sel.kvDtype, gpuMemoryUtilization: sel.gpuMemoryUtilization });
  const coeffs = coefficientsFor(gpu, catalog.coefficients);
  const b = stepBreakdown(
    { model, gpu, coeffs, tp: sel.tp, weightDtype: sel.weightDtype, kvDtype: sel.kvDtype },
    { prefills: [], decodes: new Array(Math.max(1, sel.batch)).fill({ contextTokens: Math.max(1, sel.contextTokens) }) },
  );
  const decode = { ...b, tokensPerSecond: (b.emittingSeqs / b.stepUs) * 1e6, perUserTokensPerSecond: 1e6 / b.stepUs };
  return { model, gpu, tpProblem: null, tpOptions, plan, decode, notes };
}

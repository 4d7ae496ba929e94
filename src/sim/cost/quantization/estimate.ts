/**
 * Everything the quantisation widget shows for one choice, in one pure call: the memory plan
 * under the scheme, the decode step at the batch that fits, a prefill step, and the measured
 * whole-layer time where the calibration run timed that exact point.
 */
import { findModel } from '../catalog/models.ts';
import { tpProblem } from '../model/shardShapes.ts';
import type { KvDtype, ModelArch, Provenance } from '../types.ts';
import { GPU_ARCH, quantGpu } from './gpus.ts';
import { measuredLayerUs } from './measuredLayers.ts';
import { schemeMemory, type SchemeMemory } from './memory.ts';
import { QUANT_SCHEMES, type QuantSchemeId, type SchemeKernel } from './schemes.ts';
import { schemeProblem, schemeStep, type SchemeStep } from './stepTime.ts';

export interface QuantSelection {
  readonly modelId: string;
  readonly gpuId: string;
  readonly tp: number;
  readonly scheme: QuantSchemeId;
  readonly kvDtype: KvDtype;
  /** Context length: `max_model_len` for the concurrency figure and each decoding sequence's context. */
  readonly contextTokens: number;
  /** Decoding sequences wanted in one step (capped by what the KV cache holds). */
  readonly batch: number;
  /** Tokens of one prefill chunk (a prompt with nothing cached). */
  readonly prefillTokens: number;
  readonly gpuMemoryUtilization?: number;
}

/** A measured whole layer next to the model's prediction for it. */
export interface MeasuredCheck {
  readonly measuredUs: number;
  readonly modelUs: number;
  readonly errorPct: number;
}

export interface QuantStep extends SchemeStep {
  readonly measured: MeasuredCheck | null;
}

export interface QuantEstimate {
  readonly selection: QuantSelection;
  readonly model: ModelArch;
  readonly kernel: SchemeKernel | null;
  /** Why the choice cannot run (scheme on this GPU, or TP degree), or null. */
  readonly problem: string | null;
  readonly memory: SchemeMemory | null;
  /** Sequences in the decode step: the batch asked for, capped by the KV cache. */
  readonly decodeBatch: number;
  readonly decode: (QuantStep & { readonly tokensPerSecond: number }) | null;
  readonly prefill: (QuantStep & { readonly tokensPerSecond: number }) | null;
  /** Labels of the memory figures (computed exactly from the config, as vLLM does). */
  readonly memoryProvenance: Provenance;
}

function check(measuredUs: number | null, modelUs: number): MeasuredCheck | null {
  if (measuredUs === null) return null;
  return { measuredUs, modelUs, errorPct: ((modelUs - measuredUs) / measuredUs) * 100 };
}

/**
 * Computes the widget's figures for a selection.
 * @returns memory and steps, or a `problem` and nulls when the choice cannot run
 */
export function quantEstimate(sel: QuantSelection): QuantEstimate {
  const model = findModel(sel.modelId);
  const gpu = quantGpu(sel.gpuId);
  if (!model) throw new Error(`model: “${sel.modelId}” is not in the catalog`);
  if (!gpu) throw new Error(`gpu: “${sel.gpuId}” is not one of the widget's GPUs`);
  const arch = GPU_ARCH[gpu.id];
  const kernel = arch ? QUANT_SCHEMES[sel.scheme].kernels[arch] : null;
  const empty = { selection: sel, model, kernel, memory: null, decodeBatch: 0, decode: null, prefill: null, memoryProvenance: 'computed' as const };
  const problem = tpProblem(model, sel.tp) ?? schemeProblem(sel.scheme, gpu);
  if (problem) return { ...empty, problem };
  const memory = schemeMemory({
    model,
    gpu,
    tp: sel.tp,
    scheme: sel.scheme,
    kvDtype: sel.kvDtype,
    maxModelLen: sel.contextTokens,
    ...(sel.gpuMemoryUtilization === undefined ? {} : { gpuMemoryUtilization: sel.gpuMemoryUtilization }),
  });
  const sd = { model, gpu, tp: sel.tp, scheme: sel.scheme, kvDtype: sel.kvDtype };
  const decodeBatch = Math.max(0, Math.min(sel.batch, Math.floor(memory.maxConcurrency)));
  const measuredOk = sel.kvDtype === 'bf16';
  let decode: QuantEstimate['decode'] = null;
  if (memory.fits && decodeBatch > 0) {
    const s = schemeStep(sd, { prefills: [], decodes: new Array(decodeBatch).fill({ contextTokens: sel.contextTokens }) });
    if (s) {
      const m = measuredOk ? measuredLayerUs(gpu.id, model.id, sel.tp, sel.scheme, { kind: 'decode', batch: decodeBatch, context: sel.contextTokens }) : null;
      decode = { ...s, measured: check(m, s.perLayerUs), tokensPerSecond: (s.emittingSeqs / s.stepUs) * 1e6 };
    }
  }
  let prefill: QuantEstimate['prefill'] = null;
  if (memory.fits) {
    const s = schemeStep(sd, { prefills: [{ newTokens: sel.prefillTokens, cachedTokens: 0, emitsToken: true }], decodes: [] });
    if (s) {
      const m = measuredOk ? measuredLayerUs(gpu.id, model.id, sel.tp, sel.scheme, { kind: 'prefill', tokens: sel.prefillTokens }) : null;
      prefill = { ...s, measured: check(m, s.perLayerUs), tokensPerSecond: (s.tokens / s.stepUs) * 1e6 };
    }
  }
  return { ...empty, problem: memory.fits ? null : memory.problem, memory, decodeBatch, decode, prefill };
}

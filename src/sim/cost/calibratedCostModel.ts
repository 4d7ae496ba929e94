/**
 * The calibrated cost model: prices engine steps with the fitted step-time model for a
 * chosen model, GPU, tensor-parallel degree and dtypes. Meant to be the engine's default.
 */
import type { CostModel, StepShape } from '../costModel.ts';
import { findGpu } from './catalog/gpus.ts';
import { findModel } from './catalog/models.ts';
import { coefficientsFor } from './coefficients.ts';
import { createStepPricer } from './stepPricer.ts';
import { stepBreakdown, type Deployment } from './stepTime.ts';
import type { GpuCoefficients, GpuSpec, KvDtype, ModelArch, StepBreakdown, WeightDtype } from './types.ts';

export interface CalibratedCostModelOptions {
  /** Catalog model id (default `llama-3.1-8b`) — or pass `model` for a custom one. */
  readonly modelId?: string;
  readonly model?: ModelArch;
  /** Catalog GPU id (default `h100-sxm-80gb`) — or pass `gpu` for an imported one. */
  readonly gpuId?: string;
  readonly gpu?: GpuSpec;
  /** Tensor-parallel degree, default 1. */
  readonly tp?: number;
  readonly weightDtype?: WeightDtype;
  readonly kvDtype?: KvDtype;
  /** Override the coefficients (e.g. fitted from an imported calibration file). */
  readonly coefficients?: GpuCoefficients;
  /** CPU time per step added on top (scheduling, sampling, detokenising; not measured). Default 0. */
  readonly hostOverheadUs?: number;
}

/** A CostModel that can also explain its answer. */
export interface CalibratedCostModel extends CostModel {
  readonly deployment: Deployment;
  breakdown(shape: StepShape): StepBreakdown;
}

const short = (gpu: GpuSpec): string => gpu.name.replace(/^(NVIDIA|AMD Instinct) /, '').replace(/ \d+GB$/, '');

/**
 * Builds the calibrated cost model.
 * @throws Error for unknown ids or a tensor-parallel degree the model cannot use
 * @example createCalibratedCostModel({ modelId: 'llama-3.1-70b', gpuId: 'h200-141gb', tp: 4 }).stepTimeUs(shape)
 */
export function createCalibratedCostModel(options: CalibratedCostModelOptions = {}): CalibratedCostModel {
  const model = options.model ?? findModel(options.modelId ?? 'llama-3.1-8b');
  if (!model) throw new Error(`unknown model id "${options.modelId}"`);
  const gpu = options.gpu ?? findGpu(options.gpuId ?? 'h100-sxm-80gb');
  if (!gpu) throw new Error(`unknown GPU id "${options.gpuId}"`);
  const tp = options.tp ?? 1;
  const weightDtype = options.weightDtype ?? 'bf16';
  const kvDtype = options.kvDtype ?? 'bf16';
  const coeffs = options.coefficients ?? coefficientsFor(gpu);
  const deployment: Deployment = { model, gpu, coeffs, tp, weightDtype, kvDtype };
  stepBreakdown(deployment, { prefills: [], decodes: [] }); // validates tp up front
  const host = options.hostOverheadUs ?? 0;
  const price = createStepPricer(deployment);
  const kind = coeffs.provenance === 'fitted' ? 'calibrated' : 'estimated from spec sheet';
  return {
    id: `calibrated:${model.id}:${gpu.id}:tp${tp}:${weightDtype}:${kvDtype}`,
    label: `${model.name} on ${short(gpu)}, TP${tp}, ${weightDtype} (${kind})`,
    deployment,
    breakdown: (shape) => stepBreakdown(deployment, shape),
    stepTimeUs(shape: StepShape): number {
      const us = price(shape);
      return us === 0 ? 0 : us + host;
    },
  };
}

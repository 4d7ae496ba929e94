/**
 * CPU work per engine step (scheduling, preparing inputs, sampling bookkeeping, detokenising)
 * and whether it overlaps the GPU. Without async scheduling the CPU prepares step n+1 only after
 * step n's output is back, so the GPU idles for the CPU time every step: period = CPU + GPU.
 * With async scheduling (`--async-scheduling`, on by default since vLLM v0.14.0) the scheduler
 * plans step n+1 while step n runs on the GPU, so period ≈ max(CPU, GPU) and only CPU time beyond
 * the GPU time shows as a gap.
 */
import type { CostModel, StepShape } from '../../sim/costModel.ts';

/** How long a step takes with `cpuUs` of CPU work around `gpuUs` of GPU work. */
export function stepPeriodUs(gpuUs: number, cpuUs: number, asyncScheduling: boolean): number {
  return asyncScheduling ? Math.max(gpuUs, cpuUs) : gpuUs + cpuUs;
}

/** A cost model that prices the whole step period and remembers how the last one split. */
export interface HostCostModel extends CostModel {
  /** GPU time of the most recently priced step (µs). */
  readonly lastGpuUs: number;
  /** CPU time of that step during which the GPU idled (µs): the rest of its period. */
  readonly lastGapUs: number;
}

/**
 * Wraps the GPU cost model with the CPU's share of each step. The engine is then run with its own
 * scheduling overhead at 0, so the wrapper is the only place CPU time enters.
 * @example withHostOverhead(gpu, { cpuUs: 2000, asyncScheduling: false }).stepTimeUs(shape) // gpu + 2 ms
 */
export function withHostOverhead(gpu: CostModel, h: { readonly cpuUs: number; readonly asyncScheduling: boolean }): HostCostModel {
  if (!(h.cpuUs >= 0)) throw new Error(`cpuUs must be ≥ 0 (got ${h.cpuUs})`);
  const m = {
    id: `${gpu.id}+cpu${h.cpuUs}${h.asyncScheduling ? '-async' : ''}`,
    label: gpu.label,
    lastGpuUs: 0,
    lastGapUs: 0,
    stepTimeUs(shape: StepShape): number {
      const g = gpu.stepTimeUs(shape);
      m.lastGpuUs = g;
      m.lastGapUs = h.asyncScheduling ? Math.max(0, h.cpuUs - g) : h.cpuUs;
      return stepPeriodUs(g, h.cpuUs, h.asyncScheduling);
    },
  };
  return m;
}

/** The CPU gap of the step `cm` priced last (0 for a plain cost model). Read it right after the step. */
export function cpuGapUs(cm: CostModel): number {
  return 'lastGapUs' in cm ? (cm as HostCostModel).lastGapUs : 0;
}

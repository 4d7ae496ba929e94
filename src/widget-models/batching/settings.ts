/**
 * Everything that defines one batching scenario. With the view state (frame, speed, zoom, view)
 * this is the whole widget state, so it round-trips through the URL.
 */
import { DEFAULT_HARDWARE_SELECTION } from '../../sim/cost/hardwareEstimate.ts';
import type { HardwareSelection } from '../../sim/cost/types.ts';

/** How prompt or output lengths are drawn (the engine's `LengthDist`, parameterised by one mean). */
export type LengthKind = 'fixed' | 'uniform' | 'lognormal' | 'sharegpt';

/** The scenario: workload, scheduler flags, KV pool and hardware. */
export interface BatchSettings {
  readonly seed: number;
  /** Requests in the workload. */
  readonly n: number;
  /** Mean arrival rate, requests per second (0 = all at once, like `--request-rate inf`). */
  readonly rate: number;
  /** Gamma shape of inter-arrival times (`vllm bench serve --burstiness`): < 1 burstier, 1 = Poisson. */
  readonly burst: number;
  readonly pd: LengthKind;
  /** Prompt length: the value (fixed) or the mean (uniform ±50 %, log-normal σ 1). */
  readonly pm: number;
  readonly od: LengthKind;
  readonly om: number;
  /** `--max-num-seqs`. */
  readonly mns: number;
  /** `--max-num-batched-tokens`: the token budget per step. */
  readonly mbt: number;
  /** `--long-prefill-token-threshold` (0 = off). */
  readonly lpt: number;
  /** `num_gpu_blocks` (as `--num-gpu-blocks-override` sets it), null block included. */
  readonly kvb: number;
  /** `--scheduling-policy`. */
  readonly pol: 'fcfs' | 'priority';
  /** `--max-model-len`. */
  readonly mml: number;
  /** CPU time per step (µs): scheduling, input preparation, output processing (an assumption). */
  readonly cpu: number;
  /** `--async-scheduling` (on by default since vLLM v0.14.0): CPU work overlaps the GPU. */
  readonly async: boolean;
  /** Model and GPU that price every step. */
  readonly hw: HardwareSelection;
}

/** View state: what is on screen, not what is simulated. */
export interface BatchView {
  /** Timeline frame. */
  readonly frame: number;
  /** Playback speed. */
  readonly speed: number;
  /** Horizontal zoom of the timelines (1 = whole run fits). */
  readonly zoom: number;
  /** Timelines as pictures, or as tables. */
  readonly view: 'chart' | 'table';
}

/** What the URL carries: the settings (hardware flattened) and the view. */
export interface BatchUrlState extends Omit<BatchSettings, 'hw'>, BatchView {
  readonly model: string;
  readonly gpu: string;
  readonly tp: number;
  readonly wdt: HardwareSelection['weightDtype'];
  readonly kvdt: HardwareSelection['kvDtype'];
  /** `--gpu-memory-utilization` in percent (only the hardware panel's memory plan uses it). */
  readonly gmu: number;
}

export const BLOCK_SIZE = 16;
export const LENGTH_KINDS: readonly LengthKind[] = ['fixed', 'uniform', 'lognormal', 'sharegpt'];
export const RATE_CHOICES: readonly number[] = [0, 0.5, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200];
export const BURST_CHOICES: readonly number[] = [0.25, 0.5, 1, 2, 4];
export const MML_CHOICES: readonly number[] = [512, 1024, 2048, 4096, 8192];
export const ZOOM_CHOICES: readonly number[] = [1, 2, 4, 8, 16, 32];

/** Limits the widget enforces (the URL decoder uses the same ones). */
export const LIMITS = {
  seed: [0, 999_999],
  n: [1, 500],
  pm: [1, 8000],
  om: [1, 4000],
  mns: [1, 1024],
  mbt: [16, 65_536],
  lpt: [0, 65_536],
  kvb: [2, 200_000],
  gmu: [10, 100],
  cpu: [0, 20_000],
} as const satisfies Record<string, readonly [number, number]>;

export const DEFAULT_SETTINGS: BatchSettings = {
  seed: 1,
  n: 24,
  rate: 8,
  burst: 1,
  pd: 'lognormal',
  pm: 300,
  od: 'lognormal',
  om: 120,
  mns: 16,
  mbt: 2048,
  lpt: 0,
  kvb: 1025,
  pol: 'fcfs',
  mml: 2048,
  cpu: 300,
  async: true,
  hw: DEFAULT_HARDWARE_SELECTION,
};

export const DEFAULT_VIEW: BatchView = { frame: 0, speed: 1, zoom: 1, view: 'chart' };

/** Splits a URL state into settings and view. */
export function fromUrlState(u: BatchUrlState): { settings: BatchSettings; view: BatchView } {
  const { frame, speed, zoom, view, model, gpu, tp, wdt, kvdt, gmu, ...rest } = u;
  const hw: HardwareSelection = { ...DEFAULT_HARDWARE_SELECTION, modelId: model, gpuId: gpu, tp, weightDtype: wdt, kvDtype: kvdt, gpuMemoryUtilization: gmu / 100 };
  return { settings: { ...rest, hw }, view: { frame, speed, zoom, view } };
}

/** Joins settings and view into the URL state. */
export function toUrlState(s: BatchSettings, v: BatchView): BatchUrlState {
  const { hw, ...rest } = s;
  return { ...rest, ...v, model: hw.modelId, gpu: hw.gpuId, tp: hw.tp, wdt: hw.weightDtype, kvdt: hw.kvDtype, gmu: Math.round(hw.gpuMemoryUtilization * 100) };
}

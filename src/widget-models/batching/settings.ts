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
  readonly numPrompts: number;
  /** Mean arrival rate, requests per second (0 = all at once, like `--request-rate inf`). */
  readonly rate: number;
  /** Gamma shape of inter-arrival times (`vllm bench serve --burstiness`): < 1 burstier, 1 = Poisson. */
  readonly burstiness: number;
  readonly promptLengthKind: LengthKind;
  /** Prompt length: the value (fixed) or the mean (uniform ±50 %, log-normal σ 1). */
  readonly promptLength: number;
  readonly outputLengthKind: LengthKind;
  readonly outputLength: number;
  /** `--max-num-seqs`. */
  readonly maxNumSeqs: number;
  /** `--max-num-batched-tokens`: the token budget per step. */
  readonly maxNumBatchedTokens: number;
  /** `--long-prefill-token-threshold` (0 = off). */
  readonly longPrefillTokenThreshold: number;
  /** `num_gpu_blocks` (as `--num-gpu-blocks-override` sets it), null block included. */
  readonly numGpuBlocks: number;
  /** `--scheduling-policy`. */
  readonly schedulingPolicy: 'fcfs' | 'priority';
  /** `--max-model-len`. */
  readonly maxModelLen: number;
  /** CPU time per step (µs): scheduling, input preparation, output processing (an assumption). */
  readonly cpuUsPerStep: number;
  /** `--async-scheduling` (on by default since vLLM v0.14.0): CPU work overlaps the GPU. */
  readonly asyncScheduling: boolean;
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
  readonly weightDtype: HardwareSelection['weightDtype'];
  readonly kvDtype: HardwareSelection['kvDtype'];
  /** `--gpu-memory-utilization` in percent (only the hardware panel's memory plan uses it). */
  readonly gpuMemoryUtilizationPercent: number;
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
  numPrompts: [1, 500],
  promptLength: [1, 8000],
  outputLength: [1, 4000],
  maxNumSeqs: [1, 1024],
  maxNumBatchedTokens: [16, 65_536],
  longPrefillTokenThreshold: [0, 65_536],
  numGpuBlocks: [2, 200_000],
  gpuMemoryUtilizationPercent: [10, 100],
  cpuUsPerStep: [0, 20_000],
} as const satisfies Record<string, readonly [number, number]>;

export const DEFAULT_SETTINGS: BatchSettings = {
  seed: 1,
  numPrompts: 24,
  rate: 8,
  burstiness: 1,
  promptLengthKind: 'lognormal',
  promptLength: 300,
  outputLengthKind: 'lognormal',
  outputLength: 120,
  maxNumSeqs: 16,
  maxNumBatchedTokens: 2048,
  longPrefillTokenThreshold: 0,
  numGpuBlocks: 1025,
  schedulingPolicy: 'fcfs',
  maxModelLen: 2048,
  cpuUsPerStep: 300,
  asyncScheduling: true,
  hw: DEFAULT_HARDWARE_SELECTION,
};

export const DEFAULT_VIEW: BatchView = { frame: 0, speed: 1, zoom: 1, view: 'chart' };

/** Splits a URL state into settings and view. */
export function fromUrlState(u: BatchUrlState): { settings: BatchSettings; view: BatchView } {
  const { frame, speed, zoom, view, model, gpu, tp, weightDtype: wdt, kvDtype: kvdt, gpuMemoryUtilizationPercent: gmu, ...rest } = u;
  const hw: HardwareSelection = { ...DEFAULT_HARDWARE_SELECTION, modelId: model, gpuId: gpu, tp, weightDtype: wdt, kvDtype: kvdt, gpuMemoryUtilization: gmu / 100 };
  return { settings: { ...rest, hw }, view: { frame, speed, zoom, view } };
}

/** The widget's settings as its store and links hold them: the URL state without the moment on screen. */
export type BatchWidgetSettings = Omit<BatchUrlState, 'frame' | 'speed'>;

/** What the model runs on: the widget's settings with the hardware gathered, zoom and view left out. */
export function runSettingsOf(s: BatchWidgetSettings): BatchSettings {
  return fromUrlState({ ...s, frame: 0, speed: 1 }).settings;
}

/** The run's key: everything but the zoom and the chart/table view, which only redraw. */
export function runKeyOf({ zoom: _zoom, view: _view, ...run }: BatchWidgetSettings): string {
  return JSON.stringify(run);
}

/** Joins settings and view into the URL state. */
export function toUrlState(s: BatchSettings, v: BatchView): BatchUrlState {
  const { hw, ...rest } = s;
  return { ...rest, ...v, model: hw.modelId, gpu: hw.gpuId, tp: hw.tp, weightDtype: hw.weightDtype, kvDtype: hw.kvDtype, gpuMemoryUtilizationPercent: Math.round(hw.gpuMemoryUtilization * 100) };
}

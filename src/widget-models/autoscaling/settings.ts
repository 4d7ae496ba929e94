/**
 * Everything that defines one autoscaling comparison: the traffic, the model and where its
 * weights come from, the KPA's settings, the Standard-mode alternative (HPA or KEDA) and the
 * fixed replica count, all run on the same seed. With the view state this is the whole widget
 * state, so it round-trips through the URL.
 */
import type { StorageSource, TrafficShape } from '../../sim/autoscale/index.ts';

/** Catalog models the widget offers, each with the tensor parallelism one pod uses. */
export const MODEL_CHOICES = [
  { id: 'llama-3.2-1b', label: 'Llama 3.2 1B', tp: 1, uri: 'meta-llama/Llama-3.2-1B-Instruct' },
  { id: 'llama-3.1-8b', label: 'Llama 3.1 8B', tp: 1, uri: 'meta-llama/Llama-3.1-8B-Instruct' },
  { id: 'qwen2.5-32b', label: 'Qwen2.5 32B (TP 2)', tp: 2, uri: 'Qwen/Qwen2.5-32B-Instruct' },
  { id: 'llama-3.1-70b', label: 'Llama 3.1 70B (TP 4)', tp: 4, uri: 'meta-llama/Llama-3.1-70B-Instruct' },
] as const;
export type ModelChoice = (typeof MODEL_CHOICES)[number]['id'];

export const SHAPES: readonly TrafficShape[] = ['steady', 'diurnal', 'spike', 'on-off', 'from-zero'];
export const STORAGE_SOURCES: readonly StorageSource[] = ['hf', 's3', 'gs', 'pvc', 'oci', 'local-cache'];

/** The Standard-mode autoscaler compared with the KPA. */
export type AltKind = 'hpa' | 'keda';
/** The vLLM gauge it scales on: `vllm:num_requests_waiting` or `vllm:num_requests_running`. */
export type AltMetric = 'waiting' | 'running';
/** Which run the big chart shows. */
export type Focus = 'kpa' | 'alt' | 'fixed';
export const FOCI: readonly Focus[] = ['kpa', 'alt', 'fixed'];

/** `autoscaling.knative.dev/target-burst-capacity` values offered: always, at zero only, Knative's default. */
export const TBC_CHOICES = [-1, 0, 211] as const;

export interface AutoscalingSettings {
  readonly shape: TrafficShape;
  /** Load level: requests per second (the peak for diurnal, the base for spike). */
  readonly rps: number;
  readonly model: ModelChoice;
  readonly storage: StorageSource;
  /** KServe `scaleTarget` → `autoscaling.knative.dev/target` (concurrent requests per pod). */
  readonly target: number;
  /** KServe `minReplicas` → `autoscaling.knative.dev/min-scale`. */
  readonly minScale: number;
  /** KServe `maxReplicas` → `autoscaling.knative.dev/max-scale`. */
  readonly maxScale: number;
  /** `autoscaling.knative.dev/panic-threshold-percentage`. */
  readonly panic: number;
  /** `autoscaling.knative.dev/scale-to-zero-pod-retention-period`, seconds. */
  readonly retention: number;
  /** `autoscaling.knative.dev/target-burst-capacity`. */
  readonly targetBurstCapacity: number;
  /** `serving.kserve.io/autoscalerClass` of the Standard-mode run. */
  readonly altKind: AltKind;
  readonly altMetric: AltMetric;
  /** Per pod (HPA) or per replica of the sum (KEDA). */
  readonly altTarget: number;
  /** Replicas of the fixed run (`minReplicas` = `maxReplicas`). */
  readonly fixed: number;
  readonly seed: number;
}

export interface AutoscalingView {
  /** Timeline frame (one per 2 s sample). */
  readonly frame: number;
  readonly speed: number;
  readonly focus: Focus;
}

export type AutoscalingUrlState = AutoscalingSettings & AutoscalingView;

/** The widget's settings: what the runs depend on, and the run in the big chart (which does not rerun them). */
export type AutoscalingChoice = AutoscalingSettings & Pick<AutoscalingView, 'focus'>;

/** What the runs depend on: the widget's settings without the run on show. */
export function runSettingsOf({ focus: _focus, ...settings }: AutoscalingChoice): AutoscalingSettings {
  return settings;
}

/** Simulated seconds per run, and between frames (the model's sample interval). */
export const DURATION_S = 600;
export const SAMPLE_S = 2;
/** Mean prompt and output lengths of the traffic. */
export const PROMPT_TOKENS = 512;
export const OUTPUT_TOKENS = 256;

export const LIMITS = {
  rps: [1, 40],
  target: [1, 200],
  minScale: [0, 8],
  maxScale: [1, 64],
  panic: [110, 1000],
  retention: [0, 600],
  altTarget: [1, 100],
  fixed: [1, 16],
  seed: [0, 999_999],
} as const;

export const DEFAULT_SETTINGS: AutoscalingSettings = {
  shape: 'spike',
  rps: 2,
  model: 'llama-3.1-8b',
  storage: 'hf',
  target: 10,
  minScale: 1,
  maxScale: 16,
  panic: 200,
  retention: 0,
  targetBurstCapacity: 211,
  altKind: 'keda',
  altMetric: 'running',
  altTarget: 10,
  fixed: 2,
  seed: 1,
};

export const DEFAULT_VIEW: AutoscalingView = { frame: 0, speed: 1, focus: 'kpa' };

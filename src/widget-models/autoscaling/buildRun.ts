/**
 * Settings → the shared run (traffic, pods, cold start) and the three policies compared on it:
 * the KPA, the Standard-mode HPA or KEDA, and a fixed replica count.
 */
import type { AutoscaleConfigInput, PolicyConfig, StorageSource, TrafficConfig } from '../../sim/autoscale/index.ts';
import { type AutoscalingSettings, DURATION_S, type Focus, MODEL_CHOICES, OUTPUT_TOKENS, PROMPT_TOKENS, SAMPLE_S } from './settings.ts';

/** Fixed parts of each traffic shape, in seconds (the load level is a setting). */
export const SHAPE_TIMING = {
  diurnal: { periodS: DURATION_S, minFraction: 1 / 8 },
  spike: { atS: 120, durationS: 60, factor: 5 },
  'on-off': { onS: 90, offS: 210 },
  'from-zero': { startAtS: 240 },
} as const;

/** The traffic curve for the settings. */
export function trafficOf(s: AutoscalingSettings): TrafficConfig {
  const base = { promptTokens: PROMPT_TOKENS, outputTokens: OUTPUT_TOKENS, rps: s.rps };
  switch (s.shape) {
    case 'steady':
      return { ...base, shape: 'steady' };
    case 'diurnal':
      return { ...base, shape: 'diurnal', minRps: s.rps * SHAPE_TIMING.diurnal.minFraction, periodS: SHAPE_TIMING.diurnal.periodS };
    case 'spike':
      return { ...base, shape: 'spike', spikeRps: s.rps * SHAPE_TIMING.spike.factor, spikeAtS: SHAPE_TIMING.spike.atS, spikeDurationS: SHAPE_TIMING.spike.durationS };
    case 'on-off':
      return { ...base, shape: 'on-off', onS: SHAPE_TIMING['on-off'].onS, offS: SHAPE_TIMING['on-off'].offS };
    case 'from-zero':
      return { ...base, shape: 'from-zero', startAtS: SHAPE_TIMING['from-zero'].startAtS };
  }
}

/** A `storageUri` of the source's scheme for the model (`local-cache://` stands for a LocalModelCache hit). */
export function storageUriOf(source: StorageSource, model: AutoscalingSettings['model']): string {
  const path = MODEL_CHOICES.find((m) => m.id === model)?.uri ?? model;
  const name = path.split('/').pop() ?? path;
  switch (source) {
    case 'hf':
      return `hf://${path}`;
    case 's3':
      return `s3://models/${path}`;
    case 'gs':
      return `gs://models/${path}`;
    case 'pvc':
      return `pvc://models/${path}`;
    case 'oci':
      return `oci://registry.example.com/models/${name.toLowerCase()}:v1`;
    case 'local-cache':
      return `local-cache://${path}`;
  }
}

/** Everything but the policy: identical for the three runs, so their arrivals are identical. */
export function baseOf(s: AutoscalingSettings): Omit<AutoscaleConfigInput, 'policy'> {
  const tp = MODEL_CHOICES.find((m) => m.id === s.model)?.tp ?? 1;
  return {
    seed: s.seed,
    durationS: DURATION_S,
    sampleIntervalS: SAMPLE_S,
    traffic: trafficOf(s),
    pod: { modelId: s.model, tp },
    coldStart: { storageUri: storageUriOf(s.storage, s.model) },
  };
}

/** The three policies, in `FOCI` order. HPA and KEDA cannot go below one replica in Standard mode. */
export function policiesOf(s: AutoscalingSettings): Record<Focus, PolicyConfig> {
  const minReplicas = Math.max(1, s.minScale);
  const maxReplicas = Math.max(minReplicas, s.maxScale);
  return {
    kpa: {
      kind: 'kpa',
      settings: {
        target: s.target,
        minScale: s.minScale,
        maxScale: Math.max(s.maxScale, s.minScale),
        panicThresholdPercentage: s.panic,
        scaleToZeroPodRetentionPeriodS: s.retention,
        targetBurstCapacity: s.targetBurstCapacity,
      },
    },
    alt: { kind: s.altKind, metric: s.altMetric === 'waiting' ? 'num_requests_waiting' : 'num_requests_running', target: s.altTarget, minReplicas, maxReplicas },
    fixed: { kind: 'fixed', replicas: s.fixed },
  };
}

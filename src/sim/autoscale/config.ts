/** Defaults and checks for an autoscaling run. Errors name the field. */
import { COLD_START_DEFAULTS, storageProfileFor } from './coldStart.ts';
import type { AutoscaleConfig, AutoscaleConfigInput, PodServingConfig, TrafficConfig } from './types.ts';

/** One Llama-3.1-8B replica per H100, as in KServe's Hugging Face runtime examples. */
export const POD_DEFAULTS: PodServingConfig = { modelId: 'llama-3.1-8b', gpuId: 'h100-sxm-80gb', tp: 1, maxModelLen: 8192 };

const TRAFFIC_FIELDS: Record<TrafficConfig['shape'], readonly string[]> = {
  steady: ['rps'],
  diurnal: ['rps', 'minRps', 'periodS'],
  spike: ['rps', 'spikeRps', 'spikeAtS', 'spikeDurationS'],
  'on-off': ['rps', 'onS', 'offS'],
  'from-zero': ['rps', 'startAtS'],
};

function checkTraffic(t: TrafficConfig): void {
  const fields = TRAFFIC_FIELDS[t.shape];
  if (!fields) throw new Error(`traffic.shape: must be one of ${Object.keys(TRAFFIC_FIELDS).join(', ')} (got ${JSON.stringify(t.shape)})`);
  const rec = t as unknown as Record<string, unknown>;
  for (const f of [...fields, 'promptTokens', 'outputTokens']) {
    const v = rec[f];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`traffic.${f}: must be a number ≥ 0 (got ${JSON.stringify(v)})`);
  }
  if (t.promptTokens < 1 || t.outputTokens < 1) throw new Error('traffic.promptTokens / traffic.outputTokens: must be ≥ 1');
  if ((t.shape === 'diurnal' && t.periodS <= 0) || (t.shape === 'on-off' && t.onS + t.offS <= 0)) {
    throw new Error(`traffic: the ${t.shape} period must be > 0`);
  }
}

/**
 * Fills defaults and checks a run configuration.
 * @throws Error naming the first bad field
 */
export function resolveAutoscaleConfig(input: AutoscaleConfigInput): AutoscaleConfig {
  const c: AutoscaleConfig = {
    seed: input.seed ?? 1,
    durationS: input.durationS ?? 600,
    traffic: input.traffic,
    pod: { ...POD_DEFAULTS, ...input.pod },
    coldStart: { ...COLD_START_DEFAULTS, ...input.coldStart },
    policy: input.policy,
    latencyWindowS: input.latencyWindowS ?? 10,
    sampleIntervalS: input.sampleIntervalS ?? 2,
  };
  if (!Number.isInteger(c.seed)) throw new Error(`seed: must be an integer (got ${String(c.seed)})`);
  if (!Number.isInteger(c.durationS) || c.durationS < 1 || c.durationS > 86_400) throw new Error(`durationS: must be a whole number of seconds in [1, 86400] (got ${String(c.durationS)})`);
  if (!(c.latencyWindowS > 0)) throw new Error(`latencyWindowS: must be > 0 (got ${String(c.latencyWindowS)})`);
  if (!Number.isInteger(c.sampleIntervalS) || c.sampleIntervalS < 1) throw new Error(`sampleIntervalS: must be a whole number of seconds ≥ 1 (got ${String(c.sampleIntervalS)})`);
  checkTraffic(c.traffic);
  if (!Number.isInteger(c.pod.tp) || c.pod.tp < 1) throw new Error(`pod.tp: must be an integer ≥ 1 (got ${String(c.pod.tp)})`);
  storageProfileFor(c.coldStart.storageUri);
  const cs = c.coldStart as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(cs)) {
    if (typeof v === 'number' && !(Number.isFinite(v) && v >= 0)) throw new Error(`coldStart.${k}: must be a number ≥ 0 (got ${String(v)})`);
  }
  if (!(c.coldStart.imagePullGBps > 0)) throw new Error(`coldStart.imagePullGBps: must be > 0`);
  if (!Number.isInteger(c.coldStart.gpusPerNode) || c.coldStart.gpusPerNode < c.pod.tp) {
    throw new Error(`coldStart.gpusPerNode: must be an integer ≥ pod.tp (${c.pod.tp}) (got ${String(c.coldStart.gpusPerNode)})`);
  }
  return c;
}

/**
 * The quantisation widget's settings: model, GPU, TP, weight format, KV-cache dtype and the
 * shapes the step times are priced at. All of it lives in the URL.
 */
import { QUANT_GPU_IDS, QUANT_SCHEME_IDS, type QuantSchemeId } from '../../sim/cost/index.ts';

export const MODEL_CHOICES = [
  { id: 'llama-3.1-8b', label: 'Llama-3.1-8B' },
  { id: 'qwen2.5-32b', label: 'Qwen2.5-32B' },
  { id: 'llama-3.1-70b', label: 'Llama-3.1-70B' },
] as const;
export type QuantModelId = (typeof MODEL_CHOICES)[number]['id'];
export const MODEL_IDS: readonly QuantModelId[] = MODEL_CHOICES.map((m) => m.id);

export const GPU_IDS: readonly string[] = QUANT_GPU_IDS;
export const SCHEME_IDS: readonly QuantSchemeId[] = QUANT_SCHEME_IDS;
/** vLLM's `--kv-cache-dtype`: auto (the model dtype, bf16 here) or fp8 (e4m3). */
export const KV_CHOICES = ['auto', 'fp8'] as const;
export type KvChoice = (typeof KV_CHOICES)[number];

export const TP_VALUES: readonly number[] = [1, 2, 4, 8];
export const CONTEXT_VALUES: readonly number[] = [512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072];
export const BATCH_VALUES: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256];
export const PREFILL_VALUES: readonly number[] = [512, 2048, 8192];

export interface QuantizationSettings {
  readonly model: QuantModelId;
  readonly gpu: string;
  readonly tp: number;
  readonly scheme: QuantSchemeId;
  readonly kvCacheDtype: KvChoice;
  /** max_model_len for the concurrency figure and the decode context. */
  readonly maxModelLen: number;
  readonly batch: number;
  readonly prefill: number;
}

/** The URL holds the settings only: the widget has one frame (nothing plays). */
export type QuantizationUrlState = QuantizationSettings;

export const DEFAULT_SETTINGS: QuantizationSettings = {
  model: 'llama-3.1-8b',
  gpu: 'h100-sxm-80gb',
  tp: 1,
  scheme: 'fp8',
  kvCacheDtype: 'auto',
  maxModelLen: 4096,
  batch: 32,
  prefill: 2048,
};

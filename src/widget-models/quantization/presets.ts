/**
 * Guided starting points, as typed data. Each title and guide promises only what the model
 * shows: tests/unit/ui/widgets/quantization/presets.test.ts holds them to it.
 */
import { findPreset } from '../presets.ts';
import { DEFAULT_SETTINGS, type QuantizationUrlState } from './settings.ts';

export type QuantizationPresetId = 'fp8-weights' | 'fp8-kv' | '70b-one-gpu' | 'nvfp4-blackwell' | 'sandbox';

export interface QuantizationPreset {
  readonly id: QuantizationPresetId;
  readonly title: string;
  /** What to look at, one or two sentences. */
  readonly guide: string;
  readonly state: QuantizationUrlState;
}

export const QUANTIZATION_PRESETS: Readonly<Record<QuantizationPresetId, QuantizationPreset>> = {
  'fp8-weights': {
    id: 'fp8-weights',
    title: 'FP8 weights on an H100: smaller and faster',
    guide:
      'Llama-3.1-8B on one H100. FP8 W8A8 stores the linear layers in one byte (embeddings and lm_head stay bf16), so the weights shrink to a little over half; decode at batch 32 and a 2,048-token prefill both get faster. The calibration run timed these whole FP8 and bf16 layers, so each step shows the measurement beside the model.',
    state: { ...DEFAULT_SETTINGS, scheme: 'fp8', maxModelLen: 512, batch: 32, prefill: 2048 },
  },
  'fp8-kv': {
    id: 'fp8-kv',
    title: 'An fp8 KV cache doubles the blocks, not the speed',
    guide:
      'The same model in bf16 with --kv-cache-dtype fp8 at 32k-token contexts. The KV budget is unchanged but each block takes half the bytes, so twice as many blocks and twice the concurrent 32k requests fit; the step time for a given batch is the same (the model prices fp8 KV reads as bf16), so throughput rises only because more sequences share each step.',
    state: { ...DEFAULT_SETTINGS, scheme: 'bf16', kvCacheDtype: 'fp8', maxModelLen: 32768, batch: 256 },
  },
  '70b-one-gpu': {
    id: '70b-one-gpu',
    title: 'Llama-3.1-70B on one H100: only 4-bit leaves room for KV',
    guide:
      'bf16 weights do not fit in one 80 GB card at all. FP8 fits with only a couple of 8k-token requests of KV; 4-bit AWQ weights leave more than ten times as many. The 4-bit decode steps are estimated (Marlin W4A16, not measured).',
    state: { ...DEFAULT_SETTINGS, model: 'llama-3.1-70b', scheme: 'int4-awq', kvCacheDtype: 'fp8', maxModelLen: 8192, batch: 32 },
  },
  'nvfp4-blackwell': {
    id: 'nvfp4-blackwell',
    title: 'NVFP4 on a B200: FP4 tensor cores speed up prefill too',
    guide:
      'Llama-3.1-70B on one B200 (every figure estimated from the datasheet). NVFP4 runs W4A4 on FP4 tensor cores, so a 2,048-token prefill is faster than FP8 and bf16; 4-bit AWQ, weight-only, prefills no faster than bf16. INT8 W8A8 does not run on Blackwell.',
    state: { ...DEFAULT_SETTINGS, model: 'llama-3.1-70b', gpu: 'b200-180gb', scheme: 'nvfp4', maxModelLen: 8192, batch: 64, prefill: 2048 },
  },
  sandbox: {
    id: 'sandbox',
    title: 'Sandbox',
    guide: 'Every setting open: model, GPU, tensor parallelism, weight format, KV-cache dtype, context length, decode batch and prefill length.',
    state: DEFAULT_SETTINGS,
  },
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): QuantizationPreset {
  return findPreset<QuantizationPreset>(QUANTIZATION_PRESETS, id, 'sandbox', 'quantization widget');
}

import { defineLazyWidget } from '../kit/defineWidget.tsx';
import { QUANTIZATION_PRESETS } from '../../../widget-models/quantization/presets.ts';
import type { QuantizationSettings } from '../../../widget-models/quantization/settings.ts';
import './quantization.css';

/**
 * Quantisation in vLLM: one GPU's memory under each weight format (bf16, FP8 and INT8 W8A8,
 * AWQ/GPTQ W4A16, NVFP4/MXFP4) and KV-cache dtype, with KV blocks, concurrency and step times
 * labelled by where they come from, and cited accuracy figures. The body (its drawing, store and
 * simulation) loads when the reader comes near the widget.
 */
export const QuantizationWidget = defineLazyWidget<QuantizationSettings>({
  kind: 'quantization',
  name: 'Quantization',
  label: 'the quantization widget',
  presets: QUANTIZATION_PRESETS,
  defaultPreset: 'sandbox',
  titlePrefix: 'Quantization',
  load: () => import('./QuantizationBody.tsx'),
});

import { defineLazyWidget } from '../kit/defineWidget.tsx';
import { LORA_PRESETS } from '../../../widget-models/lora/presets.ts';
import type { LoraSettings } from '../../../widget-models/lora/settings.ts';
import './lora.css';

/**
 * Serving many LoRA adapters on one base model with vLLM's engine: GPU adapter slots
 * (`--max-loras`) over time, the CPU cache (`--max-cpu-loras`), who waits because of
 * `max_loras` and why, and what rank and adapter count cost (estimated). Every setting is named
 * by its flag and lives in the URL. The body loads when the reader comes near the widget.
 */
export const LoraWidget = defineLazyWidget<LoraSettings>({
  kind: 'lora',
  name: 'Multi-LoRA serving',
  label: 'the multi-LoRA widget',
  presets: LORA_PRESETS,
  defaultPreset: 'sandbox',
  titlePrefix: 'Multi-LoRA',
  load: () => import('./LoraBody.tsx'),
});

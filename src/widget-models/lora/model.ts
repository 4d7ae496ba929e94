/** The multi-LoRA widget's model: one engine run with adapters, then the base model for comparison. */
import type { WidgetModel } from '../model.ts';
import type { LoraSettings } from './settings.ts';
import { startLoraRun } from './simulate.ts';
import type { LoraSim } from './types.ts';

export const loraModel: WidgetModel<LoraSettings, LoraSim> = { id: 'lora', start: startLoraRun };

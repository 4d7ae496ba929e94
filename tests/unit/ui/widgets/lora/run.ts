/** Runs the LoRA widget model to completion (shared by the model and preset tests). */
import { expect } from 'vitest';
import { LORA_PRESETS, type LoraPresetId } from '../../../../../src/widget-models/lora/presets.ts';
import type { LoraSettings } from '../../../../../src/widget-models/lora/settings.ts';
import { startLoraRun } from '../../../../../src/widget-models/lora/simulate.ts';
import type { LoraSim, LoraSummary } from '../../../../../src/widget-models/lora/types.ts';

const cache = new Map<string, LoraSim>();

export function runLora(s: LoraSettings): LoraSim {
  const key = JSON.stringify(s);
  const hit = cache.get(key);
  if (hit) return hit;
  const job = startLoraRun(s);
  while (!job.advance(50));
  cache.set(key, job.sim);
  return job.sim;
}

export function summaryOf(s: LoraSettings): LoraSummary {
  const sim = runLora(s);
  expect(sim.error).toBeNull();
  expect(sim.summary).not.toBeNull();
  return sim.summary as LoraSummary;
}

export function settingsOf(id: LoraPresetId): LoraSettings {
  const { frame: _f, speed: _sp, ...s } = LORA_PRESETS[id].state;
  return s;
}

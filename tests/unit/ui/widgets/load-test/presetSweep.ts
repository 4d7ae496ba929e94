/** Runs a load-test preset's whole sweep, as the worker would, for the preset tests. */
import { expect } from 'vitest';
import { startLoadTest, type LoadTestSweep } from '../../../../../src/widget-models/load-test/model.ts';
import { LOAD_TEST_PRESETS, type LoadTestPresetId } from '../../../../../src/widget-models/load-test/presets.ts';
import type { LoadTestSettings } from '../../../../../src/widget-models/load-test/settings.ts';
import type { LoadPoint } from '../../../../../src/widget-models/load-test/sweep.ts';

export function settingsOf(id: LoadTestPresetId): LoadTestSettings {
  const { metric: _m, ...s } = LOAD_TEST_PRESETS[id].state;
  return s;
}

export function sweep(id: LoadTestPresetId): { a: LoadPoint[]; b: LoadPoint[]; sim: LoadTestSweep } {
  const job = startLoadTest(settingsOf(id));
  while (!job.advance(10));
  for (const line of job.sim.series) expect(line.error).toBeNull();
  const [a, b] = job.sim.series.map((l) => l.points as LoadPoint[]);
  return { a: a ?? [], b: b ?? [], sim: job.sim };
}

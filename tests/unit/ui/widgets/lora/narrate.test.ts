/** The LoRA widget's narration, from frames the model records. */
import { describe, expect, it } from 'vitest';
import { narrateFrame } from '../../../../../src/ui/widgets/lora/narrate.ts';
import type { LoraFrame } from '../../../../../src/widget-models/lora/types.ts';
import { DEFAULT_SETTINGS } from '../../../../../src/widget-models/lora/settings.ts';
import { runLora } from './run.ts';

const frame = (over: Partial<LoraFrame>): LoraFrame => ({
  tMs: 1500,
  slots: [0, 1],
  cpu: [0, 1],
  running: [2, 1, 0],
  waiting: [0, 0, 3],
  deferred: [0, 0, 0],
  batch: [0, 1],
  queue: [],
  loads: [],
  hits: [],
  steps: 5,
  deferredPeak: 0,
  loraMs: 1,
  busyMs: 100,
  finished: 0,
  ...over,
});

describe('lora narration', () => {
  it('says who was skipped, which adapters hold the batch, and the limit', () => {
    const [e] = narrateFrame(frame({ deferred: [0, 0, 3] }), undefined, 2);
    expect(e?.text).toBe('1.5 s: 3 waiting requests for C skipped: the batch already holds A, B and max_loras is 2.');
    expect(e?.tone).toBe('danger');
  });

  it('tells a load from storage from a CPU-cache hit, and names the adapter that left its slot', () => {
    const prev = frame({ slots: [0, 2] });
    const texts = narrateFrame(frame({ loads: [1], hits: [] }), prev, 2).map((e) => e.text);
    expect(texts).toEqual(['1.5 s: adapter B not in the CPU cache: loaded from storage, then copied into a GPU slot (▲).', '1.5 s: C left its GPU slot (least recently used).']);
    expect(narrateFrame(frame({ hits: [2] }), undefined, 2)[0]?.text).toMatch(/adapter C copied from the CPU cache into a GPU slot \(●\)/);
    expect(narrateFrame(frame({}), frame({}), 2)).toEqual([]);
  });

  it('narrates the model’s own frames: every skipped frame of the one-slot run names the adapter in the batch', () => {
    const frames = runLora(DEFAULT_SETTINGS).frames;
    let n = 0;
    frames.forEach((f, i) => {
      const d = narrateFrame(f, frames[i - 1], 1).find((e) => e.tone === 'danger');
      if (f.deferred.some((x) => x > 0)) {
        n++;
        expect(d?.text).toMatch(/the batch already holds [A-D] and max_loras is 1\.$/);
      } else expect(d).toBeUndefined();
    });
    expect(n).toBeGreaterThan(10);
  });
});

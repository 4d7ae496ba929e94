/**
 * Keeps the performance-and-hardware lesson honest: every figure it attributes to the model is
 * recomputed here from the same presets and the memory planner, and must appear in the text as
 * printed; the knowledge check's model-graded answers agree with the same runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTerm } from '../../../src/content/glossary/index.ts';
import KC from '../../../src/content/quiz/lessons/vllm--performance-and-hardware.ts';
import type { NumericItem } from '../../../src/quiz/schema.ts';
import { findGpu } from '../../../src/sim/cost/catalog/gpus.ts';
import { findModel } from '../../../src/sim/cost/catalog/models.ts';
import { LEGACY_V0_11_MEMORY, planMemory } from '../../../src/sim/cost/memoryPlanner.ts';
import type { GpuSpec, ModelArch } from '../../../src/sim/cost/types.ts';
import { metricsAt } from '../../../src/widget-models/batching/liveMetrics.ts';
import { BATCH_PRESETS } from '../../../src/widget-models/batching/presets.ts';
import type { BatchSettings } from '../../../src/widget-models/batching/settings.ts';
import { simulate } from '../../../src/widget-models/batching/simulate.ts';
import type { StepRecord } from '../../../src/widget-models/batching/types.ts';

const text = readFileSync('src/lessons/02-vllm/10-performance-and-hardware.mdx', 'utf8').replace(/\s+/g, ' ');
const n = (x: number) => Math.round(x).toLocaleString('en-US');
const expectAll = (figures: readonly string[]) => expect(figures.filter((x) => !text.includes(x))).toEqual([]);

function run(settings: BatchSettings) {
  const sim = simulate(settings);
  const r = sim.cont;
  if (!r || sim.error) throw new Error(sim.error ?? 'no run');
  const last = r.steps.at(-1) as StepRecord;
  // A decode step with the whole batch (all 32 requests emit one token).
  const decode = r.steps.filter((s) => s.emitted === 32 && s.tokens === 32)[5] as StepRecord;
  return { r, last, decode, m: metricsAt(r, sim.workload, Infinity), idle: last.cumCpuGapUs / last.cumBusyUs };
}

const numeric = (id: string) => {
  const item = KC.items.find((i) => i.id === id) as NumericItem | undefined;
  if (!item || item.kind !== 'numeric') throw new Error(`no numeric item ${id}`);
  return item;
};

describe('performance lesson: async scheduling in the batching widget', () => {
  const off = run(BATCH_PRESETS['cpu-gap'].settings);
  const on = run(BATCH_PRESETS['async-overlap'].settings);
  const gpuMs = (off.decode.endUs - off.decode.startUs - off.decode.cpuGapUs) / 1000;

  it('embeds both presets', () => {
    expectAll(['preset="cpu-gap"', 'preset="async-overlap"']);
  });

  it('without async: GPU 1.70 ms + 2 ms CPU = 3.70 ms per decode step, GPU idle 52 %, 8,242 tok/s, TPOT 3.77 ms', () => {
    expect(off.decode.cpuGapUs).toBe(2000);
    expectAll([
      `**${gpuMs.toFixed(2)} ms**`,
      `**${((off.decode.endUs - off.decode.startUs) / 1000).toFixed(2)} ms**`,
      `idles **${(off.idle * 100).toFixed(0)} %**`,
      `**${n(off.m.outputThroughput)}** tokens/s`,
      `TPOT **${(off.m.tpot.mean * 1000).toFixed(2)} ms**`,
    ]);
  });

  it('with async: a step lasts max(CPU, GPU) = 2.00 ms, 0.30 ms gap, idle 12 %, 15,113 tok/s, TPOT 2.03 ms', () => {
    expectAll([
      `lasts **${((on.decode.endUs - on.decode.startUs) / 1000).toFixed(2)} ms**`,
      `**${(on.decode.cpuGapUs / 1000).toFixed(2)} ms** of each step`,
      `idles **${(on.idle * 100).toFixed(0)} %**`,
      `**${n(on.m.outputThroughput)}** tokens/s`,
      `TPOT falls to **${(on.m.tpot.mean * 1000).toFixed(2)} ms**`,
    ]);
  });

  it('at 1.5 ms of CPU the gap disappears; on Llama-3.1-8B async hides 2 ms, and turning it off costs 20 % (45 % on the 1B)', () => {
    const at15 = run({ ...BATCH_PRESETS['async-overlap'].settings, cpuUsPerStep: 1500 });
    expect(at15.last.cumCpuGapUs).toBe(0);
    const hw8b = { ...BATCH_PRESETS['cpu-gap'].settings.hw, modelId: 'llama-3.1-8b' };
    const on8 = run({ ...BATCH_PRESETS['async-overlap'].settings, hw: hw8b });
    const off8 = run({ ...BATCH_PRESETS['cpu-gap'].settings, hw: hw8b });
    expect(on8.last.cumCpuGapUs).toBe(0);
    expect((on8.decode.endUs - on8.decode.startUs) / 1000).toBeGreaterThan(6.5);
    expect((on8.decode.endUs - on8.decode.startUs) / 1000).toBeLessThan(7.5);
    const loss8 = 1 - off8.m.outputThroughput / on8.m.outputThroughput;
    const loss1 = 1 - off.m.outputThroughput / on.m.outputThroughput;
    expectAll([`(**${(loss8 * 100).toFixed(0)} %** in the model)`, `nearly half (**${(loss1 * 100).toFixed(0)} %**)`]);
  });

  it('the knowledge check grades the step times with the same model', () => {
    expect(numeric(`kc:vllm/performance-and-hardware#1`).answer).toBeCloseTo((off.decode.endUs - off.decode.startUs) / 1000, 1);
    expect(numeric(`kc:vllm/performance-and-hardware#2`).answer).toBeCloseTo((on.decode.endUs - on.decode.startUs) / 1000, 1);
  });
});

describe('performance lesson: CUDA-graph memory at start-up', () => {
  const plan = (legacy: boolean) =>
    planMemory({ model: findModel('llama-3.1-8b') as ModelArch, gpu: findGpu('h100-sxm-80gb') as GpuSpec, tp: 1, weightDtype: 'bf16', kvDtype: 'bf16', maxModelLen: 8192, ...(legacy ? LEGACY_V0_11_MEMORY : {}) });

  it('quotes the planner: 28,674 blocks (458,784 tokens) at 0.33, 28,171 with v0.11 sizing; the KC agrees', () => {
    const now = plan(false);
    const old = plan(true);
    expect(now.cudaGraphBytes).toBe(0.6 * 2 ** 30);
    expectAll([`**${n(now.numGpuBlocks)}** KV blocks (**${n(now.kvCacheTokens)}** tokens)`, `**${n(old.numGpuBlocks)}** with v0.11's`]);
    expect(numeric('kc:vllm/performance-and-hardware#3').answer).toBe(now.numGpuBlocks - old.numGpuBlocks);
  });
});

describe('performance lesson: knowledge check and glossary', () => {
  it('has at least 8 items, several graded by the model', () => {
    expect(KC.items.length).toBeGreaterThanOrEqual(8);
    expect(KC.items.filter((i) => i.kind === 'numeric').length).toBeGreaterThanOrEqual(3);
  });

  it('teaches its terms', () => {
    for (const id of ['torch-compile', 'cudagraph-mode', 'attention-backend', 'model-runner-v2', 'vllm-bench-serve']) {
      expect(getTerm(id)?.lesson, id).toBe('vllm/performance-and-hardware');
    }
    for (const id of ['torch-compile', 'cudagraph-mode', 'attention-backend', 'model-runner-v2']) expect(text).toContain(`<Term id="${id}">`);
  });
});

/**
 * The multi-LoRA widget's model: the real engine with adapters, frames of slots, CPU cache and
 * waiting requests, and the estimated rank × adapter-count table.
 */
import { describe, expect, it } from 'vitest';
import { adapterBytes, LORA_STEP_OVERHEAD_FRACTION } from '../../../../../src/sim/cost/loraCost.ts';
import { kvBlocksWithSlots, OVERHEAD_COUNTS, overheadTable, relativeThroughput } from '../../../../../src/widget-models/lora/overhead.ts';
import { ARRIVAL_WINDOW_S, DEFAULT_SETTINGS, FRAME_MS, RANK_VALUES, type LoraSettings } from '../../../../../src/widget-models/lora/settings.ts';
import { startLoraRun } from '../../../../../src/widget-models/lora/simulate.ts';
import { adapterShares, buildWorkload } from '../../../../../src/widget-models/lora/workload.ts';
import { runLora, summaryOf } from './run.ts';

const s4: LoraSettings = { ...DEFAULT_SETTINGS, maxLoras: 4 };

describe('lora widget model', { timeout: 30_000 }, () => {
  it('is deterministic: the same settings give the same frames', () => {
    const a = startLoraRun({ ...DEFAULT_SETTINGS, rate: 2 });
    const b = startLoraRun({ ...DEFAULT_SETTINGS, rate: 2 });
    while (!a.advance(50));
    while (!b.advance(50));
    expect(JSON.stringify(a.sim)).toBe(JSON.stringify(b.sim));
  });

  it('never puts more distinct adapters in a batch or in GPU slots than max_loras, nor more in the CPU cache than max_cpu_loras', () => {
    for (const s of [DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, adapters: 16, maxLoras: 3, maxCpuLoras: 6, skew: 'zipf-1' as const }]) {
      const sim = runLora(s);
      for (const f of sim.frames) {
        expect(f.batch.length).toBeLessThanOrEqual(s.maxLoras);
        expect(f.slots).toHaveLength(s.maxLoras);
        const inSlots = f.slots.filter((a) => a >= 0);
        expect(new Set(inSlots).size).toBe(inSlots.length);
        for (const a of f.batch) expect(f.slots).toContain(a);
        expect(f.cpu.length).toBeLessThanOrEqual(s.maxCpuLoras);
        for (const a of inSlots) expect(f.cpu).toContain(a); // an active adapter is registered
      }
    }
  });

  it('marks a waiting request deferred only when the batch is full of other adapters', () => {
    const sim = runLora(DEFAULT_SETTINGS);
    let seen = 0;
    for (const f of sim.frames) {
      for (const q of f.queue.filter((x) => x.deferred)) {
        seen++;
        expect(f.batch.length).toBe(DEFAULT_SETTINGS.maxLoras);
        expect(f.batch).not.toContain(q.adapter);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('records one frame per FRAME_MS and finishes every request', () => {
    const sim = runLora(s4);
    sim.frames.forEach((f, i) => expect(f.tMs).toBe((i + 1) * FRAME_MS));
    const sum = summaryOf(s4);
    expect(sum.lora.finished).toBe(sum.numRequests);
    expect(sum.base.finished).toBe(sum.numRequests);
    expect(sim.frames.at(-1)?.finished).toBe(sum.numRequests);
    expect(sum.numRequests).toBe(DEFAULT_SETTINGS.rate * ARRIVAL_WINDOW_S);
    // Loads from storage are a subset of slot activations (num_adapter_loads ≤ num_adapter_activations).
    expect(sum.loads).toBeLessThanOrEqual(sum.activations);
    const framesLoads = sim.frames.reduce((a, f) => a + f.loads.length, 0);
    const framesHits = sim.frames.reduce((a, f) => a + f.hits.length, 0);
    expect(framesLoads).toBe(sum.loads);
    expect(framesLoads + framesHits).toBe(sum.activations);
  });

  it('refuses max_cpu_loras below max_loras with the engine’s message naming the field', () => {
    const job = startLoraRun({ ...DEFAULT_SETTINGS, maxLoras: 4, maxCpuLoras: 2 });
    expect(job.advance(10)).toBe(true);
    expect(job.sim.error).toMatch(/maxCpuLoras: must be ≥ maxLoras \(4\), got 2/);
    expect(job.sim.frames).toHaveLength(0);
  });

  it('draws adapters by the skew without changing arrivals or lengths', () => {
    expect(adapterShares(4, 0)).toEqual([0.25, 0.25, 0.25, 0.25]);
    const z = adapterShares(16, 1);
    expect(z[0]).toBeCloseTo(0.296, 3);
    const u = buildWorkload({ ...DEFAULT_SETTINGS, adapters: 16 });
    const k = buildWorkload({ ...DEFAULT_SETTINGS, adapters: 16, skew: 'zipf-1.5' });
    expect(k.specs.map((x) => [x.arrivalUs, x.outputTokens])).toEqual(u.specs.map((x) => [x.arrivalUs, x.outputTokens]));
    const countA = (w: typeof u) => w.adapterOf.filter((a) => a === 0).length;
    expect(countA(k)).toBeGreaterThan(2 * countA(u));
  });

  it('estimates throughput falling with rank and adapter count, from loraCost', () => {
    const t = overheadTable();
    expect(t.map((r) => r.rank)).toEqual([...RANK_VALUES]);
    for (const r of t) {
      expect(r.relThroughput).toHaveLength(OVERHEAD_COUNTS.length);
      expect(r.relThroughput[0]).toBeLessThan(1 / (1 + LORA_STEP_OVERHEAD_FRACTION) + 1e-9);
      for (let i = 1; i < r.relThroughput.length; i++) expect(r.relThroughput[i]).toBeLessThan(r.relThroughput[i - 1] as number);
    }
    for (let i = 1; i < t.length; i++) expect(t[i]?.relThroughput[3]).toBeLessThan(t[i - 1]?.relThroughput[3] as number);
    expect(relativeThroughput(16, 1)).toBeGreaterThan(0.94);
    expect(relativeThroughput(256, 8)).toBeLessThan(0.75);
  });

  it('takes the slots’ reserved weights out of the KV cache', () => {
    expect(kvBlocksWithSlots(28_400, 4, 256)).toBe(28_400 - Math.ceil((4 * adapterBytes(256)) / (2 * 1024 * 1024)));
    expect(kvBlocksWithSlots(28_400, 1, 16)).toBe(28_360);
  });
});

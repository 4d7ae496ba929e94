/**
 * Every preset's title and guide promise only what the model shows: each claim is replayed here
 * on the preset's own settings.
 */
import { describe, expect, it } from 'vitest';
import { ARRIVAL_WINDOW_S } from '../../../../../src/widget-models/lora/settings.ts';
import { LORA_PRESETS, presetOf } from '../../../../../src/widget-models/lora/presets.ts';
import { decodeUrlState, encodeUrlState } from '../../../../../src/ui/widgets/kit/urlCodec.ts';
import { withTimeline } from '../../../../../src/ui/widgets/kit/defineWidget.tsx';
import { LORA_URL } from '../../../../../src/ui/widgets/lora/urlFields.ts';
import { runLora, settingsOf, summaryOf } from './run.ts';

describe('lora presets do what their titles say', { timeout: 60_000 }, () => {
  it('one-slot: most requests are deferred, TTFT p50 is seconds against tens of ms on the base model', () => {
    const s = summaryOf(settingsOf('one-slot'));
    expect(settingsOf('one-slot').maxLoras).toBe(1);
    expect(s.requestsDeferred).toBeGreaterThan(s.numRequests / 2);
    expect(s.lora.ttftP50Ms).toBeGreaterThan(1000);
    expect(s.base.ttftP50Ms).toBeLessThan(100);
    // One adapter at a time: every frame's batch has at most one.
    for (const f of runLora(settingsOf('one-slot')).frames) expect(f.batch.length).toBeLessThanOrEqual(1);
  });

  it('enough-slots: nobody is deferred and throughput is within a few per cent of the base model', () => {
    const s = summaryOf(settingsOf('enough-slots'));
    expect(s.deferredSteps).toBe(0);
    expect(s.requestsDeferred).toBe(0);
    expect(s.lora.outputThroughput / s.base.outputThroughput).toBeGreaterThan(0.95);
    expect(s.lora.outputThroughput).toBeLessThanOrEqual(s.base.outputThroughput);
  });

  it('cpu-thrash and cpu-cache: far more than 16 loads with 4 CPU slots, exactly one per adapter with 16', () => {
    const thrash = summaryOf(settingsOf('cpu-thrash'));
    const cached = summaryOf(settingsOf('cpu-cache'));
    expect(thrash.loads).toBeGreaterThan(2 * 16);
    expect(cached.loads).toBe(16);
    expect(cached.perAdapter.every((a) => a.loads === 1)).toBe(true);
    expect(cached.activations).toBeGreaterThan(cached.loads); // the rest are CPU-cache hits
  });

  it('zipf: adapter A gets about 30 % of requests, holds a slot most of the arrival window, and starts several times sooner than the rare adapters', () => {
    const st = settingsOf('zipf');
    const s = summaryOf(st);
    const a = s.perAdapter[0];
    expect(a?.share).toBeCloseTo(0.3, 1);
    const tail = s.perAdapter.slice(8).filter((x) => Number.isFinite(x.ttftMeanMs));
    const tailMean = tail.reduce((acc, x) => acc + x.ttftMeanMs, 0) / tail.length;
    expect(a?.ttftMeanMs).toBeLessThan(tailMean / 3);
    const frames = runLora(st).frames.filter((f) => f.tMs <= ARRIVAL_WINDOW_S * 1000);
    const withA = frames.filter((f) => f.slots.includes(0)).length;
    expect(withA / frames.length).toBeGreaterThan(0.5);
    // The rare adapters are the ones loaded (again and again): more loads per request than A.
    const rare = s.perAdapter.slice(8);
    expect(rare.reduce((acc, x) => acc + x.loads, 0) / rare.reduce((acc, x) => acc + x.requests, 0)).toBeGreaterThan((a?.loads ?? 0) / (a?.requests ?? 1));
  });

  it('high-rank: about 5 GB of slots come out of the KV cache, loads take about 0.7 s, and LoRA’s share of step time grows', () => {
    const st = settingsOf('high-rank');
    const s = summaryOf(st);
    const gb = ((s.kvBlocksBase - s.kvBlocks) * 2 * 1024 * 1024) / 1e9;
    expect(gb).toBeGreaterThan(5);
    expect(gb).toBeLessThan(5.6);
    const row = runLora(st).overhead.find((r) => r.rank === 256);
    expect(row?.loadMs).toBeGreaterThan(600);
    expect(row?.loadMs).toBeLessThan(750);
    const low = summaryOf({ ...st, rank: 16 });
    expect(s.loraTimeShare).toBeGreaterThan(2 * low.loraTimeShare);
  });

  it('every preset round-trips through the URL codec and is found by id', () => {
    for (const p of Object.values(LORA_PRESETS)) {
      expect(presetOf(p.id)).toBe(p);
      const defaults = LORA_PRESETS.sandbox.state;
      const url = withTimeline(LORA_URL);
      expect(decodeUrlState(url, encodeUrlState(url, p.state, defaults), defaults).value).toEqual(p.state);
    }
    // A link shared before the keys were shortened keeps its meaning.
    const old = decodeUrlState(withTimeline(LORA_URL), 'maxLoras.4_maxCpuLoras.8_f.20', LORA_PRESETS.sandbox.state);
    expect(old).toEqual({ value: { ...LORA_PRESETS.sandbox.state, maxLoras: 4, maxCpuLoras: 8, frame: 20 }, rejected: [] });
    expect(encodeUrlState(withTimeline(LORA_URL), old.value, LORA_PRESETS.sandbox.state)).toBe('v.2_ml.4_mcl.8_f.20');
    expect(() => presetOf('nope')).toThrow(/Known presets: one-slot/);
  });
});

/**
 * Multi-LoRA: the scheduler's `max_loras` skip (tests/v1/core/test_scheduler.py), the worker's
 * LRU adapter caches (tests/lora/test_lora_manager.py `test_lru_cache_worker_adapter_manager`),
 * the adapter name in the prefix-cache key, the start-up checks and the estimated costs.
 */
import { describe, expect, it } from 'vitest';
import { us } from '../../../../src/sim/core/units.ts';
import { adapterBytes, adapterLoadUs } from '../../../../src/sim/cost/loraCost.ts';
import { resolveEngineConfig } from '../../../../src/sim/engine/config.ts';
import { Engine } from '../../../../src/sim/engine/engine.ts';
import { EventSink } from '../../../../src/sim/engine/events.ts';
import { KVCacheManager } from '../../../../src/sim/engine/kvCacheManager.ts';
import { AdapterManager } from '../../../../src/sim/engine/lora/adapterManager.ts';
import { MetricsCollector } from '../../../../src/sim/engine/metrics.ts';
import { Scheduler } from '../../../../src/sim/engine/scheduler.ts';
import type { LoraConfigInput, RequestSpec } from '../../../../src/sim/engine/types.ts';
import { COMMON, makeManager, makeReq, segs, spec } from './helpers.ts';

function createScheduler(lora: LoraConfigInput) {
  const cfg = resolveEngineConfig({ maxNumSeqs: 16, maxNumBatchedTokens: 8192, numGpuBlocks: 10_000, maxModelLen: 8192, lora });
  const sink = new EventSink('none');
  const kv = new KVCacheManager(cfg.numGpuBlocks, cfg.blockSize, cfg.maxModelLen, cfg.enablePrefixCaching, sink);
  return new Scheduler(cfg, kv, sink, new MetricsCollector());
}

const withLora = (id: string, seed: number, lora?: string) => makeReq(id, segs([seed, 20]), { outputTokens: 50, extra: lora ? { lora } : {} });

describe('max_loras in the scheduler', () => {
  it('skips (not rejects) waiting requests whose adapter would exceed max_loras, and keeps scanning', () => {
    const sched = createScheduler({ maxLoras: 1 });
    const a = withLora('a', 1, 'x');
    const b = withLora('b', 2, 'y');
    const c = withLora('c', 3, 'x');
    const base = withLora('base', 4);
    for (const r of [a, b, c, base]) sched.addRequest(r);
    const s = sched.schedule(us(0));
    expect(s.reqs.slice(0, s.count).map((r) => r.id)).toEqual(['a', 'c', 'base']);
    expect(sched.waiting.toArray().map((r) => r.id)).toEqual(['b']);
    expect(sched.numDeferredByLora).toBe(1);
  });

  it('counts the adapters of running requests first', () => {
    const sched = createScheduler({ maxLoras: 2 });
    for (const r of [withLora('a', 1, 'x'), withLora('b', 2, 'y')]) sched.addRequest(r);
    sched.updateFromOutput(sched.schedule(us(0)), us(1));
    const d = withLora('d', 5, 'z');
    const e = withLora('e', 6, 'y');
    sched.addRequest(d);
    sched.addRequest(e);
    const s = sched.schedule(us(1));
    expect(s.reqs.slice(0, s.count).map((r) => r.id)).toEqual(['a', 'b', 'e']);
    expect(sched.waiting.toArray().map((r) => r.id)).toEqual(['d']);
  });

  it('puts several skipped requests back at the front in their original order', () => {
    const sched = createScheduler({ maxLoras: 1 });
    const reqs = [withLora('a', 1, 'x'), withLora('b', 2, 'y'), withLora('c', 3, 'z'), withLora('d', 4, 'x')];
    for (const r of reqs) sched.addRequest(r);
    sched.schedule(us(0));
    expect(sched.waiting.toArray().map((r) => r.id)).toEqual(['b', 'c']);
  });
});

describe('LRU adapter caches (test_lru_cache_worker_adapter_manager)', () => {
  it('evicts the least recently used adapter from the CPU cache', () => {
    const m = new AdapterManager(4, 4);
    m.apply(['1', '2']);
    expect(new Set(m.registered.keys())).toEqual(new Set(['1', '2']));
    m.apply(['1', '3', '4']);
    expect(new Set(m.registered.keys())).toEqual(new Set(['1', '2', '3', '4']));
    const r = m.apply(['1', '2', '5']);
    expect(new Set(m.registered.keys())).toEqual(new Set(['1', '2', '4', '5']));
    expect(r.evicted).toEqual(['3']);
    expect(r.loaded).toEqual(['5']);
    m.apply(['1']);
    m.apply(['1']);
    m.apply(['1']);
    expect(new Set(m.registered.keys())).toEqual(new Set(['1', '2', '4', '5']));
    m.apply(['6', '7']);
    expect(new Set(m.registered.keys())).toEqual(new Set(['1', '5', '6', '7']));
  });

  it('GPU slots hold max_loras adapters, LRU; a re-used adapter costs nothing', () => {
    const m = new AdapterManager(2, 3);
    expect(m.apply(['a', 'b']).activated).toEqual(['a', 'b']);
    expect(m.apply(['a', 'b'])).toEqual({ loaded: [], activated: [], evicted: [] });
    const r = m.apply(['c']);
    expect(r.activated).toEqual(['c']);
    expect(m.active.keys()).toEqual(['b', 'c']);
    // 'a' left its GPU slot but is still in the CPU cache: reactivated without a load.
    const back = m.apply(['a']);
    expect(back.loaded).toEqual([]);
    expect(back.activated).toEqual(['a']);
    expect(m.numLoads).toBe(3);
    expect(m.numActivations).toBe(4);
  });
});

describe('adapter name in the prefix-cache key', () => {
  it('different adapters never share blocks; the same adapter does', () => {
    const { kv } = makeManager(100);
    const a = makeReq('a', segs(...COMMON, [1, 4]), { extra: { lora: 'sql' } });
    kv.allocateSlots(a, 52, kv.getComputedBlocks(a));
    expect(kv.getComputedBlocks(makeReq('b', segs(...COMMON, [1, 4]), { extra: { lora: 'chat' } })).numComputedTokens).toBe(0);
    expect(kv.getComputedBlocks(makeReq('c', segs(...COMMON, [1, 4]))).numComputedTokens).toBe(0);
    expect(kv.getComputedBlocks(makeReq('d', segs(...COMMON, [1, 4]), { extra: { lora: 'sql' } })).numComputedTokens).toBe(48);
  });
});

describe('config checks', () => {
  it.each([
    [{ maxLoras: 4, maxCpuLoras: 2 }, /engine\.lora\.maxCpuLoras: must be ≥ maxLoras/],
    [{ maxLoras: 0 }, /engine\.lora\.maxLoras/],
    [{ maxLoraRank: 12 }, /engine\.lora\.maxLoraRank/],
    [{ maxLoraRank: 16, adapters: { big: 64 } }, /engine\.lora\.adapters\.big: rank 64 exceeds maxLoraRank 16/],
  ] as [LoraConfigInput, RegExp][])('refuses %o', (lora, re) => {
    expect(() => resolveEngineConfig({ lora })).toThrow(re);
  });

  it('defaults follow vLLM: max_loras 1, rank 16, max_cpu_loras = max_loras', () => {
    const l = resolveEngineConfig({ lora: {} }).lora!;
    expect([l.maxLoras, l.maxLoraRank, l.maxCpuLoras]).toEqual([1, 16, 1]);
    expect(resolveEngineConfig({ lora: { maxLoras: 3 } }).lora!.maxCpuLoras).toBe(3);
    expect(resolveEngineConfig({ lora: { maxLoraRank: 32, adapters: ['a', 'b'] } }).lora!.adapters).toEqual({ a: 32, b: 32 });
  });

  it('refuses an adapter request when LoRA is off', () => {
    const e = new Engine();
    expect(() => e.addRequest({ ...spec('r', segs([1, 10])), lora: 'x' })).toThrow(/lora "x" needs engine\.lora/);
  });
});

describe('costs (estimated)', () => {
  it('adapter size and load time grow with rank', () => {
    expect(adapterBytes(32)).toBe(2 * adapterBytes(16));
    expect(adapterLoadUs(64)).toBeGreaterThan(adapterLoadUs(8));
  });

  it('loads show in the step time; more adapters than slots cost throughput', () => {
    const specs = (names: string[]): RequestSpec[] =>
      Array.from({ length: 32 }, (_, i) => ({ ...spec(`r${i}`, segs([100 + i, 100]), 64), lora: names[i % names.length] as string }));
    const run = (names: string[], maxLoras: number) => {
      const e = new Engine({ maxModelLen: 2048, lora: { maxLoras, maxCpuLoras: 8 } });
      e.addRequests(specs(names));
      let loraUs = 0;
      e.run({ onStep: (s) => (loraUs += s.loraUs) });
      return { m: e.metrics(), loraUs };
    };
    const one = run(['a'], 1);
    expect(one.m.lora!.num_adapter_loads).toBe(1);
    expect(one.loraUs).toBeGreaterThan(adapterLoadUs(16));
    const four = run(['a', 'b', 'c', 'd'], 1);
    expect(four.m.lora!.num_requests_deferred_steps).toBeGreaterThan(0);
    expect(four.m.output_throughput).toBeLessThan(one.m.output_throughput);
    const fourSlots = run(['a', 'b', 'c', 'd'], 4);
    expect(fourSlots.m.output_throughput).toBeGreaterThan(four.m.output_throughput);
  });
});

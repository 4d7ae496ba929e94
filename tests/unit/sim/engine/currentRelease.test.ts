/**
 * Behaviour that changed after v0.11 (see `VLLM_VERSION`): full-sequence admission
 * (`scheduler_reserve_full_isl`, PR #37307), the watermark (PR #44594), prompt-logprobs
 * requests bypassing the prefix cache, and the recent-requests hit rate (`CachingMetrics`).
 */
import { describe, expect, it } from 'vitest';
import { us } from '../../../../src/sim/core/units.ts';
import { CachingMetrics } from '../../../../src/sim/engine/cachingMetrics.ts';
import { ENGINE_DEFAULTS, LEGACY_V0_11_ENGINE, resolveEngineConfig } from '../../../../src/sim/engine/config.ts';
import { Engine } from '../../../../src/sim/engine/engine.ts';
import { EventSink } from '../../../../src/sim/engine/events.ts';
import { KVCacheManager } from '../../../../src/sim/engine/kvCacheManager.ts';
import { MetricsCollector } from '../../../../src/sim/engine/metrics.ts';
import { Scheduler } from '../../../../src/sim/engine/scheduler.ts';
import type { EngineConfigInput } from '../../../../src/sim/engine/types.ts';
import { availableKvCacheBytes, LEGACY_GPU_MEMORY_UTILIZATION } from '../../../../src/sim/engine/kvCacheUtils.ts';
import { VLLM_VERSION } from '../../../../src/sim/engine/vllmVersion.ts';
import { COMMON, makeManager, makeReq, segs, spec } from './helpers.ts';

function createScheduler(over: EngineConfigInput = {}) {
  const cfg = resolveEngineConfig({ maxNumSeqs: 16, maxNumBatchedTokens: 8192, blockSize: 16, numGpuBlocks: 10_000, maxModelLen: 8192, ...over });
  const sink = new EventSink('none');
  const kv = new KVCacheManager(cfg.numGpuBlocks, cfg.blockSize, cfg.maxModelLen, cfg.enablePrefixCaching, sink, {
    prependUnhashedFreedBlocks: cfg.prependUnhashedFreedBlocks,
    watermark: cfg.watermark,
  });
  return { sched: new Scheduler(cfg, kv, sink, new MetricsCollector()), kv };
}

describe('defaults follow the pinned release', () => {
  it('pins a version and turns the new behaviour on', () => {
    expect(VLLM_VERSION).toMatch(/^0\.\d+\.\d+$/);
    const c = resolveEngineConfig();
    expect(c.schedulerReserveFullIsl).toBe(true);
    expect(c.prependUnhashedFreedBlocks).toBe(true);
    expect(c.asyncScheduling).toBe(true);
    expect(c.watermark).toBe(0);
    // 0.92 of an 80 GB H100 less the CUDA-graph estimate holds more blocks than v0.11's 0.9.
    expect(c.numGpuBlocks).toBeGreaterThan(LEGACY_V0_11_ENGINE.numGpuBlocks!);
    expect(resolveEngineConfig({ blockSize: 256 }).blockSize).toBe(256);
    expect(() => resolveEngineConfig({ blockSize: 24 })).toThrow(/engine\.blockSize/);
    expect(() => resolveEngineConfig({ watermark: 1 })).toThrow(/engine\.watermark/);
    expect(ENGINE_DEFAULTS.speculative).toBeNull();
  });
});

describe('start-up memory (gpu_memory_utilization 0.92, CUDA graphs subtracted)', () => {
  const GIB = 2 ** 30;
  const llama8b = { totalBytes: 80 * GIB, weightBytes: 15 * GIB, activationBytes: 2.5 * GIB };
  const blocks = (bytes: number) => Math.floor(bytes / (2 * 2 ** 20)); // 2 MiB per 16-token block

  it('takes 0.92 of the GPU and subtracts the CUDA-graph estimate', () => {
    expect(availableKvCacheBytes({ ...llama8b, cudaGraphBytes: 0.6 * GIB })).toBeCloseTo(80 * GIB * 0.92 - 18.1 * GIB, 0);
    expect(blocks(availableKvCacheBytes({ ...llama8b, cudaGraphBytes: 0.6 * GIB }))).toBe(28_416);
    // v0.11: 0.9 and no graph estimate.
    expect(blocks(availableKvCacheBytes({ ...llama8b, gpuMemoryUtilization: LEGACY_GPU_MEMORY_UTILIZATION }))).toBe(27_904);
    expect(availableKvCacheBytes({ ...llama8b, weightBytes: 90 * GIB })).toBe(0);
    expect(() => availableKvCacheBytes({ ...llama8b, gpuMemoryUtilization: 1.2 })).toThrow(/gpuMemoryUtilization/);
  });
});

describe('full-sequence admission (scheduler_reserve_full_isl)', () => {
  // 10 usable blocks of 16 = 160 slots; budget 64 per step, so prompts are chunked.
  const small = { numGpuBlocks: 11, maxNumBatchedTokens: 64, maxModelLen: 160 };

  it('admits a waiting request only if its whole prompt fits, not just its first chunk', () => {
    for (const [reserve, admitted] of [
      [true, false],
      [false, true],
    ] as const) {
      const { sched } = createScheduler({ ...small, schedulerReserveFullIsl: reserve });
      const a = makeReq('a', segs([1, 100]), { outputTokens: 50 }); // 7 blocks
      const b = makeReq('b', segs([2, 80]), { outputTokens: 50 }); // 5 blocks; only 3 left
      sched.addRequest(a);
      sched.updateFromOutput(sched.schedule(us(0)), us(1));
      sched.addRequest(b);
      sched.schedule(us(1));
      expect(sched.running.includes(b)).toBe(admitted);
    }
  });

  it('does not reserve future output, and subtracts prefix hits', () => {
    const { sched } = createScheduler(small);
    const a = makeReq('a', segs(...COMMON, [5, 40]), { outputTokens: 500 }); // 88 tokens → 6 blocks
    sched.addRequest(a);
    sched.updateFromOutput(sched.schedule(us(0)), us(1));
    sched.updateFromOutput(sched.schedule(us(1)), us(2));
    // b shares COMMON (3 cached blocks): 96 tokens need 6 blocks, 3 of them hits → 3 new ≤ 4 free.
    const b = makeReq('b', segs(...COMMON, [6, 48]), { outputTokens: 500 });
    sched.addRequest(b);
    sched.schedule(us(2));
    expect(sched.running.includes(b)).toBe(true);
  });

  it('a resumed request must fit with its outputs so far', () => {
    const { kv } = createScheduler(small);
    const r = makeReq('r', segs([3, 60]), { outputTokens: 500 });
    r.numTokens = 150; // prompt + 90 outputs, as after a preemption
    const fill = makeReq('fill', segs([4, 16]));
    kv.allocateSlots(fill, 16);
    expect(kv.reserveSlots(r, 64, undefined, 0, { fullSequenceMustFit: true, hasScheduledReqs: true })).toBe(false);
    expect(kv.reserveSlots(r, 64, undefined, 0, { fullSequenceMustFit: false, hasScheduledReqs: true })).toBe(true);
  });
});

describe('watermark', () => {
  it('keeps a fraction of all blocks free when admitting while something runs', () => {
    const { kv } = makeManager(101, { watermark: 0.1 }); // 10 blocks of watermark, 100 usable
    const filler = makeReq('f', segs([1, 16 * 85]));
    kv.allocateSlots(filler, 16 * 85); // 15 free
    const r = makeReq('r', segs([2, 16 * 6]));
    expect(kv.reserveSlots(r, 16 * 6, undefined, 0, { fullSequenceMustFit: true, hasScheduledReqs: true })).toBe(false);
    // Nothing running: the watermark is skipped.
    expect(kv.reserveSlots(r, 16 * 6, undefined, 0, { fullSequenceMustFit: true, hasScheduledReqs: false })).toBe(true);
  });

  it('does not apply to running requests', () => {
    const { kv } = makeManager(101, { watermark: 0.5 });
    const r = makeReq('r', segs([2, 16 * 80]));
    expect(kv.reserveSlots(r, 16 * 80)).toBe(true);
  });
});

describe('prompt logprobs bypass the prefix cache', () => {
  it('finds no hit and records no lookup', () => {
    const { kv } = makeManager(11);
    const a = makeReq('a', segs(...COMMON, [1, 4]));
    kv.allocateSlots(a, 52, kv.getComputedBlocks(a));
    const before = { ...kv.prefixCacheStats };
    const b = makeReq('b', segs(...COMMON, [1, 4]), { extra: { promptLogprobs: 1 } });
    expect(kv.getComputedBlocks(b).numComputedTokens).toBe(0);
    expect(kv.prefixCacheStats).toEqual(before);
    const c = makeReq('c', segs(...COMMON, [1, 4]));
    expect(kv.getComputedBlocks(c).numComputedTokens).toBe(48);
  });
});

describe('test_prefill_plp (tests/v1/core/test_prefix_caching.py)', () => {
  it('a prompt-logprobs request misses but still caches its blocks; duplicates share hashes', () => {
    const { kv, pool } = makeManager(11);
    const req0 = makeReq('0', segs(...COMMON, [3, 7]), { extra: { promptLogprobs: 5 } });
    expect(kv.getComputedBlocks(req0).numComputedTokens).toBe(0);
    expect(kv.allocateSlots(req0, 55)).toEqual([1, 2, 3, 4]);
    const req0Hashes = [1, 2, 3].map((b) => pool.blockHash[b]);
    expect(req0Hashes.every((h) => h! >= 0)).toBe(true);
    // A normal request hits request 0's blocks.
    const req1 = makeReq('1', segs(...COMMON, [3, 5]));
    const h1 = kv.getComputedBlocks(req1);
    expect(h1.blocks).toEqual([1, 2, 3]);
    expect(kv.allocateSlots(req1, 5, h1)).toEqual([5]);
    // Another prompt-logprobs request: no hit; its duplicate blocks carry the same hashes.
    const req2 = makeReq('2', segs(...COMMON, [3, 7]), { extra: { promptLogprobs: 5 } });
    expect(kv.getComputedBlocks(req2).numComputedTokens).toBe(0);
    const ids = kv.allocateSlots(req2, 55)!;
    expect(ids).toEqual([6, 7, 8, 9]);
    expect(ids.slice(0, 3).map((b) => pool.blockHash[b])).toEqual(req0Hashes);
    expect(ids.map((b) => pool.refCnt[b])).toEqual([1, 1, 1, 1]);
  });
});

describe('prefix-cache hit rate over the most recent requests (CachingMetrics)', () => {
  it('drops the oldest observations beyond the window but keeps the newest', () => {
    const m = new CachingMetrics(5);
    m.observe(1, 20, 9);
    expect(m.hitRate).toBeCloseTo(0.45);
    m.observe(4, 80, 16);
    expect(m.hitRate).toBeCloseTo(25 / 100);
    m.observe(1, 10, 5); // 6 > 5: the first drops out
    expect(m.aggregatedRequests).toBe(5);
    expect(m.hitRate).toBeCloseTo(21 / 90);
    m.observe(0, 0, 0); // empty stats are ignored
    expect(m.aggregatedRequests).toBe(5);
    m.observe(2, 10, 10); // 7 > 5, then 6 > 5: the two oldest drop out
    expect(m.aggregatedRequests).toBe(3);
    expect(m.hitRate).toBeCloseTo(15 / 20);
    m.observe(10, 100, 100); // alone over the limit: kept anyway
    expect(m.aggregatedRequests).toBe(10);
    expect(m.hitRate).toBe(1);
  });

  it('the engine reports it next to the lifetime rate', () => {
    const e = new Engine({ numGpuBlocks: 2000, maxModelLen: 2048 });
    // 30 cold requests, then 30 that share a 256-token prefix with each other.
    for (let i = 0; i < 30; i++) e.addRequest(spec(`cold${i}`, segs([1000 + i, 300]), 4));
    for (let i = 0; i < 30; i++) e.addRequest({ ...spec(`warm${i}`, segs([7, 256], [2000 + i, 44]), 4), arrivalUs: us(10_000_000) });
    e.run();
    const m = e.metrics();
    expect(m.prefix_cache_hit_rate_recent).toBeCloseTo(m.prefix_cache_hit_rate, 5); // window of 1,000 covers all 60
    expect(m.prefix_cache_hit_rate).toBeGreaterThan(0.3);
  });
});

describe('async scheduling', () => {
  it('hides the CPU scheduling time; synchronous scheduling adds it to every step', () => {
    const run = (asyncScheduling: boolean) => {
      const e = new Engine({ maxModelLen: 2048, asyncScheduling, schedulingOverheadUs: 500 });
      e.addRequest(spec('a', segs([1, 100]), 10));
      e.run();
      return { t: e.now, steps: e.stepCount };
    };
    const on = run(true);
    const off = run(false);
    expect(off.steps).toBe(on.steps);
    expect(off.t - on.t).toBe(500 * on.steps);
  });
});

describe('v0.11 settings', () => {
  it('LEGACY_V0_11_ENGINE restores first-chunk admission and tail frees', () => {
    const c = resolveEngineConfig(LEGACY_V0_11_ENGINE);
    expect(c.schedulerReserveFullIsl).toBe(false);
    expect(c.prependUnhashedFreedBlocks).toBe(false);
    expect(c.asyncScheduling).toBe(false);
  });
});

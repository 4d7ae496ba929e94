/** The engine as a whole: stepping, clock, events, hooks for widgets and the cluster model. */
import { describe, expect, it } from 'vitest';
import { us } from '../../../../src/sim/core/units.ts';
import { ENGINE_DEFAULTS, resolveEngineConfig } from '../../../../src/sim/engine/config.ts';
import { Engine } from '../../../../src/sim/engine/engine.ts';
import { checkInvariants } from '../../../../src/sim/engine/invariants.ts';
import { blockPoolSnapshot, regionsSnapshot, requestViews } from '../../../../src/sim/engine/snapshot.ts';
import type { SimEvent } from '../../../../src/sim/engine/types.ts';
import { generateWorkload } from '../../../../src/sim/engine/workload/generate.ts';
import { segs, spec } from './helpers.ts';

const small = { numGpuBlocks: 300, maxModelLen: 2048, maxNumBatchedTokens: 2048, maxNumSeqs: 32 };

function workload(seed: number, n = 80) {
  return generateWorkload(
    { numRequests: n, arrival: { process: 'poisson', rate: 20 }, promptTokens: { dist: 'sharegpt' }, outputTokens: { dist: 'sharegpt' }, prefix: { kind: 'system', tokens: 100 } },
    seed,
    2048,
  );
}

function allEvents(e: Engine): SimEvent[] {
  const out: SimEvent[] = [];
  e.run({ onStep: (s) => out.push(...s.events) });
  return out;
}

describe('Engine', () => {
  it('is deterministic: same seed and config ⇒ identical event stream and metrics', () => {
    const run = () => {
      const e = new Engine({ ...small, eventLevel: 'tokens' });
      e.addRequests(workload(4));
      return { events: JSON.stringify(allEvents(e)), metrics: JSON.stringify(e.metrics()) };
    };
    const a = run();
    const b = run();
    expect(a.events).toBe(b.events);
    expect(a.metrics).toBe(b.metrics);
    const e = new Engine({ ...small, eventLevel: 'tokens' });
    e.addRequests(workload(5));
    expect(JSON.stringify(allEvents(e))).not.toBe(a.events);
  }, 30_000); // two full runs at the 'tokens' level: slow on a shared machine

  it('emits every state change, in time order, with step indices', () => {
    const e = new Engine({ ...small, eventLevel: 'tokens' });
    e.addRequests(workload(1, 40));
    const ev = allEvents(e);
    const types = new Set(ev.map((x) => x.type));
    for (const t of ['arrival', 'step', 'blocksAllocated', 'blocksCached', 'cacheHit', 'blocksFreed', 'firstToken', 'token', 'finished'] as const) expect(types.has(t)).toBe(true);
    for (let i = 1; i < ev.length; i++) {
      expect(ev[i]!.timeUs).toBeGreaterThanOrEqual(ev[i - 1]!.timeUs);
      expect(ev[i]!.step).toBeGreaterThanOrEqual(ev[i - 1]!.step);
    }
    const m = e.metrics();
    expect(ev.filter((x) => x.type === 'token')).toHaveLength(m.generation_tokens);
    expect(ev.filter((x) => x.type === 'finished')).toHaveLength(40);
  });

  it('event levels filter what is recorded; "none" records nothing', () => {
    const count = (level: 'none' | 'requests' | 'blocks' | 'tokens') => {
      const e = new Engine({ ...small, eventLevel: level });
      e.addRequests(workload(2, 20));
      return allEvents(e);
    };
    expect(count('none')).toHaveLength(0);
    const req = count('requests');
    expect(req.some((x) => x.type === 'blocksAllocated' || x.type === 'token')).toBe(false);
    expect(count('blocks').some((x) => x.type === 'token')).toBe(false);
    expect(count('tokens').length).toBeGreaterThan(count('blocks').length);
  });

  it('steps one at a time, jumps the clock over idle gaps, and returns null when done', () => {
    const e = new Engine(small);
    e.addRequest({ ...spec('a', segs([1, 40]), 3), arrivalUs: us(5_000_000) });
    expect(e.numPendingArrivals).toBe(1);
    const s0 = e.step();
    expect(s0?.startUs).toBe(5_000_000);
    expect(s0?.numScheduledTokens).toBe(40);
    expect(e.numRunning).toBe(1);
    let steps = 1;
    while (e.step()) steps++;
    expect(steps).toBe(3);
    expect(e.isDone).toBe(true);
    expect(e.step()).toBeNull();
  });

  it('runUntil advances in lockstep and accepts requests added later (cluster hook)', () => {
    const e = new Engine(small);
    e.runUntil(1_000_000);
    expect(e.now).toBe(1_000_000);
    e.addRequest({ ...spec('a', segs([1, 300]), 50), arrivalUs: us(1_000_000) });
    e.runUntil(1_050_000);
    expect(e.now).toBeGreaterThanOrEqual(1_050_000);
    expect(e.numRunning + e.numWaiting).toBe(1);
    expect(e.kvCacheUsage).toBeGreaterThan(0);
    e.run();
    expect(e.metrics().num_finished).toBe(1);
  });

  it('exposes cached block hashes and per-prompt cached prefixes for a prefix-aware router', () => {
    const e = new Engine(small);
    const prompt = segs([42, 100], [1, 30]);
    e.addRequest(spec('a', prompt, 5));
    e.run();
    expect(e.cachedBlockHashes().length).toBeGreaterThanOrEqual(8);
    expect(e.cachedPrefixBlocks({ prompt: segs([42, 100], [2, 30]) })).toBe(6);
    expect(e.cachedPrefixBlocks({ prompt: segs([43, 100]) })).toBe(0);
    expect(e.cachedPrefixBlocks({ prompt: segs([42, 100]), cacheSalt: 'x' })).toBe(0);
  });

  it('runs closed-loop follow-ups (multi-turn) after their parent finishes, with cache hits', () => {
    const e = new Engine({ ...small, eventLevel: 'blocks' });
    e.addRequest(spec('t0', segs([7, 64], [8, 40]), 24));
    e.addRequest({ ...spec('t1', segs([7, 64], [8, 100]), 10), after: { id: 't0', delayUs: us(2_000_000) } });
    const ev = allEvents(e);
    const fin0 = ev.find((x) => x.type === 'finished' && x.req === 't0')!;
    const arr1 = ev.find((x) => x.type === 'arrival' && x.req === 't1')!;
    expect(arr1.timeUs).toBeCloseTo(fin0.timeUs + 2_000_000, 0);
    // t1's prompt quotes t0's prompt and answer. t0 computed KV for 64 + 40 + 23 = 127 tokens
    // (its last sampled token is never fed back), so 7 full blocks are cached.
    const hit = ev.find((x) => x.type === 'cacheHit' && x.req === 't1');
    expect(hit && hit.type === 'cacheHit' ? hit.tokens : 0).toBe(112);
  });

  it('fans out n > 1 into n child requests named like vLLM (index_parentId)', () => {
    const e = new Engine({ ...small, eventLevel: 'requests' });
    e.addRequest({ ...spec('p', segs([1, 40]), 8), n: 3 });
    const ids = allEvents(e)
      .filter((x) => x.type === 'finished')
      .map((x) => (x.type === 'finished' ? x.req : ''));
    expect(ids.sort()).toEqual(['0_p', '1_p', '2_p']);
  });

  it('snapshots block state for the KV grid', () => {
    const e = new Engine({ numGpuBlocks: 40, maxModelLen: 512, maxNumBatchedTokens: 512 });
    e.addRequest(spec('a', segs([1, 40]), 100));
    e.addRequest(spec('b', segs([1, 40]), 100));
    e.step();
    e.step();
    const snap = blockPoolSnapshot(e);
    expect(snap.blocks).toHaveLength(40);
    expect(snap.blocks[0]!.isNull).toBe(true);
    const shared = snap.blocks.filter((b) => b.owners.length === 2);
    expect(shared.length).toBe(2);
    expect(shared.every((b) => b.refCnt === 2 && b.tokens === 16 && b.hash !== null)).toBe(true);
    expect(snap.freeQueue.length).toBe(snap.numFreeBlocks);
    const views = requestViews(e);
    expect(views.running.map((r) => r.id)).toEqual(['a', 'b']);
    expect(views.running[0]!.blockIds.length).toBe(3);
    expect(() => regionsSnapshot(e)).toThrow();
  });

  it('validates its configuration like vLLM start-up', () => {
    expect(() => resolveEngineConfig({ blockSize: 12 })).toThrow(/engine.blockSize/);
    expect(() => resolveEngineConfig({ numGpuBlocks: 10, maxModelLen: 2048 })).toThrow(/engine.numGpuBlocks/);
    expect(resolveEngineConfig({ maxNumSeqs: 4096, maxNumBatchedTokens: 2048 }).maxNumSeqs).toBe(2048);
    expect(resolveEngineConfig().blockSize).toBe(ENGINE_DEFAULTS.blockSize);
    const e = new Engine({ maxModelLen: 100, numGpuBlocks: 20 });
    expect(() => e.addRequest(spec('x', segs([1, 100]), 5))).toThrow(/maxModelLen/);
  });

  it('caps output at maxModelLen (finished_reason "length") and stops at EOS before max_tokens', () => {
    const e = new Engine({ maxModelLen: 64, numGpuBlocks: 20, eventLevel: 'requests' });
    e.addRequest(spec('long', segs([1, 60]), 50));
    e.addRequest({ ...spec('eos', segs([2, 10]), 5), maxTokens: 20 });
    const fin = allEvents(e).filter((x) => x.type === 'finished');
    expect(fin.find((x) => x.req === 'long')).toMatchObject({ reason: 'length', outputTokens: 4 });
    expect(fin.find((x) => x.req === 'eos')).toMatchObject({ reason: 'stop', outputTokens: 5 });
  });

  it('keeps the block pool consistent after every step under pressure', () => {
    const e = new Engine({ numGpuBlocks: 120, maxModelLen: 1024, maxNumBatchedTokens: 512, maxNumSeqs: 16 });
    e.addRequests(
      generateWorkload({ numRequests: 40, arrival: { process: 'burst' }, promptTokens: { dist: 'uniform', min: 50, max: 400 }, outputTokens: { dist: 'uniform', min: 20, max: 300 } }, 9, 1024),
    );
    e.run({ onStep: () => expect(checkInvariants(e)).toEqual([]) });
    const m = e.metrics();
    expect(m.num_finished).toBe(40);
    expect(m.num_preemptions).toBeGreaterThan(0);
    expect(e.kvCacheUsage).toBe(0);
  });

  it('reports metrics consistent with their definitions', () => {
    const e = new Engine(small);
    e.addRequests(workload(3, 60));
    e.run();
    const m = e.metrics();
    expect(m.num_finished).toBe(60);
    expect(m.request_success.stop + m.request_success.length).toBe(60);
    expect(m.time_to_first_token_seconds.p50).toBeGreaterThanOrEqual(m.request_queue_time_seconds.p50);
    expect(m.e2e_request_latency_seconds.mean).toBeGreaterThan(m.time_to_first_token_seconds.mean);
    expect(m.time_to_first_token_seconds.p99).toBeGreaterThanOrEqual(m.time_to_first_token_seconds.p90);
    expect(m.output_throughput).toBeCloseTo(m.generation_tokens / m.duration_s, 6);
    expect(m.prefix_cache_hit_rate).toBeGreaterThan(0);
    expect(m.inter_token_latency_seconds.count).toBe(m.generation_tokens - 60);
    expect(m.kv_cache_usage_perc.max).toBeLessThanOrEqual(1);
  });
});

/**
 * vllm-peer-scenarios.md S16 and S18 (tests/v1/core/test_scheduler.py), driven through the
 * scheduler directly, plus the priority policy's victim choice.
 */
import { describe, expect, it } from 'vitest';
import { us } from '../../../../src/sim/core/units.ts';
import { resolveEngineConfig } from '../../../../src/sim/engine/config.ts';
import { EventSink } from '../../../../src/sim/engine/events.ts';
import { KVCacheManager } from '../../../../src/sim/engine/kvCacheManager.ts';
import { MetricsCollector } from '../../../../src/sim/engine/metrics.ts';
import type { Request } from '../../../../src/sim/engine/request.ts';
import { Scheduler, type SchedulerOutput } from '../../../../src/sim/engine/scheduler.ts';
import type { EngineConfigInput } from '../../../../src/sim/engine/types.ts';
import { makeReq, segs } from './helpers.ts';

/** `create_scheduler` defaults from tests/v1/core/utils.py. */
function createScheduler(over: EngineConfigInput = {}) {
  const cfg = resolveEngineConfig({ maxNumSeqs: 16, maxNumBatchedTokens: 8192, blockSize: 16, numGpuBlocks: 10_000, maxModelLen: 8192, eventLevel: 'blocks', ...over });
  const sink = new EventSink(cfg.eventLevel);
  const metrics = new MetricsCollector();
  const kv = new KVCacheManager(cfg.numGpuBlocks, cfg.blockSize, cfg.maxModelLen, cfg.enablePrefixCaching, sink);
  const sched = new Scheduler(cfg, kv, sink, metrics);
  return { sched, kv, sink, metrics };
}

/** `create_requests`: request i has prompt [i]×numTokens and max_tokens 16. */
function createRequests(n: number, numTokens: number, extra: { priority?: number }[] = []): Request[] {
  return Array.from({ length: n }, (_, i) => makeReq(`${i}`, segs([1000 + i, numTokens]), { arrivalUs: i, extra: extra[i] ?? {} }));
}

const tokensOf = (out: SchedulerOutput): number[] => out.numTokens.slice(0, out.count);
const idsOf = (out: SchedulerOutput): string[] => out.reqs.slice(0, out.count).map((r) => r.id);

describe('S16 token budget and chunked prefill', () => {
  it('schedules 10 new requests × 10 tokens in one step (test_schedule)', () => {
    const { sched } = createScheduler();
    for (const r of createRequests(10, 10)) sched.addRequest(r);
    const out = sched.schedule(us(0));
    expect(tokensOf(out)).toEqual(Array(10).fill(10));
    expect(sched.waiting.size).toBe(0);
    expect(sched.running.map((r) => r.id)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  for (const caching of [true, false]) {
    it(`chunks 3 × 800-token prompts at threshold 400, budget 1024 (caching ${caching ? 'on' : 'off'})`, () => {
      const { sched } = createScheduler({ maxNumBatchedTokens: 1024, longPrefillTokenThreshold: 400, enablePrefixCaching: caching });
      for (const r of createRequests(3, 800)) sched.addRequest(r);
      const s1 = sched.schedule(us(0));
      expect(tokensOf(s1)).toEqual([400, 400, 224]);
      sched.updateFromOutput(s1, us(1));
      expect(sched.running.every((r) => r.numOutputTokens === 0)).toBe(true);
      const s2 = sched.schedule(us(1));
      expect(tokensOf(s2)).toEqual([400, 400, 224]);
      sched.updateFromOutput(s2, us(2));
      expect(sched.running.map((r) => r.numOutputTokens)).toEqual([1, 1, 0]);
      const s3 = sched.schedule(us(2));
      expect(tokensOf(s3)).toEqual([1, 1, 352]);
    });
  }
});

describe('S18 FCFS preemption takes the most recently admitted request (test_preempt_during_execution)', () => {
  it('preempts r1, frees its blocks, puts it at the front, and still appends its late output', () => {
    const { sched, kv, metrics } = createScheduler({ maxNumBatchedTokens: 100, numGpuBlocks: 11, maxModelLen: 160, enablePrefixCaching: false });
    const [r0, r1] = createRequests(2, 80) as [Request, Request];
    sched.addRequest(r0);
    const out0 = sched.schedule(us(0));
    expect(idsOf(out0)).toEqual(['0']);
    expect(r0.blocks).toHaveLength(5);
    // r1 is scheduled while r0 is still executing (pipeline parallelism / async scheduling).
    sched.addRequest(r1);
    const out1 = sched.schedule(us(1));
    expect(idsOf(out1)).toEqual(['1']);
    expect(r1.blocks).toHaveLength(5);
    expect(kv.numFreeBlocks).toBe(0);
    sched.updateFromOutput(out0, us(2));
    expect(r0.numTokens).toBe(81);
    const out2 = sched.schedule(us(2));
    expect(sched.running).toEqual([r0]);
    expect(r1.status).toBe('PREEMPTED');
    expect(r1.numComputedTokens).toBe(0);
    expect(r1.blocks).toEqual([]);
    expect(sched.waiting.peek()).toBe(r1);
    expect(out2.preempted).toEqual([r1]);
    expect(idsOf(out2)).toEqual(['0']);
    expect(metrics.numPreemptions).toBe(1);
    sched.updateFromOutput(out1, us(3));
    expect(r1.numOutputTokens).toBe(1);
  });

  it('admits no waiting request in a step that preempted', () => {
    const { sched } = createScheduler({ maxNumBatchedTokens: 200, numGpuBlocks: 11, maxModelLen: 160, enablePrefixCaching: false });
    const [a, b, c] = createRequests(3, 80) as [Request, Request, Request];
    sched.addRequest(a);
    sched.addRequest(b);
    const s1 = sched.schedule(us(0));
    sched.updateFromOutput(s1, us(1));
    sched.addRequest(c);
    const s2 = sched.schedule(us(1));
    expect(s2.preempted).toEqual([b]);
    expect(idsOf(s2)).toEqual(['0']);
    expect(sched.waiting.toArray().map((r) => r.id)).toEqual(['1', '2']);
  });
});

describe('priority policy', () => {
  it('serves lower priority values first and preempts max (priority, arrival)', () => {
    // 12 usable blocks; three 64-token prompts fill them exactly, so the first decode token
    // of each needs a 5th block.
    const { sched } = createScheduler({ policy: 'priority', maxNumBatchedTokens: 400, numGpuBlocks: 13, maxModelLen: 192, enablePrefixCaching: false });
    const reqs = createRequests(3, 64, [{ priority: 1 }, { priority: 0 }, { priority: 1 }]);
    for (const r of reqs) sched.addRequest(r);
    const s1 = sched.schedule(us(0));
    expect(idsOf(s1)).toEqual(['1', '0', '2']);
    expect(sched.kv.numFreeBlocks).toBe(0);
    sched.updateFromOutput(s1, us(1));
    const s2 = sched.schedule(us(1));
    // Victim: the largest priority value, latest arrival among equals → request 2.
    expect(s2.preempted.map((r) => r.id)).toEqual(['2']);
    expect(idsOf(s2)).toEqual(['1', '0']);
    expect(sched.running.map((r) => r.id)).toEqual(['1', '0']);
  });

  it('re-inserts a preempted request by (priority, arrival), not at the front', () => {
    const { sched } = createScheduler({ policy: 'priority' });
    const [a, b] = createRequests(2, 10, [{ priority: 5 }, { priority: 0 }]) as [Request, Request];
    sched.waiting.add(b);
    sched.waiting.prepend(a);
    expect(sched.waiting.peek()).toBe(b);
  });
});

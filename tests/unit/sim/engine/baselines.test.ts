/** The pre-PagedAttention baselines: contiguous reservation and static batching, and the waste split. */
import { describe, expect, it } from 'vitest';
import { us } from '../../../../src/sim/core/units.ts';
import { ContiguousAllocator } from '../../../../src/sim/engine/contiguousAllocator.ts';
import { Engine } from '../../../../src/sim/engine/engine.ts';
import { EventSink } from '../../../../src/sim/engine/events.ts';
import { checkInvariants } from '../../../../src/sim/engine/invariants.ts';
import { memoryBreakdown, WasteMeter } from '../../../../src/sim/engine/memory.ts';
import { regionsSnapshot } from '../../../../src/sim/engine/snapshot.ts';
import { runStaticBatching } from '../../../../src/sim/engine/staticBatching.ts';
import { generateWorkload } from '../../../../src/sim/engine/workload/generate.ts';
import { makeReq, segs, spec } from './helpers.ts';

describe('ContiguousAllocator', () => {
  it('reserves first-fit and leaves gaps too small to reuse (external fragmentation)', () => {
    const a = new ContiguousAllocator(100, 16, 40, 'promptPlusMaxTokens', new EventSink('none'));
    const r1 = makeReq('r1', segs([1, 10]), { outputTokens: 20 }); // 30 slots
    const r2 = makeReq('r2', segs([2, 10]), { outputTokens: 10 }); // 20 slots
    const r3 = makeReq('r3', segs([3, 20]), { outputTokens: 20 }); // 40 slots
    expect(a.allocateSlots(r1, 10)).toEqual([]);
    expect(a.allocateSlots(r2, 10)).toEqual([]);
    expect(a.allocateSlots(r3, 20)).toEqual([]);
    expect([r1.regionStart, r2.regionStart, r3.regionStart]).toEqual([0, 30, 50]);
    a.free(r2);
    // 20 free at 30 and 10 at the end: 30 free slots, but no 25-slot run.
    const r4 = makeReq('r4', segs([4, 15]), { outputTokens: 10 });
    expect(a.allocateSlots(r4, 15)).toBeNull();
    expect(a.freeGaps()).toEqual([
      { start: 30, slots: 20 },
      { start: 90, slots: 10 },
    ]);
    expect(a.kvCacheUsage).toBeCloseTo(0.7);
    const r5 = makeReq('r5', segs([5, 5]), { outputTokens: 5 });
    a.allocateSlots(r5, 5);
    expect(r5.regionStart).toBe(30);
  });

  it('runs the same scheduler with regions instead of blocks; never preempts', () => {
    const e = new Engine({ numGpuBlocks: 129, maxModelLen: 512, kvAllocator: 'contiguous', eventLevel: 'blocks' });
    e.addRequests(generateWorkload({ numRequests: 30, arrival: { process: 'burst' }, promptTokens: { dist: 'uniform', min: 20, max: 200 }, outputTokens: { dist: 'uniform', min: 10, max: 200 } }, 1, 512));
    let maxRunning = 0;
    e.run({
      onStep: () => {
        maxRunning = Math.max(maxRunning, e.numRunning);
        expect(checkInvariants(e)).toEqual([]);
      },
    });
    expect(maxRunning).toBe(4); // 2,048 slots ÷ 512 reserved per request
    const m = e.metrics();
    expect(m.num_finished).toBe(30);
    expect(m.num_preemptions).toBe(0);
    expect(m.prefix_cache_hit_rate).toBe(0);
    expect(regionsSnapshot(e).regions).toEqual([]);
  });
});

describe('memory waste (paper Fig. 2/3)', () => {
  const specs = () => generateWorkload({ numRequests: 120, arrival: { process: 'burst' }, promptTokens: { dist: 'sharegpt' }, outputTokens: { dist: 'sharegpt' } }, 2, 2048);
  const measure = (kvAllocator: 'paged' | 'contiguous') => {
    const e = new Engine({ numGpuBlocks: 513, maxModelLen: 2048, kvAllocator });
    e.addRequests(specs());
    const meter = new WasteMeter();
    let sample = memoryBreakdown(e);
    e.run({
      onStep: (s) => {
        sample = memoryBreakdown(e);
        meter.sample(sample, s.durationUs);
        const total = sample.liveTokens + sample.reserved + sample.internalFragmentation + sample.externalFragmentation + sample.free;
        expect(total).toBeCloseTo(sample.capacity, 6);
      },
    });
    return meter.wastePct;
  };

  it('paged waste is within one block per request; contiguous wastes most of its memory', () => {
    const paged = measure('paged');
    const contiguous = measure('contiguous');
    expect(paged).toBeLessThan(4);
    expect(contiguous).toBeGreaterThan(50);
  });

  it('splits contiguous waste into reservation, internal and external fragmentation', () => {
    const e = new Engine({ numGpuBlocks: 129, maxModelLen: 600, kvAllocator: 'contiguous' });
    e.addRequest(spec('a', segs([1, 100]), 50));
    e.addRequest(spec('b', segs([2, 100]), 50));
    e.addRequest(spec('c', segs([3, 100]), 50));
    e.addRequest(spec('d', segs([4, 100]), 50));
    e.step();
    const b = memoryBreakdown(e);
    // 3 regions of 600 fit in 2,048 slots; each holds 100 live tokens, 50 reserved, 450 never used.
    expect(b.liveTokens).toBe(300);
    expect(b.reserved).toBe(150);
    expect(b.internalFragmentation).toBe(1350);
    // The last 248 slots cannot fit d's 600: external fragmentation while d waits.
    expect(b.externalFragmentation).toBe(248);
    expect(b.free).toBe(0);
  });
});

describe('static batching', () => {
  it('runs each batch until its longest member finishes; continuous batching is faster', () => {
    const specs = generateWorkload({ numRequests: 60, arrival: { process: 'burst' }, promptTokens: { dist: 'sharegpt' }, outputTokens: { dist: 'sharegpt' } }, 3, 2048);
    const res = runStaticBatching(specs, { numGpuBlocks: 1025, maxModelLen: 2048 });
    expect(res.metrics.num_finished).toBe(60);
    expect(res.batches.every((b) => b.requests.length <= 8)).toBe(true);
    for (const b of res.batches) {
      const longest = Math.max(...b.requests.map((id) => specs.find((s) => s.id === id)!.outputTokens));
      expect(b.steps).toBe(longest);
    }
    for (let i = 1; i < res.batches.length; i++) expect(res.batches[i]!.startUs).toBeGreaterThanOrEqual(res.batches[i - 1]!.endUs);
    const e = new Engine({ numGpuBlocks: 1025, maxModelLen: 2048 });
    e.addRequests(specs);
    e.run();
    expect(e.metrics().output_throughput / res.metrics.output_throughput).toBeGreaterThan(2);
  });

  it('waits for arrivals and reserves prompt + max_tokens when asked', () => {
    const res = runStaticBatching(
      [
        { ...spec('a', segs([1, 10]), 5), arrivalUs: us(1_000_000) },
        { ...spec('b', segs([2, 10]), 7), arrivalUs: us(1_000_000) },
      ],
      { numGpuBlocks: 3, blockSize: 16, maxModelLen: 32, reservation: 'promptPlusMaxTokens' },
    );
    expect(res.batches).toHaveLength(1);
    expect(res.batches[0]!.startUs).toBe(1_000_000);
    expect(res.batches[0]!.steps).toBe(7);
    expect(res.metrics.generation_tokens).toBe(12);
  });
});

/**
 * PagedAttention paper §4.4: parallel sampling and beam search share blocks by reference
 * count; a write into a shared partial block copies it first (copy-on-write).
 */
import { describe, expect, it } from 'vitest';
import { us } from '../../../../src/sim/core/units.ts';
import { Engine } from '../../../../src/sim/engine/engine.ts';
import { checkInvariants } from '../../../../src/sim/engine/invariants.ts';
import { appendTokens, makeManager, makeReq, segs } from './helpers.ts';

describe('fork and copy-on-write', () => {
  it('forks share every block; the first writer into the shared partial block copies it', () => {
    const { kv, pool, sink } = makeManager(11, { blockSize: 4 });
    // Paper Fig. 8: a 7-token prompt → 2 blocks, the second partial (3 of 4 slots).
    const a = makeReq('A1', segs([1, 7]), { blockSize: 4 });
    kv.allocateSlots(a, 7);
    a.numComputedTokens = 7;
    const b = makeReq('A2', segs([1, 7]), { blockSize: 4 });
    kv.fork(a, b);
    expect(b.blocks).toEqual(a.blocks);
    expect(a.blocks.map((x) => pool.refCnt[x])).toEqual([2, 2]);
    b.numComputedTokens = 7;
    // Each sample appends its own token at position 7, inside the shared block.
    appendTokens(a, 1);
    appendTokens(b, 1);
    sink.drain();
    expect(kv.allocateSlots(a, 1)).toEqual([]);
    const ev = sink.drain();
    const copy = ev.find((e) => e.type === 'blockCopied');
    expect(copy).toMatchObject({ req: 'A1', src: 2, dst: 3 });
    expect(a.blocks).toEqual([1, 3]);
    expect(pool.refCnt[2]).toBe(1);
    // The last sharer writes in place: ref count is 1 now.
    expect(kv.allocateSlots(b, 1)).toEqual([]);
    expect(b.blocks).toEqual([1, 2]);
    expect(sink.drain().some((e) => e.type === 'blockCopied')).toBe(false);
    expect(pool.refCnt[1]).toBe(2);
  });

  it('copy-on-write counts toward all-or-nothing allocation', () => {
    const { kv } = makeManager(3, { blockSize: 4 });
    const a = makeReq('a', segs([1, 6]), { blockSize: 4 });
    kv.allocateSlots(a, 6);
    a.numComputedTokens = 6;
    const b = makeReq('b', segs([1, 6]), { blockSize: 4 });
    kv.fork(a, b);
    b.numComputedTokens = 6;
    appendTokens(a, 1);
    expect(kv.numFreeBlocks).toBe(0);
    expect(kv.allocateSlots(a, 1)).toBeNull();
    expect(a.blocks).toEqual(b.blocks);
  });

  it('beam search: forked beams share the prefix; pruned beams free only their own blocks', () => {
    const { kv, pool } = makeManager(17, { blockSize: 4 });
    const root = makeReq('beam0', segs([9, 8]), { blockSize: 4 });
    kv.allocateSlots(root, 8);
    root.numComputedTokens = 8;
    const beams = [root];
    for (let i = 1; i < 4; i++) {
      const child = makeReq(`beam${i}`, segs([9, 8]), { blockSize: 4 });
      kv.fork(root, child);
      child.numComputedTokens = 8;
      beams.push(child);
    }
    expect(pool.refCnt[1]).toBe(4);
    // Each beam decodes 2 tokens into its own new block.
    for (const bm of beams) {
      appendTokens(bm, 2);
      expect(kv.allocateSlots(bm, 2)).toHaveLength(1);
      bm.numComputedTokens = 10;
    }
    expect(kv.numFreeBlocks).toBe(16 - 2 - 4);
    // Prune two beams: the shared prompt blocks stay; their private blocks return.
    kv.free(beams[2]!);
    kv.free(beams[3]!);
    expect(pool.refCnt[1]).toBe(2);
    expect(kv.numFreeBlocks).toBe(16 - 2 - 2);
    // A surviving beam forks again (beam search's "copy the best candidate").
    const c = makeReq('beam4', segs([9, 8]), { blockSize: 4 });
    kv.fork(beams[1]!, c);
    expect(c.blocks).toEqual(beams[1]!.blocks);
    expect(pool.refCnt[c.blocks[2]!]).toBe(2);
  });

  it('fork-mode parallel sampling in the engine saves memory vs the V1 fan-out', () => {
    const run = (mode: 'fork' | 'fanout') => {
      const e = new Engine({ numGpuBlocks: 400, maxModelLen: 1024, parallelSampling: mode, eventLevel: 'blocks' });
      e.addRequest({ id: 'p', arrivalUs: us(0), prompt: segs([3, 250]), outputTokens: 40, n: 4 });
      let peak = 0;
      let copies = 0;
      e.run({
        onStep: (s) => {
          peak = Math.max(peak, e.kvCacheUsage);
          copies += s.events.filter((x) => x.type === 'blockCopied').length;
          expect(checkInvariants(e)).toEqual([]);
        },
      });
      const m = e.metrics();
      expect(m.num_finished).toBe(4);
      expect(m.generation_tokens).toBe(160);
      return { peak, copies };
    };
    const fork = run('fork');
    const fanout = run('fanout');
    // 250 tokens = 15 full blocks + 10 tokens: 3 of the 4 samples copy the partial block.
    expect(fork.copies).toBe(3);
    expect(fanout.copies).toBe(0);
    // Fan-out shares the 15 full prompt blocks through the prefix cache too, but each
    // child allocates its own partial block and recomputes it.
    expect(fork.peak).toBeLessThanOrEqual(fanout.peak);
  });
});

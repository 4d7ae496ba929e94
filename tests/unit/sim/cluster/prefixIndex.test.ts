/** The approximate prefix index: insert, longest match, per-pod LRU eviction. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApproxPrefixIndex } from '../../../../src/sim/cluster/prefixIndex.ts';

const match = (idx: ApproxPrefixIndex, hashes: number[]) => {
  const out = new Int32Array(idx.numPods);
  const total = idx.match(hashes, out);
  return { total, counts: [...out] };
};

describe('ApproxPrefixIndex', () => {
  it('matches the longest recorded prefix per pod', () => {
    const idx = new ApproxPrefixIndex(3, 100, 64);
    idx.record(0, [1, 2, 3, 4]);
    idx.record(1, [1, 2, 9]);
    expect(match(idx, [1, 2, 3, 4, 5])).toEqual({ total: 5, counts: [4, 2, 0] });
    expect(match(idx, [1, 2, 9, 10])).toEqual({ total: 4, counts: [2, 3, 0] });
    expect(match(idx, [7, 1, 2])).toEqual({ total: 3, counts: [0, 0, 0] });
  });

  it('counts a pod at every block it holds while the walk continues (llm-d’s greedy walk)', () => {
    const idx = new ApproxPrefixIndex(2, 100, 64);
    idx.record(0, [1, 2, 3]);
    idx.record(1, [1, 3]); // block 3 without block 2 (rare with chained hashes)
    expect(match(idx, [1, 2, 3]).counts).toEqual([3, 2]);
  });

  it('evicts a pod’s least recently recorded blocks beyond its capacity', () => {
    const idx = new ApproxPrefixIndex(2, 4, 64);
    idx.record(0, [1, 2, 3, 4]);
    idx.record(0, [10, 11]); // pushes out 1 and 2
    expect(idx.blocksOn(0)).toBe(4);
    expect(idx.has(0, 1)).toBe(false);
    expect(idx.has(0, 3)).toBe(true);
    expect(match(idx, [1, 2, 3]).counts).toEqual([0, 0]);
    // Another pod's record of the same hash is unaffected.
    idx.record(1, [1, 2]);
    // Pod 1 keeps the walk alive through blocks 1–2, so pod 0 is counted at block 3.
    expect(match(idx, [1, 2, 3]).counts).toEqual([1, 2]);
  });

  it('caps the walk at maxPrefixTokensToMatch (131,072 tokens)', () => {
    const idx = new ApproxPrefixIndex(1, 10_000, 64);
    expect(idx.maxBlocks).toBe(2048);
    const long = Array.from({ length: 2100 }, (_, i) => i + 1);
    idx.record(0, long);
    expect(match(idx, long)).toEqual({ total: 2048, counts: [2048] });
  });

  it('holds exactly what a reference LRU per pod holds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 60 }), (ops) => {
        const cap = 12;
        const idx = new ApproxPrefixIndex(3, cap, 64);
        const ref: number[][] = [[], [], []];
        for (const [pod, prompt] of ops) {
          idx.record(pod, prompt);
          const lru = ref[pod] as number[];
          for (const h of prompt) {
            const at = lru.indexOf(h);
            if (at >= 0) lru.splice(at, 1);
            lru.push(h);
          }
          while (lru.length > cap) lru.shift();
        }
        for (let pod = 0; pod < 3; pod++) {
          expect(idx.blocksOn(pod)).toBe(ref[pod]?.length);
          for (let h = 1; h <= 40; h++) expect(idx.has(pod, h)).toBe(ref[pod]?.includes(h));
        }
      }),
    );
  });
});

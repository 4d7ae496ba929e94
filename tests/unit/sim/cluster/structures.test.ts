/** The data structures under the cluster model, checked against plain models with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntMap } from '../../../../src/sim/cluster/intMap.ts';
import { LruSet } from '../../../../src/sim/cluster/lruSet.ts';
import { PodKvCache } from '../../../../src/sim/cluster/podKvCache.ts';

describe('IntMap', () => {
  it('behaves like a Map under random sets and deletes (with collisions and growth)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 200 }), fc.nat(1000)), { maxLength: 400 }), (ops) => {
        const m = new IntMap(4);
        const ref = new Map<number, number>();
        for (const [del, k, v] of ops) {
          // Keys that share low bits collide in the table.
          const key = k * 64;
          if (del) expect(m.delete(key)).toBe(ref.delete(key));
          else {
            m.set(key, v);
            ref.set(key, v);
          }
          expect(m.size).toBe(ref.size);
        }
        for (let k = 0; k <= 200; k++) expect(m.get(k * 64)).toBe(ref.get(k * 64) ?? -1);
      }),
    );
  });
});

describe('LruSet', () => {
  it('keeps the most recently touched keys', () => {
    const evicted: number[] = [];
    const s = new LruSet(3, (k) => evicted.push(k));
    for (const k of [1, 2, 3, 1, 4, 5]) s.touch(k);
    expect(evicted).toEqual([2, 3]);
    expect([...s.keys()]).toEqual([1, 4, 5]);
  });
  it('matches a reference LRU', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 500 }), (keys) => {
        const s = new LruSet(7);
        const ref: number[] = [];
        for (const k of keys) {
          s.touch(k);
          const at = ref.indexOf(k);
          if (at >= 0) ref.splice(at, 1);
          ref.push(k);
          if (ref.length > 7) ref.shift();
        }
        expect([...s.keys()]).toEqual(ref);
      }),
    );
  });
});

describe('PodKvCache', () => {
  it('shares in-use blocks, frees to an LRU queue and evicts its head', () => {
    const evicted: number[] = [];
    const c = new PodKvCache(4, (k) => evicted.push(k));
    const found = new Int32Array(8);
    c.scan([1, 2, 3], 3, 3, found);
    const a = c.acquire([1, 2, 3], 3, found);
    expect(c.pinned).toBe(3);
    const s = c.scan([1, 2, 9], 3, 3, found);
    expect(s).toEqual({ hit: 2, inUse: 2 });
    const b = c.acquire([1, 2, 9], 3, found);
    expect(c.pinned).toBe(4);
    c.release(a); // 3 becomes free; 1, 2 still held by b
    expect(c.pinned).toBe(3);
    expect(c.freeBlocks).toBe(1);
    c.release(b); // tail first: 9, then 2, then 1 join the free queue after 3
    expect([...c.freeKeys()]).toEqual([3, 9, 2, 1]);
    c.insertFree([7], 0, 1); // one more block than fits: the head (3) is evicted
    expect(evicted).toEqual([3]);
    expect(c.has(3)).toBe(false);
    expect(c.matchPrefix([1, 2, 9], 3)).toBe(3);
  });

  it('never holds more than capacity and keeps reference counts consistent', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 60 }), fc.array(fc.boolean(), { maxLength: 60 }), (prompts, releases) => {
        const cap = 10;
        const c = new PodKvCache(cap);
        const found = new Int32Array(8);
        const live: Int32Array[] = [];
        prompts.forEach((p, i) => {
          const keys = [...new Set(p)];
          const s = c.scan(keys, keys.length, keys.length, found);
          if (keys.length - s.inUse > c.freeBlocks) return; // admission would refuse it
          live.push(c.acquire(keys, keys.length, found));
          if (releases[i] && live.length > 0) c.release(live.shift() as Int32Array);
          expect(c.pinned + c.reserved).toBeLessThanOrEqual(cap);
          expect(c.cachedBlocks).toBeLessThanOrEqual(cap);
        });
        for (const h of live) c.release(h);
        expect(c.pinned).toBe(0);
      }),
    );
  });
});

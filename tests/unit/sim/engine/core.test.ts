/** src/sim/core: PRNG, containers, hashing, quantiles. */
import { describe, expect, it } from 'vitest';
import { Deque } from '../../../../src/sim/core/deque.ts';
import { hashBlockRuns, NONE_HASH } from '../../../../src/sim/core/hash.ts';
import { Heap } from '../../../../src/sim/core/heap.ts';
import { LogHistogram, quantile, summarize } from '../../../../src/sim/core/quantiles.ts';
import { Rng } from '../../../../src/sim/core/rng.ts';
import { BlockHashMap } from '../../../../src/sim/engine/blockHashMap.ts';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('Rng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 5 }, () => a.nextU32());
    expect(Array.from({ length: 5 }, () => b.nextU32())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.nextU32())).not.toEqual(sa);
  });

  it('draws distributions with the right means', () => {
    const r = new Rng(1);
    const n = 40_000;
    expect(mean(Array.from({ length: n }, () => r.float()))).toBeCloseTo(0.5, 1);
    expect(mean(Array.from({ length: n }, () => r.exponential(4)))).toBeCloseTo(0.25, 1);
    expect(mean(Array.from({ length: n }, () => r.gamma(0.5, 2)))).toBeCloseTo(1, 1);
    expect(mean(Array.from({ length: n }, () => r.gamma(3, 2)))).toBeCloseTo(6, 0);
    expect(mean(Array.from({ length: n }, () => r.lognormal(0, 0.5)))).toBeCloseTo(Math.exp(0.125), 1);
    const ints = Array.from({ length: n }, () => r.int(3, 5));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(5);
  });

  it('derives independent streams', () => {
    const r = new Rng(7);
    expect(r.derive(1).nextU32()).not.toBe(r.derive(2).nextU32());
    expect(new Rng(7).derive(1).nextU32()).toBe(new Rng(7).derive(1).nextU32());
  });
});

describe('containers', () => {
  it('Heap pops in order and removes by identity', () => {
    const h = new Heap<number>((a, b) => a < b);
    for (const x of [5, 1, 4, 2, 3]) h.push(x);
    expect(h.remove(4)).toBe(true);
    const out: number[] = [];
    while (h.size) out.push(h.pop()!);
    expect(out).toEqual([1, 2, 3, 5]);
  });

  it('Deque pushes and pops at both ends and grows', () => {
    const d = new Deque<number>(4);
    for (let i = 0; i < 10; i++) d.pushBack(i);
    d.pushFront(-1);
    expect(d.popFront()).toBe(-1);
    expect(d.size).toBe(10);
    expect(d.remove(3)).toBe(true);
    expect(d.toArray()).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
    expect(d.at(1)).toBe(1);
  });
});

describe('hashBlockRuns', () => {
  it('chains the parent and folds extra keys', () => {
    const runs = [5, 0, 16];
    const h = hashBlockRuns(NONE_HASH, runs, 1, 0);
    expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
    expect(hashBlockRuns(NONE_HASH, runs, 1, 0)).toBe(h);
    expect(hashBlockRuns(h, runs, 1, 0)).not.toBe(h);
    expect(hashBlockRuns(NONE_HASH, runs, 1, 1)).not.toBe(h);
    expect(hashBlockRuns(NONE_HASH, [5, 1, 16], 1, 0)).not.toBe(h);
  });
});

describe('BlockHashMap', () => {
  it('behaves like an insertion-ordered multimap', () => {
    const r = new Rng(3);
    const blockHash = new Float64Array(64).fill(-1);
    const m = new BlockHashMap(64, blockHash);
    const ref = new Map<number, number[]>();
    for (let i = 0; i < 20_000; i++) {
      const h = r.int(0, 40) * 4294967296 + r.int(0, 1000);
      const b = r.int(1, 63);
      const old = blockHash[b]!;
      if (old >= 0) {
        m.remove(b);
        blockHash[b] = -1;
        const list = ref.get(old)!;
        list.splice(list.indexOf(b), 1);
      } else {
        blockHash[b] = h;
        m.insert(b);
        ref.set(h, [...(ref.get(h) ?? []), b]);
      }
      for (const key of [h, old]) {
        if (key < 0) continue;
        const list = ref.get(key) ?? [];
        expect(m.get(key)).toBe(list.length === 0 ? -1 : list[0]);
      }
    }
    const live = [...ref.entries()].filter(([, l]) => l.length > 0).map(([k]) => k);
    expect(m.hashes().sort()).toEqual(live.sort());
  });
});

describe('quantiles', () => {
  it('interpolates like numpy and summarises', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    const s = summarize([3, 1, 2]);
    expect(s).toMatchObject({ count: 3, mean: 2, p50: 2, max: 3 });
  });

  it('LogHistogram percentiles are within 1%', () => {
    const h = new LogHistogram(1e-6);
    const xs: number[] = [];
    const r = new Rng(9);
    for (let i = 0; i < 10_000; i++) {
      const x = r.lognormal(-4, 1);
      xs.push(x);
      h.add(x);
    }
    for (const q of [0.5, 0.9, 0.99]) expect(Math.abs(h.quantile(q) / quantile(xs, q) - 1)).toBeLessThan(0.01);
    expect(h.summary().count).toBe(10_000);
  });
});

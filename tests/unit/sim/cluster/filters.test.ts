/** Filters: roles, and prefix-cache-affinity-filter as llm-d-router's own tests pin it down. */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/sim/core/rng.ts';
import { AFFINITY_DEFAULTS, affinityFilter, decodeFilter, prefillFilter } from '../../../../src/sim/cluster/filters.ts';
import { request, view } from './helpers.ts';

const rng = new Rng(1);
const pods = (ratios: number[], tokens: number[] = []) => ratios.map((r, i) => view(i, { prefixMatchBlocks: r, prefixTotalBlocks: 100, inflightTokens: tokens[i] ?? 0 }));
const kept = (f: ReturnType<typeof affinityFilter>, cands: ReturnType<typeof pods>) => f.filter(request(), cands, rng).map((c) => c.pod);

describe('role filters', () => {
  it('decode-filter keeps decode and prefill-decode pods; prefill-filter prefill and prefill-decode', () => {
    const cands = [view(0, { role: 'prefill' }), view(1, { role: 'decode' }), view(2, { role: 'prefill-decode' })];
    expect(decodeFilter.create().filter(request(), cands, rng).map((c) => c.pod)).toEqual([1, 2]);
    expect(prefillFilter.create().filter(request(), cands, rng).map((c) => c.pod)).toEqual([0, 2]);
  });
});

describe('prefix-cache-affinity-filter (llm-d-router plugin_test.go cases)', () => {
  const base = { ...AFFINITY_DEFAULTS };
  it('threshold 0 disables it; one endpoint is kept', () => {
    expect(kept(affinityFilter({ ...base, affinityThreshold: 0 }), pods([90, 10]))).toEqual([0, 1]);
    expect(kept(affinityFilter(base), pods([10]))).toEqual([0]);
  });
  it('keeps everyone when no pod reaches the threshold', () => {
    expect(kept(affinityFilter(base), pods([10, 20, 50]))).toEqual([0, 1, 2]);
  });
  it('narrows to the sticky pods', () => {
    expect(kept(affinityFilter(base), pods([90, 85, 10]))).toEqual([0, 1]);
  });
  it('breaks stickiness when the sticky pod is too far behind (throughput TTFT)', () => {
    // peak 1,000 tok/s: A 500 in-flight tokens = 500 ms, B 50 = 50 ms; penalty 100 ms → both kept.
    const o = { ...base, peakPrefillThroughput: 1000, maxTTFTPenaltyMs: 100 };
    expect(kept(affinityFilter(o), pods([90, 10], [500, 50]))).toEqual([0, 1]);
    // Penalty 1,000 ms: within it, so only A.
    expect(kept(affinityFilter({ ...o, maxTTFTPenaltyMs: 1000 }), pods([90, 10], [500, 50]))).toEqual([0]);
    // Penalty 0 disables the gate.
    expect(kept(affinityFilter({ ...o, maxTTFTPenaltyMs: 0 }), pods([90, 10], [5000, 50]))).toEqual([0]);
  });
  it('exploration probability 1 always keeps everyone', () => {
    expect(kept(affinityFilter({ ...base, explorationProbability: 1 }), pods([90, 10]))).toEqual([0, 1]);
  });
  it('uses llm-d-router v0.10 defaults', () => {
    expect(AFFINITY_DEFAULTS).toEqual({ affinityThreshold: 0.8, explorationProbability: 0, maxTTFTPenaltyMs: 18_000, peakPrefillThroughput: 15_928 });
  });
});

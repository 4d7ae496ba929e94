/**
 * Cases ported from llm-d-router's own unit tests (v0.10 tree, `pkg/epp/framework/plugins/`):
 * scorer tables, the max-score picker's top-k, and the approximate prefix index (indexer and
 * producer parameters). Each block names the Go test it follows.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/sim/core/rng.ts';
import { maxScoreTopK, randomTopK } from '../../../../src/sim/cluster/pickers.ts';
import { ApproxPrefixIndex, MIN_BLOCK_SIZE_TOKENS, PREFIX_INDEX_DEFAULTS, resolvePrefixIndex } from '../../../../src/sim/cluster/prefixIndex.ts';
import { activeRequestScorer, kvCacheUtilizationScorer, loadAwareScorer, queueScorer } from '../../../../src/sim/cluster/scorers.ts';
import type { ScorerDefinition } from '../../../../src/sim/cluster/plugins.ts';
import type { PluginParams, PrefixIndexConfig } from '../../../../src/sim/cluster/types.ts';
import { request, scores, view } from './helpers.ts';

const score = (def: ScorerDefinition, views: ReturnType<typeof view>[], params?: PluginParams) => {
  const s = def.create(views.length, params);
  return scores((out) => s.score(request(), views, out), views.length);
};

describe('scorers (load_aware_test, active_request_test, queue_test, kvcache_utilization_test)', () => {
  it('TestLoadBasedScorer: threshold 10, queues 2 / 0 / 15 → 0.4 / 0.5 / 0', () => {
    const views = [2, 0, 15].map((q, i) => view(i, { waitingQueueSize: q }));
    const got = score(loadAwareScorer, views, { threshold: 10 });
    expect(got[0]).toBeCloseTo(0.4, 12);
    expect(got.slice(1)).toEqual([0.5, 0]);
    // A threshold ≤ 0 falls back to 128 (NewLoadAware).
    expect(score(loadAwareScorer, [view(0, { waitingQueueSize: 64 })], { threshold: 0 })).toEqual([0.25]);
  });

  it('TestActiveRequestScorer_Score: counts 3 / 0 / 6 → 0.5 / 1 / 0; 4 / 0 / 1 → 0 / 1 / 0.75; no load → all 1', () => {
    const run = (counts: number[], params?: PluginParams) => score(activeRequestScorer, counts.map((c, i) => view(i, { inflightRequests: c })), params);
    expect(run([3, 0, 6])).toEqual([0.5, 1, 0]);
    expect(run([4, 0, 1])).toEqual([0, 1, 0.75]);
    expect(run([0, 0, 0])).toEqual([1, 1, 1]);
  });

  it('TestActiveRequest_IdleThresholdAndMaxBusyScore: binary and hybrid modes', () => {
    const run = (counts: number[], params: PluginParams) => score(activeRequestScorer, counts.map((c, i) => view(i, { inflightRequests: c })), params);
    // Binary: idleThreshold 0, maxBusyScore 0 → busy pods 0, idle pods 1.
    expect(run([0, 0], { idleThreshold: 0, maxBusyScore: 0 })).toEqual([1, 1]);
    expect(run([1, 0], { idleThreshold: 0, maxBusyScore: 0 })).toEqual([0, 1]);
    // Hybrid: idleThreshold 1, maxBusyScore 0.5.
    expect(run([1, 2, 0], { idleThreshold: 1, maxBusyScore: 0.5 })).toEqual([1, 0, 1]);
    // A busy pod below the busiest scores proportionally, capped by maxBusyScore.
    expect(run([2, 4, 0], { idleThreshold: 1, maxBusyScore: 0.5 })).toEqual([0.25, 0, 1]);
    // Out-of-range values fall back to the defaults (0 and 1).
    expect(run([3, 0, 6], { idleThreshold: -2, maxBusyScore: 7 })).toEqual([0.5, 1, 0]);
  });

  it('rejects a parameter the scorer does not have, naming the known ones', async () => {
    const { Router } = await import('../../../../src/sim/cluster/router.ts');
    const { BUILTIN_REGISTRY } = await import('../../../../src/sim/cluster/registry.ts');
    const idx = new ApproxPrefixIndex(2, 10, 64);
    const cfg = { kind: 'epp' as const, profile: { filters: [], scorers: [{ type: 'load-aware-scorer' as const, weight: 1, params: { treshold: 3 } }], picker: 'max-score-picker' as const } };
    expect(() => new Router(cfg, ['a', 'b'], ['prefill-decode', 'prefill-decode'], idx, new Rng(1), BUILTIN_REGISTRY)).toThrow(/no parameter "treshold" \(known: threshold\)/);
  });

  it('TestQueueScorer and TestKvCacheUtilizationScorer tables', () => {
    expect(score(queueScorer, [10, 5, 0].map((q, i) => view(i, { waitingQueueSize: q })))).toEqual([0, 0.5, 1]);
    expect(score(queueScorer, [5, 5].map((q, i) => view(i, { waitingQueueSize: q })))).toEqual([1, 1]);
    const kv = score(kvCacheUtilizationScorer, [0.8, 0.5, 0, 1].map((u, i) => view(i, { kvCacheUsage: u })));
    expect(kv.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([0.2, 0.5, 1, 0]);
  });
});

describe('max-score picker top k (TestPickMaxScorePicker)', () => {
  const rng = new Rng(3);
  it('returns the single highest', () => {
    expect(maxScoreTopK([10, 25, 15], 3, 1, rng)).toEqual([1]);
  });
  it('returns the k highest in order, fewer when there are fewer candidates', () => {
    expect(maxScoreTopK([20, 25, 30], 3, 2, rng)).toEqual([2, 1]);
    expect(maxScoreTopK([20, 25, 30], 3, 4, rng)).toEqual([2, 1, 0]);
  });
  it('puts tied leaders first in random order, both orders occurring', () => {
    const seen = new Set<string>();
    for (let s = 0; s < 40; s++) {
      const got = maxScoreTopK([30, 25, 30], 3, 3, new Rng(s));
      expect(got[2]).toBe(1);
      seen.add(got.slice(0, 2).join());
    }
    expect(seen).toEqual(new Set(['0,2', '2,0']));
    const two = maxScoreTopK([50, 50, 30], 3, 2, rng);
    expect([...two].sort()).toEqual([0, 1]);
  });
  it('falls back to one endpoint for k ≤ 0; the random picker returns k distinct candidates', () => {
    expect(maxScoreTopK([1, 9, 3], 3, 0, rng)).toEqual([1]);
    const r = randomTopK(5, 3, rng);
    expect(new Set(r).size).toBe(3);
    for (const i of r) expect(i >= 0 && i < 5).toBe(true);
  });
});

describe('approximate prefix index (indexer_test, plugin_test)', () => {
  const counts = (idx: ApproxPrefixIndex, hashes: number[]) => {
    const out = new Int32Array(idx.numPods);
    idx.match(hashes, out);
    return [...out];
  };

  it('TestIndexer_AddAndGet: a pod’s LRU holds at most its capacity', () => {
    const idx = new ApproxPrefixIndex(1, 2, 64);
    idx.record(0, [1]);
    expect(idx.blocksOn(0)).toBe(1);
    expect(idx.has(0, 1)).toBe(true);
    idx.record(0, [2]);
    expect(idx.blocksOn(0)).toBe(2);
    idx.record(0, [3]);
    expect(idx.blocksOn(0)).toBe(2);
    expect(idx.has(0, 1)).toBe(false);
    expect(idx.has(0, 4)).toBe(false);
  });

  it('TestIndexer_RemovePodAndEviction: eviction and pod removal drop exactly that pod', () => {
    const size = 10;
    const idx = new ApproxPrefixIndex(2, size, 64);
    for (let h = 0; h < size; h++) {
      idx.record(0, [h + 1]);
      idx.record(1, [h + 1]);
    }
    for (let h = 1; h <= size; h++) expect([idx.has(0, h), idx.has(1, h)]).toEqual([true, true]);
    idx.record(0, [size + 1]); // evicts hash 1 from pod 0 only
    expect(idx.blocksOn(0)).toBe(size);
    expect([idx.has(0, 1), idx.has(1, 1)]).toEqual([false, true]);
    idx.removePod(1);
    expect(idx.has(1, 1)).toBe(false);
    expect(idx.blocksOn(1)).toBe(0);
    expect(counts(idx, [1])).toEqual([0, 0]);
    for (let h = 2; h <= size + 1; h++) expect([idx.has(0, h), idx.has(1, h)]).toEqual([true, false]);
    // The removed pod can come back; pod 0 still counts at blocks 2 and 3 (the greedy walk goes on).
    idx.record(1, [1, 2]);
    expect(counts(idx, [1, 2, 3])).toEqual([2, 2]);
  });

  it('TestPrefixPluginPartialPrefixMatch: the primary and the prefill pod are both recorded', () => {
    const idx = new ApproxPrefixIndex(3, 100, 64);
    idx.record(0, [1, 2]);
    idx.record(2, [1, 2]);
    expect(counts(idx, [1, 3])).toEqual([1, 0, 1]);
  });

  const cfg = (o: Partial<PrefixIndexConfig>): PrefixIndexConfig => ({ ...PREFIX_INDEX_DEFAULTS, ...o });

  it('TestPrefixPluginAutoTune: block size and LRU capacity follow the pods', () => {
    const r = resolvePrefixIndex(cfg({ autoTune: true, blockSizeTokens: 256, lruCapacityPerServer: 1 }), { blockSize: 128, numGpuBlocks: 1000 });
    expect(r.blockSize).toBe(128);
    expect(r.lruCapacityBlocks).toBe(1000);
    // 192 tokens at 128 per block → 1 full block; the cap is 131,072 / 128 blocks.
    expect(r.maxBlocks).toBe(1024);
    // Without auto-tuning the configured values hold.
    expect(resolvePrefixIndex(cfg({ autoTune: false, blockSizeTokens: 256, lruCapacityPerServer: 7 }), { blockSize: 128, numGpuBlocks: 1000 })).toEqual({ blockSize: 256, maxBlocks: 512, lruCapacityBlocks: 7 });
  });

  it('TestGetBlockSize_*: the block size is floored at 64 on every path', () => {
    expect(resolvePrefixIndex(cfg({ autoTune: true, blockSizeTokens: 16 }), { blockSize: 16, numGpuBlocks: 0 }).blockSize).toBe(MIN_BLOCK_SIZE_TOKENS);
    expect(resolvePrefixIndex(cfg({ autoTune: false, blockSizeTokens: 32 }), { blockSize: 0, numGpuBlocks: 0 }).blockSize).toBe(64);
    expect(resolvePrefixIndex(cfg({ autoTune: true, blockSizeTokens: 16 }), { blockSize: 0, numGpuBlocks: 0 }).blockSize).toBe(64);
    // No pod report and no manual capacity: llm-d's 31,250 blocks.
    expect(resolvePrefixIndex(cfg({ lruCapacityPerServer: 0 }), { blockSize: 0, numGpuBlocks: 0 }).lruCapacityBlocks).toBe(31_250);
  });

  it('TestMaxPrefixTokensToMatch and TestMaxPrefixBothCapsZeroMatchesEverything', () => {
    const pod = { blockSize: 64, numGpuBlocks: 100 };
    expect(resolvePrefixIndex(cfg({ maxPrefixTokensToMatch: 128 }), pod).maxBlocks).toBe(2);
    expect(resolvePrefixIndex(cfg({ maxPrefixTokensToMatch: 0, maxPrefixBlocksToMatch: 3 }), pod).maxBlocks).toBe(3);
    const all = resolvePrefixIndex(cfg({ maxPrefixTokensToMatch: 0, maxPrefixBlocksToMatch: 0 }), pod);
    const idx = new ApproxPrefixIndex(1, 100, all.blockSize, all.maxBlocks);
    idx.record(0, [1, 2, 3, 4]);
    expect(idx.match([1, 2, 3, 4], new Int32Array(1))).toBe(4);
    const capped = new ApproxPrefixIndex(1, 100, 64, 2);
    capped.record(0, [1, 2, 3, 4]);
    expect(capped.blocksOn(0)).toBe(2);
    expect(capped.match([1, 2, 3, 4], new Int32Array(1))).toBe(2);
  });

  it('TestDataProducerValidation: configurations llm-d rejects', () => {
    expect(() => resolvePrefixIndex(cfg({ autoTune: false, blockSizeTokens: 0 }), { blockSize: 64, numGpuBlocks: 1 })).toThrow(/blockSizeTokens must be > 0/);
    expect(() => resolvePrefixIndex(cfg({ maxPrefixTokensToMatch: -1 }), { blockSize: 64, numGpuBlocks: 1 })).toThrow(/maxPrefixTokensToMatch must be >= 0/);
  });
});

/** Scorer formulas (llm-d-router v0.10) and the weighted-sum + max-score pick. */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/sim/core/rng.ts';
import { maxScorePicker } from '../../../../src/sim/cluster/pickers.ts';
import { BUILTIN_REGISTRY, BUILTIN_SCORERS, createPluginRegistry } from '../../../../src/sim/cluster/registry.ts';
import {
  activeRequestScorer,
  kvCacheUtilizationScorer,
  loadAwareScorer,
  noHitLruScorer,
  prefixCacheScorer,
  queueScorer,
  sessionAffinityScorer,
  tokenLoadScorer,
} from '../../../../src/sim/cluster/scorers.ts';
import type { ScorerDefinition } from '../../../../src/sim/cluster/plugins.ts';
import { request, scores, view } from './helpers.ts';

const run = (def: ScorerDefinition, views = [view(0)], req = request()) => {
  const s = def.create(views.length);
  return scores((out) => s.score(req, views, out), views.length);
};

describe('scorer formulas', () => {
  it('queue-scorer min-max normalises the waiting queue; all equal → 1', () => {
    expect(run(queueScorer, [view(0, { waitingQueueSize: 4 }), view(1, { waitingQueueSize: 0 }), view(2, { waitingQueueSize: 2 })])).toEqual([0, 1, 0.5]);
    expect(run(queueScorer, [view(0, { waitingQueueSize: 3 }), view(1, { waitingQueueSize: 3 })])).toEqual([1, 1]);
  });

  it('kv-cache-utilization-scorer is 1 − usage', () => {
    const s = run(kvCacheUtilizationScorer, [view(0, { kvCacheUsage: 0.6 }), view(1, { kvCacheUsage: 0.3 })]);
    expect(s[0]).toBeCloseTo(0.4, 12);
    expect(s[1]).toBeCloseTo(0.7, 12);
  });

  it('prefix-cache-scorer is matched ÷ total blocks, 0 with no blocks', () => {
    expect(run(prefixCacheScorer, [view(0, { prefixMatchBlocks: 6 }), view(1, { prefixMatchBlocks: 10 }), view(2, { prefixMatchBlocks: 0, prefixTotalBlocks: 0 })])).toEqual([0.6, 1, 0]);
  });

  it('load-aware-scorer: 0.5 when empty, linear to 0 at 128 waiting', () => {
    expect(run(loadAwareScorer, [0, 1, 64, 128, 500].map((q, i) => view(i, { waitingQueueSize: q })))).toEqual([0.5, 0.5 * (1 - 1 / 128), 0.25, 0, 0]);
  });

  it('active-request-scorer: idle → 1, else (max − c) / max', () => {
    expect(run(activeRequestScorer, [0, 2, 4].map((c, i) => view(i, { inflightRequests: c })))).toEqual([1, 0.5, 0]);
  });

  it('token-load-scorer: 1 − in-flight tokens ÷ 4,194,304, floored at 0', () => {
    expect(run(tokenLoadScorer, [0, 2_097_152, 9e6].map((t, i) => view(i, { inflightTokens: t })))).toEqual([1, 0.5, 0]);
  });

  it('session-affinity-scorer prefers the pod that answered the session last', () => {
    const s = sessionAffinityScorer.create(3);
    const views = [view(0), view(1), view(2)];
    const req = request({ session: 's1' });
    expect(scores((o) => s.score(req, views, o), 3)).toEqual([0, 0, 0]);
    s.responseComplete?.(req, 2);
    expect(scores((o) => s.score(req, views, o), 3)).toEqual([0, 0, 1]);
    expect(scores((o) => s.score(request({ session: 'other' }), views, o), 3)).toEqual([0, 0, 0]);
  });

  it('no-hit-lru-scorer spreads cold requests: never-used first, then least recently used', () => {
    const s = noHitLruScorer.create(3);
    const views = [view(0), view(1), view(2)];
    const cold = request();
    expect(scores((o) => s.score(cold, views, o), 3)).toEqual([1, 0.5, 0]);
    s.preRequest?.(cold, views[0] as never, true);
    // Pod 0 was used: never-used 1 and 2 come first, then pod 0.
    expect(scores((o) => s.score(cold, views, o), 3)).toEqual([0, 1, 0.5]);
    // Any prefix hit: neutral 0.5 everywhere.
    const warm = [view(0, { prefixMatchBlocks: 3 }), view(1), view(2)];
    expect(scores((o) => s.score(cold, warm, o), 3)).toEqual([0.5, 0.5, 0.5]);
  });

  it('every built-in scorer stays within [0, 1]', () => {
    const views = [view(0, { waitingQueueSize: 900, kvCacheUsage: 1, inflightRequests: 50, inflightTokens: 1e9, prefixMatchBlocks: 10 }), view(1)];
    for (const def of BUILTIN_SCORERS) for (const x of run(def, views, request({ session: 's' }))) expect(x >= 0 && x <= 1, def.type).toBe(true);
  });
});

describe('weighted sum and max-score picker', () => {
  it('reproduces the worked example: defaults 2/2/3 give A 2.6, B 3.4, C 4.2 → C', () => {
    const views = [
      view(0, { waitingQueueSize: 4, kvCacheUsage: 0.6, prefixMatchBlocks: 6 }),
      view(1, { waitingQueueSize: 0, kvCacheUsage: 0.3, prefixMatchBlocks: 0 }),
      view(2, { waitingQueueSize: 2, kvCacheUsage: 0.9, prefixMatchBlocks: 10 }),
    ];
    const totals = new Float64Array(3);
    for (const [def, w] of [
      [queueScorer, 2],
      [kvCacheUtilizationScorer, 2],
      [prefixCacheScorer, 3],
    ] as const) {
      run(def, views).forEach((x, i) => (totals[i] = (totals[i] as number) + x * w));
    }
    expect([...totals].map((t) => Math.round(t * 10) / 10)).toEqual([2.6, 3.4, 4.2]);
    expect(maxScorePicker.pick(totals, 3, new Rng(1))).toEqual({ index: 2, tie: false });
  });

  it('breaks ties uniformly at random from the seed, and deterministically', () => {
    const totals = [1, 3, 3, 2, 3];
    const count = [0, 0, 0, 0, 0];
    const rng = new Rng(7);
    for (let i = 0; i < 3000; i++) {
      const k = maxScorePicker.pick(totals, 5, rng).index;
      count[k] = (count[k] ?? 0) + 1;
    }
    expect(count[0]).toBe(0);
    expect(count[3]).toBe(0);
    for (const k of [1, 2, 4]) expect(count[k]).toBeGreaterThan(900);
    const a = Array.from({ length: 20 }, (_, i) => maxScorePicker.pick(totals, 5, new Rng(i)).index);
    const b = Array.from({ length: 20 }, (_, i) => maxScorePicker.pick(totals, 5, new Rng(i)).index);
    expect(a).toEqual(b);
  });
});

describe('plugin registry', () => {
  it('holds every built-in and rejects a duplicate type', () => {
    expect([...BUILTIN_REGISTRY.scorers.keys()]).toHaveLength(BUILTIN_SCORERS.length);
    expect(() => createPluginRegistry([queueScorer, queueScorer], [], [])).toThrow(/duplicate scorer/);
  });
});

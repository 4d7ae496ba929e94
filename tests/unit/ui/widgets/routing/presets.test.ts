/**
 * Every lesson preset runs to completion and shows the direction its lesson claims (the
 * learnGitBranching pattern: a level's solution is replayed in a test).
 */
import { describe, expect, it } from 'vitest';
import { ClusterSim, type ClusterMetrics } from '../../../../../src/sim/cluster/index.ts';
import { configOf, workloadOf } from '../../../../../src/widget-models/routing/buildRun.ts';
import { ROUTING_PRESETS, type RoutingPresetId } from '../../../../../src/widget-models/routing/presets.ts';
import { ROUTING_URL_FIELDS } from '../../../../../src/ui/widgets/routing/urlFields.ts';
import { decodeUrlState, encodeUrlState } from '../../../../../src/ui/widgets/kit/urlCodec.ts';
import { DEFAULT_SETTINGS, DEFAULT_VIEW } from '../../../../../src/widget-models/routing/settings.ts';

function runPreset(id: RoutingPresetId): { a: ClusterMetrics; b: ClusterMetrics } {
  const { frame: _f, speed: _sp, side: _side, selected: _sel, ...s } = ROUTING_PRESETS[id].state;
  const wl = workloadOf(s);
  const [a, b] = (['a', 'b'] as const).map((x) => new ClusterSim(configOf(s, x), wl.requests).run().metrics()) as [ClusterMetrics, ClusterMetrics];
  expect(a.finished).toBe(wl.requests.length);
  expect(b.finished).toBe(wl.requests.length);
  return { a, b };
}

describe('routing presets reproduce their lessons’ claims', { timeout: 60_000 }, () => {
  it('gateway: prefix-aware routing beats round robin on shared prefixes', () => {
    const { a, b } = runPreset('gateway');
    expect(a.prefixCacheHitRate).toBeGreaterThan(b.prefixCacheHitRate * 2);
    expect(a.ttft.p90 * 5).toBeLessThan(b.ttft.p90);
    expect(a.outputThroughput).toBeGreaterThan(b.outputThroughput);
  });

  it('prefix-only: chasing the cache without load scorers builds queues', () => {
    const { a, b } = runPreset('prefix-only');
    expect(a.ttft.p90).toBeGreaterThan(b.ttft.p90 * 10);
    expect(a.perPod.filter((p) => p.requests === 0).length).toBeGreaterThan(0);
  });

  it('pd: disaggregation lowers time per output token and raises TTFT', () => {
    const { a, b } = runPreset('pd');
    expect(b.disaggregated).toBe(b.requests);
    expect(b.tpot.p50).toBeLessThan(a.tpot.p50 * 0.9);
    expect(b.ttft.p50).toBeGreaterThan(a.ttft.p50);
  });

  it('pd-decider: the prefix-based decider keeps cached prompts on the decode pod', () => {
    const { a, b } = runPreset('pd-decider');
    expect(a.disaggregated).toBe(a.requests);
    expect(b.disaggregated).toBeLessThan(b.requests / 4);
  });

  it('tiers: loading from CPU/storage beats recomputing', () => {
    const { a, b } = runPreset('tiers');
    expect(b.cpuHitRate + b.storageHitRate).toBeGreaterThan(0.03);
    expect(b.ttft.p50).toBeLessThan(a.ttft.p50);
    expect(b.ttft.p90).toBeLessThan(a.ttft.p90);
  });

  it('sticky and sandbox run to completion', () => {
    runPreset('sticky');
    runPreset('sandbox');
  });
});

describe('routing URL state', () => {
  it('round-trips every preset through the URL codec', () => {
    const defaults = { ...DEFAULT_SETTINGS, ...DEFAULT_VIEW };
    for (const p of Object.values(ROUTING_PRESETS)) {
      const text = encodeUrlState(ROUTING_URL_FIELDS, p.state, defaults);
      expect(text === undefined || /^[a-z0-9._-]+$/i.test(text)).toBe(true);
      expect(decodeUrlState(ROUTING_URL_FIELDS, text, defaults).value).toEqual(p.state);
    }
    const custom = { ...defaults, weightsA: [6, 4, 4, 0, 0, 0, 0, 1] };
    expect(decodeUrlState(ROUTING_URL_FIELDS, encodeUrlState(ROUTING_URL_FIELDS, custom, defaults), defaults).value.weightsA).toEqual(custom.weightsA);
    expect(decodeUrlState(ROUTING_URL_FIELDS, 'wa.99x1', defaults).rejected).toHaveLength(1);
  });
});

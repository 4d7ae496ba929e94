/** The cluster event loop: determinism, conservation, and the directions llm-d reports. */
import { describe, expect, it } from 'vitest';
import { ClusterSim } from '../../../../src/sim/cluster/cluster.ts';
import { clusterConfig } from '../../../../src/sim/cluster/config.ts';
import { routerConfig } from '../../../../src/sim/cluster/routerPresets.ts';
import { TIER_PRESETS } from '../../../../src/sim/cluster/tiers.ts';
import { generateClusterWorkload } from '../../../../src/sim/cluster/workloads.ts';
import { runClusterTimeline } from '../../../../src/sim/cluster/timeline.ts';

const tenants = generateClusterWorkload({ preset: 'multi-tenant', rate: 8, durationS: 90, groups: 60 }, 1);

describe('cluster determinism', () => {
  it('the same config, workload and seed give the same decisions and metrics', () => {
    const run = () => new ClusterSim(clusterConfig({ pods: 6, seed: 5 }), tenants.requests, { record: true }).run();
    const a = run();
    const b = run();
    expect(b.decisions.map((d) => [d.pod, d.profiles[0]?.tie])).toEqual(a.decisions.map((d) => [d.pod, d.profiles[0]?.tie]));
    expect(b.metrics()).toEqual(a.metrics());
    expect(b.events.length).toBe(a.events.length);
  });

  it('another seed changes only the tie-breaks, and the workload seed changes the workload', () => {
    const a = new ClusterSim(clusterConfig({ pods: 6, seed: 5 }), tenants.requests, { record: true }).run();
    const b = new ClusterSim(clusterConfig({ pods: 6, seed: 6 }), tenants.requests, { record: true }).run();
    expect(b.decisions.map((d) => d.pod)).not.toEqual(a.decisions.map((d) => d.pod));
    const w2 = generateClusterWorkload({ preset: 'multi-tenant', rate: 8, durationS: 90, groups: 60 }, 2);
    expect(w2.requests.map((r) => r.arrivalUs)).not.toEqual(tenants.requests.map((r) => r.arrivalUs));
  });

  it('every request finishes, once, with TTFT ≤ E2E, and events are in time order', () => {
    const sim = new ClusterSim(clusterConfig({ pods: 4 }), tenants.requests, { record: true }).run();
    const m = sim.metrics();
    expect(m.finished).toBe(tenants.requests.length);
    for (const r of sim.requests) {
      expect(r.firstTokenUs).toBeGreaterThan(r.arrivalUs);
      expect(r.finishUs).toBeGreaterThanOrEqual(r.firstTokenUs);
    }
    const finished = sim.events.filter((e) => e.type === 'finished').map((e) => e.req);
    expect(new Set(finished).size).toBe(finished.length);
    for (let i = 1; i < sim.events.length; i++) expect(sim.events[i]?.timeUs).toBeGreaterThanOrEqual(sim.events[i - 1]?.timeUs ?? 0);
    for (const p of sim.pods) {
      expect(p.idle).toBe(true);
      expect(p.cache.pinned).toBe(0);
      expect(p.cache.reserved).toBe(0);
    }
  });
});

describe('what routing changes', () => {
  it('prefix-aware routing beats round robin on shared prefixes: higher hit rate, lower TTFT p90', () => {
    const wl = generateClusterWorkload({ preset: 'multi-tenant', rate: 10, durationS: 120, groups: 150 }, 3);
    const prefix = new ClusterSim(clusterConfig({ pods: 8 }), wl.requests).run().metrics();
    const rr = new ClusterSim(clusterConfig({ pods: 8, router: routerConfig('round-robin') }), wl.requests).run().metrics();
    expect(prefix.prefixCacheHitRate).toBeGreaterThan(rr.prefixCacheHitRate + 0.3);
    expect(prefix.ttft.p90).toBeLessThan(rr.ttft.p90 / 5);
  });

  it('with nothing shared, the cache-aware router is no better than round robin', () => {
    const wl = generateClusterWorkload({ preset: 'uniform', rate: 6, durationS: 60, groups: 0 }, 4);
    const prefix = new ClusterSim(clusterConfig({ pods: 4 }), wl.requests).run().metrics();
    const rr = new ClusterSim(clusterConfig({ pods: 4, router: routerConfig('round-robin') }), wl.requests).run().metrics();
    expect(prefix.prefixCacheHitRate).toBeLessThan(0.05);
    expect(rr.prefixCacheHitRate).toBeLessThan(0.05);
  });

  it('session affinity keeps a conversation on one pod', () => {
    const wl = generateClusterWorkload({ preset: 'multi-turn', rate: 4, durationS: 60, groups: 0 }, 5);
    const sim = new ClusterSim(clusterConfig({ pods: 4, router: routerConfig('session-affinity') }), wl.requests, { record: true }).run();
    const bySession = new Map<string, Set<number>>();
    wl.requests.forEach((s) => {
      const d = sim.decisions.find((x) => x.req === s.id);
      if (!d || !s.session) return;
      const set = bySession.get(s.session) ?? new Set<number>();
      set.add(d.pod);
      bySession.set(s.session, set);
    });
    const sticky = [...bySession.values()].filter((s) => s.size === 1).length;
    expect(sticky / bySession.size).toBeGreaterThan(0.7);
  });
});

describe('prefill/decode disaggregation', () => {
  it('P/D lowers time per output token but raises TTFT (llm-d’s P/D guide direction)', () => {
    const wl = generateClusterWorkload({ preset: 'long-prompt', rate: 5, durationS: 90, groups: 0 }, 6);
    const agg = new ClusterSim(clusterConfig({ pods: 6 }), wl.requests).run().metrics();
    const pd = new ClusterSim(clusterConfig({ pods: 6, prefillPods: 2, router: routerConfig('llm-d-default', undefined, { type: 'always-disagg-pd-decider' }) }), wl.requests, { record: true }).run();
    const m = pd.metrics();
    expect(m.disaggregated).toBe(wl.requests.length);
    expect(m.tpot.p50).toBeLessThan(agg.tpot.p50);
    expect(m.ttft.p50).toBeGreaterThan(agg.ttft.p50);
    expect(m.kvTransferMs.p50).toBeGreaterThan(1);
    // Every disaggregated request: prefill pod ≠ decode pod, and the roles match.
    for (const d of pd.decisions) {
      expect(pd.pods[d.prefillPod ?? -1]?.role).toBe('prefill');
      expect(pd.pods[d.pod]?.role).toBe('decode');
    }
  });

  it('the prefix-based decider keeps well-cached prompts local', () => {
    const wl = generateClusterWorkload({ preset: 'multi-tenant', rate: 4, durationS: 60, groups: 4 }, 7);
    const sim = new ClusterSim(
      clusterConfig({ pods: 6, prefillPods: 2, router: routerConfig('llm-d-default', undefined, { type: 'prefix-based-pd-decider', nonCachedTokens: 2048 }) }),
      wl.requests,
      { record: true },
    ).run();
    const decided = sim.decisions.map((d) => d.pd?.disaggregate);
    expect(decided.filter(Boolean).length).toBeGreaterThan(0);
    expect(decided.filter((x) => x === false).length).toBeGreaterThan(decided.length / 2);
  });
});

describe('KV-cache tiers', () => {
  it('a CPU tier turns HBM evictions into cheap loads on the next visit', () => {
    // Small HBM (gpu_memory_utilization 0.55) and many long documents: the working set spills.
    const wl = generateClusterWorkload({ preset: 'rag', rate: 3, durationS: 120, groups: 40 }, 8);
    const deployment = { ...clusterConfig().deployment, gpuMemoryUtilization: 0.55 };
    const hbm = new ClusterSim(clusterConfig({ pods: 2, deployment }), wl.requests).run().metrics();
    const cpu = new ClusterSim(clusterConfig({ pods: 2, deployment, tiers: TIER_PRESETS.cpu }), wl.requests).run().metrics();
    expect(cpu.cpuHitRate).toBeGreaterThan(0.05);
    expect(cpu.prefixCacheHitRate + cpu.cpuHitRate).toBeGreaterThan(hbm.prefixCacheHitRate);
    expect(cpu.ttft.mean).toBeLessThan(hbm.ttft.mean);
    expect(cpu.tierLoadMs.count).toBeGreaterThan(0);
  });
});

describe('timeline', () => {
  it('samples frames to the end, with a track and a decision per request', () => {
    const wl = generateClusterWorkload({ preset: 'multi-tenant', rate: 4, durationS: 30, groups: 12 }, 9);
    const t = runClusterTimeline(clusterConfig({ pods: 4 }), wl, 500_000);
    expect(t.done).toBe(true);
    expect(t.tracks).toHaveLength(wl.requests.length);
    expect(t.decisions).toHaveLength(wl.requests.length);
    expect(t.frames.at(-1)?.finished).toBe(wl.requests.length);
    expect(t.frames.some((f) => f.pods.some((p) => p.groups.some(([, full]) => full === 2)))).toBe(true);
    expect(t.metrics?.finished).toBe(wl.requests.length);
  });
});

/** Pods joining and leaving the pool, requests buffered while it is empty, and an index block size other than the pods'. */
import { describe, expect, it } from 'vitest';
import { ClusterSim } from '../../../../src/sim/cluster/cluster.ts';
import { clusterConfig } from '../../../../src/sim/cluster/config.ts';
import { PREFIX_INDEX_DEFAULTS } from '../../../../src/sim/cluster/prefixIndex.ts';
import { generateClusterWorkload } from '../../../../src/sim/cluster/workloads.ts';

const wl = generateClusterWorkload({ preset: 'multi-tenant', rate: 4, durationS: 40, groups: 12 }, 3);

describe('pool membership', () => {
  it('a pod that leaves gets no new requests, drains, and is forgotten by the prefix index', () => {
    const sim = new ClusterSim(clusterConfig({ pods: 3 }), wl.requests);
    sim.runUntil(20e6);
    expect(sim.index.blocksOn(2)).toBeGreaterThan(0);
    const before = sim.requests.filter((r) => r.pod === 2).length;
    sim.setPodActive(2, false);
    expect(sim.index.blocksOn(2)).toBe(0);
    sim.run();
    expect(sim.requests.filter((r) => r.pod === 2).length).toBe(before);
    expect(sim.pods[2]?.idle).toBe(true);
    expect(sim.metrics().finished).toBe(wl.requests.length);
  });

  it('requests that arrive with no pod in the pool wait and are served once one joins', () => {
    const sim = new ClusterSim(clusterConfig({ pods: 2 }), wl.requests, { activePods: 0 });
    sim.runUntil(10e6);
    const early = wl.requests.filter((r) => r.arrivalUs <= 10e6).length;
    expect(sim.parkedRequests).toBe(early);
    sim.setPodActive(0, true);
    expect(sim.parkedRequests).toBe(0);
    sim.run();
    const m = sim.metrics();
    expect(m.finished).toBe(wl.requests.length);
    // The first request waited for the pod: its TTFT includes the time the pool was empty.
    const first = sim.requests.find((r) => r.id === wl.requests[0]?.id);
    expect(first && (first.firstTokenUs - first.arrivalUs) / 1e6).toBeGreaterThan(10 - (wl.requests[0]?.arrivalUs ?? 0) / 1e6 - 1e-9);
    expect(sim.requests.every((r) => r.pod === 0)).toBe(true);
  });

  it('the router hashes its own blocks when its block size differs from the pods’', () => {
    const sim = new ClusterSim(clusterConfig({ pods: 3, prefixIndex: { ...PREFIX_INDEX_DEFAULTS, autoTune: false, blockSizeTokens: 256 } }), wl.requests).run();
    expect(sim.index.blockSize).toBe(256);
    const m = sim.metrics();
    expect(m.finished).toBe(wl.requests.length);
    // 6,000-token tenant prompts still steer requests to warm pods, about as well as with 64-token blocks.
    const base = new ClusterSim(clusterConfig({ pods: 3 }), wl.requests).run().metrics();
    expect(m.predictedHitRate).toBeGreaterThan(base.predictedHitRate - 0.05);
    expect(m.prefixCacheHitRate).toBeGreaterThan(base.prefixCacheHitRate - 0.1);
  });
});

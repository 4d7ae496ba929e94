/** What the KPA reconciler does with decisions: scale to zero, retention, bounds, the activator. */
import { describe, expect, it } from 'vitest';
import { KpaPolicy, simulateAutoscaling, type KpaSettings, type SecondSample } from '../../../../src/sim/autoscale/index.ts';

const idle = { shape: 'steady' as const, rps: 0, promptTokens: 100, outputTokens: 10 };
const endOfFirstPod = (settings: Partial<KpaSettings>): number | null =>
  simulateAutoscaling({ durationS: 400, traffic: idle, policy: { kind: 'kpa', settings } }).pods[0]?.endS ?? null;

/** Feeds a policy `n` seconds of a constant load and decides every 2 s. */
function drive(p: KpaPolicy, fromS: number, toS: number, ready: number, concurrency: number): ReturnType<KpaPolicy['decide']>[] {
  const out = [];
  for (let t = fromS; t <= toS; t++) {
    const s: SecondSample = { nowS: t, concurrency, requests: 0, readyPods: ready, activatorQueued: 0, pods: [] };
    p.record(s);
    if (t % 2 === 0) out.push(p.decide({ nowS: t, readyPods: ready, currentPods: ready }));
  }
  return out;
}

describe('KPA scale to zero', () => {
  it('an idle revision keeps its pod for a stable window, then goes once the activator has been in the path for the grace period', () => {
    // The activator is in the path from the start (TBC 211 > one pod's 100), so the grace period has already run.
    const end = endOfFirstPod({});
    expect(end).toBeGreaterThanOrEqual(60);
    expect(end).toBeLessThanOrEqual(64);
  });

  it('with the activator out of the path the grace period starts when it comes back in', () => {
    // TBC 0: serve mode while pods are wanted; proxy mode (activator in) begins when the revision goes inactive.
    const end = endOfFirstPod({ targetBurstCapacity: 0 }) as number;
    expect(end).toBeGreaterThanOrEqual(60 + 30);
    expect(end).toBeLessThanOrEqual(60 + 30 + 4);
  });

  it('the pod retention period holds the last pod longer', () => {
    const end = endOfFirstPod({ scaleToZeroPodRetentionPeriodS: 200 }) as number;
    expect(end).toBeGreaterThanOrEqual(60 + 200);
    expect(end).toBeLessThanOrEqual(60 + 200 + 4);
  });

  it('never with enable-scale-to-zero false or min-scale 1', () => {
    expect(endOfFirstPod({ enableScaleToZero: false })).toBeNull();
    expect(endOfFirstPod({ minScale: 1 })).toBeNull();
  });
});

describe('KPA bounds and activator mode', () => {
  it('max-scale caps the decision and min-scale floors it', () => {
    const p = new KpaPolicy({ kind: 'kpa', settings: { target: 10, maxScale: 3, minScale: 2, initialScale: 2 } });
    const high = drive(p, 1, 10, 2, 500);
    expect(Math.max(...high.map((d) => d.desiredPods))).toBe(3);
    const q = new KpaPolicy({ kind: 'kpa', settings: { target: 10, minScale: 2, initialScale: 2 } });
    expect(drive(q, 1, 200, 2, 0).every((d) => d.desiredPods === 2)).toBe(true);
  });

  it('initial-scale holds until first reached', () => {
    const p = new KpaPolicy({ kind: 'kpa', settings: { target: 10, initialScale: 3 } });
    expect(p.initialPods).toBe(3);
    // Ready pods below the initial scale: the decision is floored at 3 even with no load.
    expect(drive(p, 1, 10, 1, 0).at(-1)?.desiredPods).toBe(3);
  });

  it('the activator leaves the path once spare capacity covers the target burst capacity', () => {
    // Total 100 per pod, TBC 211, 5 concurrent: in path with 2 pods (200 − 211 − 5 < 0), out with 3 (300 − 211 − 5 ≥ 0).
    const p = new KpaPolicy({ kind: 'kpa', settings: { minScale: 3, initialScale: 3 } });
    expect(drive(p, 1, 10, 2, 5).at(-1)?.activatorInPath).toBe(true);
    expect(drive(p, 11, 20, 3, 5).at(-1)?.activatorInPath).toBe(false);
    // TBC −1: always in the path.
    const always = new KpaPolicy({ kind: 'kpa', settings: { targetBurstCapacity: -1, minScale: 3, initialScale: 3 } });
    expect(drive(always, 1, 20, 10, 1).every((d) => d.activatorInPath)).toBe(true);
  });

  it('rejects settings Knative rejects, naming them', () => {
    expect(() => new KpaPolicy({ kind: 'kpa', settings: { panicThresholdPercentage: 100 } })).toThrow(/panicThresholdPercentage/);
    expect(() => new KpaPolicy({ kind: 'kpa', settings: { targetBurstCapacity: -2 } })).toThrow(/targetBurstCapacity/);
    expect(() => new KpaPolicy({ kind: 'kpa', settings: { minScale: 3, maxScale: 2 } })).toThrow(/maxScale/);
  });
});

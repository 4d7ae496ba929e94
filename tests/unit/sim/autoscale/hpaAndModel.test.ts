/** The HPA arithmetic, the cold-start parts, configuration errors, and model-wide invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLD_START_DEFAULTS,
  HPA_DEFAULTS,
  HpaController,
  coldStartPhases,
  externalPerPodReplicas,
  generateArrivals,
  podsMetricReplicas,
  simulateAutoscaling,
  storageProfileFor,
  trafficRate,
  type AutoscaleConfigInput,
  type TrafficConfig,
} from '../../../../src/sim/autoscale/index.ts';

describe('HPA replica arithmetic', () => {
  it('keeps the current count inside the 10 % tolerance and rounds up outside it', () => {
    expect(podsMetricReplicas(4, [5.4, 5.4, 5.4, 5.4], 0, 5, 0.1)).toBe(4);
    expect(podsMetricReplicas(4, [6, 6, 6, 6], 0, 5, 0.1)).toBe(5); // ceil(1.2 × 4)
    expect(podsMetricReplicas(4, [1, 1, 1, 1], 0, 5, 0.1)).toBe(1);
  });

  it('counts starting pods as zero on the way up and as on-target on the way down', () => {
    // 2 ready pods at 10 (target 5), 2 starting: (20 + 0) / 4 / 5 = 1 → within tolerance, keep 4.
    expect(podsMetricReplicas(4, [10, 10], 2, 5, 0.1)).toBe(4);
    // Without the starting pods it would have asked for 4 from 2.
    expect(podsMetricReplicas(2, [10, 10], 0, 5, 0.1)).toBe(4);
    // Way down: 2 idle ready pods, 2 starting counted at target: (0 + 10) / 4 / 5 = 0.5 → 2.
    expect(podsMetricReplicas(4, [0, 0], 2, 5, 0.1)).toBe(2);
  });

  it('External AverageValue: ⌈total ÷ target⌉', () => {
    expect(externalPerPodReplicas(1, 6, 2, 0.1)).toBe(3); // KServe's KEDA example: 6 running, target 2 → 3
    expect(externalPerPodReplicas(3, 6.3, 2, 0.1)).toBe(3); // within tolerance
  });

  it('holds the highest recommendation of the last 300 s before scaling down', () => {
    const h = new HpaController(1, 10, HPA_DEFAULTS.behavior);
    expect(h.normalize(0, 1, 4)).toBe(4);
    expect(h.normalize(15, 4, 1)).toBe(4);
    expect(h.normalize(299, 4, 1)).toBe(4);
    expect(h.normalize(301, 4, 1)).toBe(1);
  });

  it('scales up by at most max(4 pods, 100 %) per 15 s', () => {
    const h = new HpaController(1, 100, HPA_DEFAULTS.behavior);
    expect(h.normalize(0, 1, 50)).toBe(5);
    expect(h.normalize(15, 5, 50)).toBe(10);
    expect(h.normalize(30, 10, 50)).toBe(20);
  });

  it('stays within [min, max] whatever it is told', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 20 }), fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 30 }), (min, extra, props) => {
        const max = min + extra;
        const h = new HpaController(min, max, HPA_DEFAULTS.behavior);
        let cur = min;
        props.forEach((p, i) => {
          cur = h.normalize(i * 15, cur, p);
          expect(cur).toBeGreaterThanOrEqual(min);
          expect(cur).toBeLessThanOrEqual(max);
        });
      }),
    );
  });
});

describe('cold start', () => {
  const bytes = 16e9;
  it('a second pod on the same node does not pull the image or the model car again', () => {
    const c = { ...COLD_START_DEFAULTS, storageUri: 'oci://registry/llama:1' };
    const node = { imageAtS: null, modelAtS: null };
    const a = coldStartPhases(c, bytes, node, 0, 0);
    const b = coldStartPhases(c, bytes, node, 0, 500);
    const dur = (ps: typeof a, name: string): number | undefined => ps.find((p) => p.phase === name)?.durationS;
    expect(dur(a, 'image-pull')).toBeCloseTo(c.imageGB / c.imagePullGBps, 9);
    expect(dur(a, 'model-download')).toBeCloseTo(16 / 0.3, 9);
    expect(dur(b, 'image-pull')).toBe(0);
    expect(dur(b, 'model-download')).toBe(0);
  });

  it('a pod waiting for a new node starts with node provisioning; a PVC copies nothing', () => {
    const c = { ...COLD_START_DEFAULTS, storageUri: 'pvc://models/llama' };
    const ps = coldStartPhases(c, bytes, { imageAtS: 0, modelAtS: null }, 240, 0);
    expect(ps[0]).toMatchObject({ phase: 'node-provisioning', durationS: 240 });
    expect(ps.find((p) => p.phase === 'model-download')?.durationS).toBe(0);
    expect(ps.find((p) => p.phase === 'load-to-gpu')?.durationS).toBeCloseTo(16 / 0.5, 9);
  });

  it('maps storage URI schemes and rejects unknown ones by name', () => {
    expect(storageProfileFor('hf://meta-llama/Llama-3.1-8B').source).toBe('hf');
    expect(storageProfileFor('s3://bucket/m').source).toBe('s3');
    expect(storageProfileFor('gs://bucket/m').source).toBe('gs');
    expect(() => storageProfileFor('ftp://x')).toThrow(/storageUri "ftp:\/\/x"/);
  });
});

describe('traffic', () => {
  const len = { promptTokens: 100, outputTokens: 50 };
  it('follows the shape', () => {
    expect(trafficRate({ shape: 'on-off', rps: 4, onS: 10, offS: 20, ...len }, 5)).toBe(4);
    expect(trafficRate({ shape: 'on-off', rps: 4, onS: 10, offS: 20, ...len }, 15)).toBe(0);
    expect(trafficRate({ shape: 'diurnal', rps: 10, minRps: 2, periodS: 100, ...len }, 50)).toBeCloseTo(10, 9);
    expect(trafficRate({ shape: 'diurnal', rps: 10, minRps: 2, periodS: 100, ...len }, 0)).toBeCloseTo(2, 9);
  });

  it('is seeded: same seed same arrivals, none outside the on periods', () => {
    const t: TrafficConfig = { shape: 'on-off', rps: 5, onS: 30, offS: 30, ...len };
    const a = generateArrivals(t, 300, 42);
    expect(generateArrivals(t, 300, 42)).toEqual(a);
    expect(generateArrivals(t, 300, 43)).not.toEqual(a);
    expect(a.every((r) => r.arrivalS % 60 < 30)).toBe(true);
    // Poisson at 5 rps for 150 s on: about 750.
    expect(a.length).toBeGreaterThan(600);
    expect(a.length).toBeLessThan(900);
  });
});

describe('configuration errors name the field', () => {
  const traffic: TrafficConfig = { shape: 'steady', rps: 1, promptTokens: 100, outputTokens: 10 };
  const cases: [AutoscaleConfigInput, RegExp][] = [
    [{ traffic, policy: { kind: 'kpa', settings: { maxScaleDownRate: 1 } } }, /policy\.settings\.maxScaleDownRate/],
    [{ traffic, policy: { kind: 'hpa', metric: 'num_requests_waiting', target: 5, minReplicas: 0, maxReplicas: 3 } }, /policy\.minReplicas.*activator/],
    [{ traffic, policy: { kind: 'fixed', replicas: 0 } }, /policy\.replicas/],
    [{ traffic, policy: { kind: 'nope' } as never }, /policy\.kind: unknown policy "nope"/],
    [{ traffic: { ...traffic, rps: -1 }, policy: { kind: 'fixed', replicas: 1 } }, /traffic\.rps/],
    [{ traffic, policy: { kind: 'fixed', replicas: 1 }, coldStart: { storageUri: 'ftp://m' } }, /storageUri/],
    [{ traffic, policy: { kind: 'fixed', replicas: 1 }, pod: { modelId: 'gpt-9' } }, /pod\.modelId/],
  ];
  it.each(cases)('%#', (input, msg) => {
    expect(() => simulateAutoscaling({ durationS: 10, ...input })).toThrow(msg);
  });
});

describe('model invariants (random runs)', () => {
  const shapes: TrafficConfig[] = [
    { shape: 'steady', rps: 3, promptTokens: 300, outputTokens: 100 },
    { shape: 'on-off', rps: 6, onS: 40, offS: 80, promptTokens: 300, outputTokens: 100 },
    { shape: 'spike', rps: 1, spikeRps: 30, spikeAtS: 60, spikeDurationS: 30, promptTokens: 300, outputTokens: 100 },
    { shape: 'diurnal', rps: 8, minRps: 0, periodS: 200, promptTokens: 300, outputTokens: 100 },
  ];
  it('deterministic; pods ≥ ready; no request lost; nothing buffered once a pod serves and the activator is out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(...shapes), fc.constantFrom('kpa', 'hpa', 'fixed'), (seed, traffic, kind) => {
        const policy =
          kind === 'kpa'
            ? ({ kind, settings: { target: 4, containerConcurrency: 8 } } as const)
            : kind === 'hpa'
              ? ({ kind, metric: 'num_requests_running', target: 4, minReplicas: 1, maxReplicas: 6 } as const)
              : ({ kind, replicas: 2 } as const);
        const input: AutoscaleConfigInput = { seed, durationS: 200, traffic, policy, coldStart: { storageUri: 'local-cache://m', initialNodes: 2 } };
        const r = simulateAutoscaling(input);
        expect(simulateAutoscaling(input).samples).toEqual(r.samples);
        expect(r.summary.completed).toBeLessThanOrEqual(r.summary.requests);
        for (const s of r.samples) {
          expect(s.readyPods).toBeLessThanOrEqual(s.pods);
          if (!s.activatorInPath && s.readyPods > 0) expect(s.activatorQueued).toBe(0);
        }
        expect(r.pods.reduce((n, p) => n + p.served, 0)).toBe(r.summary.completed);
        for (const p of r.pods) if (p.readyS !== null && p.endS !== null) expect(p.endS).toBeGreaterThanOrEqual(p.readyS);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});

/**
 * Scenario tests of the autoscaling model: what a learner is told the model shows.
 * Each run is deterministic; the assertions are about behaviour, not exact figures.
 */
import { describe, expect, it } from 'vitest';
import { compareAutoscalers, simulateAutoscaling, type AutoscaleResult, type TickSample } from '../../../../src/sim/autoscale/index.ts';

const LEN = { promptTokens: 512, outputTokens: 128 };

/** First sample at or after `fromS` where the desired pod count rises above its value just before. */
function firstScaleUp(r: AutoscaleResult, fromS: number): TickSample | undefined {
  const before = r.samples.filter((s) => s.t < fromS).at(-1)?.desiredPods ?? 0;
  return r.samples.find((s) => s.t >= fromS && s.desiredPods > before);
}

describe('scale from zero: requests wait at the activator through a cold start', () => {
  const r = simulateAutoscaling({
    durationS: 500,
    seed: 7,
    traffic: { shape: 'from-zero', rps: 0.5, startAtS: 200, ...LEN },
    policy: { kind: 'kpa', settings: { target: 10 } },
    coldStart: { initialNodes: 4 },
  });
  const first = r.pods.find((p) => p.createdS >= 200);

  it('the initial pod goes once idle for a stable window plus the grace period', () => {
    const initial = r.pods[0];
    expect(initial?.createdS).toBe(0);
    expect(initial?.endS).not.toBeNull();
    // Active for a stable window (60 s) before going inactive; then at most the grace period (30 s).
    expect(initial?.endS as number).toBeGreaterThanOrEqual(60);
    expect(initial?.endS as number).toBeLessThanOrEqual(60 + 30 + 2);
    expect(r.samples.filter((s) => s.t > 100 && s.t < 200).every((s) => s.pods === 0 && s.activatorInPath)).toBe(true);
  });

  it('the first request creates a pod at once, and its cold start is the sum of its parts', () => {
    expect(first).toBeDefined();
    const pod = first as NonNullable<typeof first>;
    expect(pod.phases.map((p) => p.phase)).toEqual(['scheduling', 'image-pull', 'model-download', 'load-to-gpu', 'compile-warmup', 'cuda-graph-capture', 'readiness-probe']);
    const total = pod.phases.reduce((s, p) => s + p.durationS, 0);
    expect(pod.readyS).toBeCloseTo(pod.createdS + total, 6);
    // hf:// is downloaded by the storage initializer: size ÷ bandwidth.
    const download = pod.phases.find((p) => p.phase === 'model-download');
    expect(download?.durationS).toBeCloseTo(r.capacity.modelGB / 0.1, 6);
    expect(r.summary.firstColdStartS).toBeCloseTo(total, 6);
  });

  it('requests pile up at the activator until the pod is ready, then drain', () => {
    const pod = first as NonNullable<typeof first>;
    const ready = pod.readyS as number;
    const during = r.samples.filter((s) => s.t > pod.createdS + 10 && s.t < ready);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((s) => s.readyPods === 0 && s.activatorInPath && s.activatorQueued > 0)).toBe(true);
    // The queue only grows while nothing can serve.
    for (let i = 1; i < during.length; i++) expect((during[i] as TickSample).activatorQueued).toBeGreaterThanOrEqual((during[i - 1] as TickSample).activatorQueued);
    expect(r.samples.find((s) => s.t >= ready + 2)?.activatorQueued).toBe(0);
    // The first requests waited the whole cold start.
    expect(r.summary.ttftMax).toBeGreaterThan(ready - pod.createdS - 2);
  });

  it('requests at the activator count as concurrency: the KPA keeps adding pods while they wait', () => {
    expect(r.summary.maxPods).toBeGreaterThan(1);
    expect(r.samples.some((s) => s.t < (first?.readyS as number) && s.panicking)).toBe(true);
  });

  it('a LocalModelCache skips the download and starts sooner', () => {
    const cached = simulateAutoscaling({
      durationS: 500,
      seed: 7,
      traffic: { shape: 'from-zero', rps: 0.5, startAtS: 200, ...LEN },
      policy: { kind: 'kpa', settings: { target: 10 } },
      coldStart: { initialNodes: 4, storageUri: 'local-cache://llama-3.1-8b' },
    });
    const pod = cached.pods.find((p) => p.createdS >= 200);
    expect(pod?.phases.find((p) => p.phase === 'model-download')?.durationS).toBe(0);
    expect(cached.summary.firstColdStartS as number).toBeLessThan((r.summary.firstColdStartS as number) - 100);
    expect(cached.summary.ttftP99).toBeLessThan(r.summary.ttftP99);
  });
});

describe('a spike triggers panic', () => {
  const spike = { shape: 'spike' as const, rps: 5, spikeRps: 80, spikeAtS: 200, spikeDurationS: 60, ...LEN };
  const r = simulateAutoscaling({
    durationS: 420,
    seed: 3,
    traffic: spike,
    policy: { kind: 'kpa', settings: { target: 16, minScale: 1 } },
    coldStart: { initialNodes: 8, storageUri: 'local-cache://llama-3.1-8b' },
  });
  const panicking = r.samples.filter((s) => s.panicking);

  it('no panic before the spike, panic within the panic window after it starts', () => {
    expect(r.samples.filter((s) => s.t > 70 && s.t < 200).some((s) => s.panicking)).toBe(false);
    const start = panicking.find((s) => s.t >= 200);
    expect(start).toBeDefined();
    expect((start as TickSample).t).toBeLessThanOrEqual(200 + 6 + 2);
  });

  it('the desired count never drops while panicking', () => {
    const run = r.samples.filter((s) => s.t >= 200 && s.panicking);
    for (let i = 1; i < run.length; i++) expect((run[i] as TickSample).desiredPods).toBeGreaterThanOrEqual((run[i - 1] as TickSample).desiredPods);
    expect(Math.max(...run.map((s) => s.desiredPods))).toBeGreaterThan(2);
  });

  it('panic lasts at least a stable window and ends after the spike', () => {
    const during = panicking.filter((s) => s.t >= 200);
    const last = during.at(-1) as TickSample;
    expect(last.t - (during[0] as TickSample).t).toBeGreaterThanOrEqual(60);
    expect(last.t).toBeGreaterThanOrEqual(260);
    expect(last.t).toBeLessThan(400);
    // After panic the pods come down again.
    expect(r.samples.at(-1)?.desiredPods).toBeLessThan(Math.max(...r.samples.map((s) => s.desiredPods)));
  });
});

describe('HPA on vLLM queue length reacts later than the KPA', () => {
  const traffic = { shape: 'spike' as const, rps: 10, spikeRps: 150, spikeAtS: 120, spikeDurationS: 120, ...LEN };
  const base = { durationS: 300, seed: 11, traffic, coldStart: { initialNodes: 8, storageUri: 'local-cache://llama-3.1-8b' } };
  const [kpa, hpa, keda, fixed] = compareAutoscalers(base, [
    { kind: 'kpa', settings: { target: 64, minScale: 1 } },
    { kind: 'hpa', metric: 'num_requests_waiting', target: 5, minReplicas: 1, maxReplicas: 16 },
    { kind: 'keda', metric: 'num_requests_waiting', target: 5, minReplicas: 1, maxReplicas: 16, useCachedMetrics: true },
    { kind: 'fixed', replicas: 2 },
  ]) as [AutoscaleResult, AutoscaleResult, AutoscaleResult, AutoscaleResult];

  it('same seed, same requests', () => {
    expect(hpa.summary.requests).toBe(kpa.summary.requests);
    expect(fixed.summary.requests).toBe(kpa.summary.requests);
  });

  it('the KPA scales up within seconds; the HPA waits for a scrape and a sync; KEDA with cached metrics waits for its poll too', () => {
    const k = firstScaleUp(kpa, 120)?.t as number;
    const h = firstScaleUp(hpa, 120)?.t as number;
    const kd = firstScaleUp(keda, 120)?.t as number;
    expect(k).toBeLessThanOrEqual(120 + 4);
    expect(h).toBeGreaterThan(k);
    expect(kd).toBeGreaterThanOrEqual(h);
  });

  it('the HPA never exceeds its maxReplicas, and a fixed deployment never changes', () => {
    expect(Math.max(...hpa.samples.map((s) => s.desiredPods))).toBeLessThanOrEqual(16);
    expect(new Set(fixed.samples.map((s) => s.pods))).toEqual(new Set([2]));
    expect(fixed.pods.every((p) => p.phases.length === 0)).toBe(true);
  });

  it('GPU-hours grow with pods, and match the pods’ lifetimes', () => {
    for (const run of [kpa, hpa, fixed]) {
      for (let i = 1; i < run.samples.length; i++) expect((run.samples[i] as TickSample).gpuHours).toBeGreaterThanOrEqual((run.samples[i - 1] as TickSample).gpuHours);
      const fromPods = run.pods.reduce((s, p) => s + ((p.endS ?? 300) - p.createdS), 0) / 3600;
      expect(run.summary.gpuHours).toBeCloseTo(fromPods, 9);
    }
    expect(fixed.summary.gpuHours).toBeCloseTo((2 * 300) / 3600, 9);
  });
});

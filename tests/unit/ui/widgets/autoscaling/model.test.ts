/**
 * The autoscaling widget's pure model: three policies on the same seeded requests, frames from
 * the sim's samples, the run's notable moments, and like-for-like figures.
 */
import { describe, expect, it } from 'vitest';
import { storageProfileFor, type AutoscaleResult, type TickSample } from '../../../../../src/sim/autoscale/index.ts';
import { baseOf, policiesOf, storageUriOf, trafficOf } from '../../../../../src/widget-models/autoscaling/buildRun.ts';
import { referenceWaterfall, startAutoscalingRuns } from '../../../../../src/widget-models/autoscaling/model.ts';
import { DEFAULT_SETTINGS, DURATION_S, SAMPLE_S, SHAPES, STORAGE_SOURCES, type AutoscalingSettings } from '../../../../../src/widget-models/autoscaling/settings.ts';
import { panicSpans, runEvents, runFigures } from '../../../../../src/widget-models/autoscaling/timeline.ts';

function runAll(s: AutoscalingSettings): (AutoscaleResult | null)[] {
  const job = startAutoscalingRuns(s);
  let calls = 0;
  while (!job.advance(10)) calls++;
  expect(calls).toBe(2); // one policy per call: the KPA is on screen while the others compute
  expect(job.sim.error).toBeNull();
  return [...job.sim.runs];
}

const sample = (t: number, over: Partial<TickSample> = {}): TickSample => ({
  t,
  arrivals: 0,
  desiredPods: 1,
  readyPods: 1,
  pods: 1,
  panicking: false,
  activatorInPath: true,
  activatorQueued: 0,
  podQueued: 0,
  ttftP50: null,
  ttftP99: null,
  gpuHours: 0,
  ...over,
});

describe('autoscaling widget model', { timeout: 60_000 }, () => {
  it('runs the KPA, the Standard-mode autoscaler and the fixed fleet on the same requests', () => {
    const runs = runAll({ ...DEFAULT_SETTINGS, shape: 'steady', rps: 3 });
    const [kpa, alt, fixed] = runs as [AutoscaleResult, AutoscaleResult, AutoscaleResult];
    expect(kpa.config.policy.kind).toBe('kpa');
    expect(alt.config.policy.kind).toBe('keda');
    expect(fixed.config.policy).toEqual({ kind: 'fixed', replicas: DEFAULT_SETTINGS.fixed });
    for (const r of runs as AutoscaleResult[]) {
      expect(r.samples).toHaveLength(DURATION_S / SAMPLE_S + 1);
      expect(r.summary.requests).toBe(kpa.summary.requests);
      expect(r.samples.map((x) => x.arrivals)).toEqual(kpa.samples.map((x) => x.arrivals));
    }
    // The fixed fleet never changes size.
    expect(new Set(fixed.samples.map((x) => x.readyPods))).toEqual(new Set([DEFAULT_SETTINGS.fixed]));
  });

  it('maps the settings to the annotations and fields the policies read', () => {
    const s: AutoscalingSettings = { ...DEFAULT_SETTINGS, target: 8, minScale: 0, maxScale: 6, panic: 300, retention: 120, targetBurstCapacity: 0, altKind: 'hpa', altMetric: 'waiting', altTarget: 5 };
    const p = policiesOf(s);
    expect(p.kpa).toEqual({ kind: 'kpa', settings: { target: 8, minScale: 0, maxScale: 6, panicThresholdPercentage: 300, scaleToZeroPodRetentionPeriodS: 120, targetBurstCapacity: 0 } });
    // Standard mode cannot go to zero: its minimum is at least one replica.
    expect(p.alt).toEqual({ kind: 'hpa', metric: 'num_requests_waiting', target: 5, minReplicas: 1, maxReplicas: 6 });
    expect(baseOf({ ...s, model: 'llama-3.1-70b' }).pod).toEqual({ modelId: 'llama-3.1-70b', tp: 4 });
  });

  it('gives every traffic shape the load level, and every storage source a URI of its scheme', () => {
    for (const shape of SHAPES) expect(trafficOf({ ...DEFAULT_SETTINGS, shape, rps: 7 }).rps).toBe(7);
    const spike = trafficOf({ ...DEFAULT_SETTINGS, shape: 'spike', rps: 3 });
    expect(spike.shape === 'spike' && spike.spikeRps).toBe(15);
    for (const src of STORAGE_SOURCES) expect(storageProfileFor(storageUriOf(src, 'llama-3.1-8b')).source).toBe(src);
  });

  it('computes a reference cold start from the storage source and the model size', () => {
    const hf = referenceWaterfall({ ...DEFAULT_SETTINGS, storage: 'hf' });
    const cache = referenceWaterfall({ ...DEFAULT_SETTINGS, storage: 'local-cache' });
    const download = (w: typeof hf) => w.find((p) => p.phase === 'model-download')?.durationS;
    expect(download(hf)).toBeCloseTo(16.06 / 0.1, 0); // 16.1 GB of bf16 weights at 0.1 GB/s
    expect(download(cache)).toBe(0);
    expect(download(referenceWaterfall({ ...DEFAULT_SETTINGS, storage: 'hf', model: 'llama-3.1-70b' }))).toBeGreaterThan(1000);
    expect(hf.map((p) => p.phase)).toEqual(['scheduling', 'image-pull', 'model-download', 'load-to-gpu', 'compile-warmup', 'cuda-graph-capture', 'readiness-probe']);
  });
});

describe('what the picture reads from a run', () => {
  it('turns panicking samples into spans, open at the end when panic lasts', () => {
    const s = [sample(0), sample(2, { panicking: true }), sample(4, { panicking: true }), sample(6), sample(8, { panicking: true })];
    expect(panicSpans(s)).toEqual([
      { fromS: 2, toS: 6 },
      { fromS: 8, toS: 8 },
    ]);
  });

  it('lists panic, scale to zero, the activator queue and pod cold starts in time order', () => {
    const run = {
      samples: [sample(0), sample(2, { pods: 0, readyPods: 0 }), sample(4, { pods: 1, readyPods: 0, activatorQueued: 3, panicking: true, desiredPods: 3 }), sample(6, { activatorQueued: 0 })],
      pods: [
        { id: 0, node: 0, createdS: 0, phases: [], readyS: 0, drainS: 1, endS: 2, served: 0 },
        { id: 1, node: 0, createdS: 3, phases: [{ phase: 'scheduling', startS: 3, durationS: 2, note: '' }], readyS: 5, drainS: null, endS: null, served: 3 },
      ],
    } as unknown as AutoscaleResult;
    expect(runEvents(run).map((e) => `${e.t} ${e.kind} ${e.value}`)).toEqual(['2 scale-to-zero 0', '3 pod-created 1', '4 panic-start 3', '4 queue-start 3', '5 pod-ready 1', '6 panic-end 1', '6 queue-drained 0']);
  });

  it('counts only arrivals of samples that began and ended with no ready pod', () => {
    const run = {
      samples: [sample(0, { readyPods: 0 }), sample(2, { readyPods: 0, arrivals: 4 }), sample(4, { readyPods: 1, arrivals: 5 }), sample(6, { arrivals: 6 })],
      pods: [],
      summary: { requests: 15, completed: 15, gpuHours: 1, ttftP50: 1, ttftP99: 2, maxActivatorQueued: 9, maxPods: 1, panicSeconds: 0 },
    } as unknown as AutoscaleResult;
    expect(runFigures(run).arrivedWithNoPod).toBe(4);
  });
});

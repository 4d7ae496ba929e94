/**
 * Every preset's title and guide promise only what the model shows: each claim is replayed here
 * on the preset's own settings (the learnGitBranching pattern).
 */
import { describe, expect, it } from 'vitest';
import type { AutoscaleResult } from '../../../../../src/sim/autoscale/index.ts';
import { SHAPE_TIMING } from '../../../../../src/widget-models/autoscaling/buildRun.ts';
import { startAutoscalingRuns } from '../../../../../src/widget-models/autoscaling/model.ts';
import { AUTOSCALING_PRESETS, presetOf, type AutoscalingPresetId } from '../../../../../src/widget-models/autoscaling/presets.ts';
import type { AutoscalingSettings } from '../../../../../src/widget-models/autoscaling/settings.ts';
import { DEFAULT_SETTINGS, DEFAULT_VIEW } from '../../../../../src/widget-models/autoscaling/settings.ts';
import { firstColdPod, panicSpans, runFigures } from '../../../../../src/widget-models/autoscaling/timeline.ts';
import { decodeUrlState, encodeUrlState } from '../../../../../src/ui/widgets/kit/urlCodec.ts';
import { AUTOSCALING_URL_FIELDS } from '../../../../../src/ui/widgets/autoscaling/urlFields.ts';
import { withTimeline } from '../../../../../src/ui/widgets/kit/defineWidget.tsx';

/** The fields the widget's link carries: its settings, and the kit's frame and speed. */
const AUTOSCALING_URL = withTimeline(AUTOSCALING_URL_FIELDS);

function run(s: AutoscalingSettings): { kpa: AutoscaleResult; alt: AutoscaleResult; fixed: AutoscaleResult } {
  const job = startAutoscalingRuns(s);
  while (!job.advance(10));
  expect(job.sim.error).toBeNull();
  const [kpa, alt, fixed] = job.sim.runs as AutoscaleResult[];
  return { kpa: kpa as AutoscaleResult, alt: alt as AutoscaleResult, fixed: fixed as AutoscaleResult };
}

function settingsOf(id: AutoscalingPresetId): AutoscalingSettings {
  const { frame: _f, speed: _sp, focus: _focus, ...s } = AUTOSCALING_PRESETS[id].state;
  return s;
}

describe('autoscaling presets do what their titles say', { timeout: 120_000 }, () => {
  it('spike-panic: the KPA panics within seconds of the spike, and its new pods are ready only after the spike', () => {
    const { kpa } = run(settingsOf('spike-panic'));
    const { atS, durationS } = SHAPE_TIMING.spike;
    const spans = panicSpans(kpa.samples);
    expect(spans[0]?.fromS).toBeGreaterThanOrEqual(atS);
    expect(spans[0]?.fromS).toBeLessThanOrEqual(atS + 10);
    // Holds its pods through panic: the desired count never drops while panicking.
    const inPanic = kpa.samples.filter((s) => s.t >= (spans[0]?.fromS ?? 0) && s.t < (spans[0]?.toS ?? 0));
    inPanic.forEach((s, i) => expect(s.desiredPods).toBeGreaterThanOrEqual(inPanic[i - 1]?.desiredPods ?? 0));
    expect(Math.max(...inPanic.map((s) => s.desiredPods))).toBeGreaterThan(1);
    // Panic lasts at least a stable window after the spike.
    expect(spans[0]?.toS).toBeGreaterThanOrEqual(atS + durationS + 60);
    const ordered = kpa.pods.filter((p) => p.phases.length > 0 && p.createdS >= atS && p.createdS < atS + durationS);
    expect(ordered.length).toBeGreaterThan(0);
    for (const p of ordered) expect(p.readyS ?? Infinity).toBeGreaterThan(atS + durationS);
  });

  it('scale-from-zero: the revision reaches zero, then requests wait at the activator through the cold start', () => {
    const { kpa, alt, fixed } = run(settingsOf('scale-from-zero'));
    const start = SHAPE_TIMING['from-zero'].startAtS;
    expect(kpa.samples.some((s) => s.t < start && s.pods === 0)).toBe(true);
    expect(kpa.samples.some((s) => s.readyPods === 0 && s.activatorQueued > 0)).toBe(true);
    const cold = firstColdPod(kpa);
    expect(cold && cold.readyS !== null ? cold.readyS - cold.createdS : 0).toBeGreaterThan(120);
    expect(kpa.summary.ttftP99).toBeGreaterThan(60); // "to minutes"
    for (const r of [alt, fixed]) {
      expect(runFigures(r).arrivedWithNoPod).toBe(0);
      expect(r.summary.maxActivatorQueued).toBe(0);
      expect(r.summary.ttftP99).toBeLessThan(1);
    }
  });

  it('local-cache: no model download, a cold start of about a minute, fewer requests at the activator', () => {
    const hf = run(settingsOf('scale-from-zero')).kpa;
    const cache = run(settingsOf('local-cache')).kpa;
    const cold = firstColdPod(cache);
    expect(cold?.phases.find((p) => p.phase === 'model-download')?.durationS).toBe(0);
    const d = cold && cold.readyS !== null ? cold.readyS - cold.createdS : Infinity;
    expect(d).toBeGreaterThan(30);
    expect(d).toBeLessThan(90);
    expect(cache.summary.maxActivatorQueued).toBeLessThan(hf.summary.maxActivatorQueued);
    expect(runFigures(cache).arrivedWithNoPod).toBeLessThan(runFigures(hf).arrivedWithNoPod);
  });

  it('retention: with 0 s the next burst waits for a cold start; with 300 s no request does', () => {
    const keep = run(settingsOf('retention')).kpa;
    expect(runFigures(keep).arrivedWithNoPod).toBe(0);
    expect(keep.samples.some((s) => s.pods === 0)).toBe(false);
    const drop = run({ ...settingsOf('retention'), retention: 0 }).kpa;
    expect(drop.samples.some((s) => s.pods === 0)).toBe(true);
    expect(runFigures(drop).arrivedWithNoPod).toBeGreaterThan(0);
  });

  it('daily-cycle: pods ordered on the way up are ready near the peak; the KPA gives them back, KEDA holds them; TTFT stays low; fewer GPU-hours than fixed', () => {
    const { kpa, alt, fixed } = run(settingsOf('daily-cycle'));
    const peakS = SHAPE_TIMING.diurnal.periodS / 2;
    for (const r of [kpa, alt]) {
      expect(r.summary.maxPods).toBeGreaterThan(1);
      expect(r.summary.gpuHours).toBeLessThan(fixed.summary.gpuHours);
      const added = r.pods.filter((p) => p.phases.length > 0 && p.readyS !== null);
      expect(added.length).toBeGreaterThan(0);
      // "around the peak or after it": none is ready in the first half of the rise
      for (const p of added) expect(p.readyS ?? 0).toBeGreaterThan(peakS / 2);
    }
    const end = (r: AutoscaleResult) => r.samples[r.samples.length - 1]?.desiredPods ?? 0;
    expect(end(kpa)).toBeLessThan(kpa.summary.maxPods);
    expect(end(alt)).toBe(alt.summary.maxPods);
    for (const r of [kpa, alt, fixed]) expect(r.summary.ttftP99).toBeLessThan(1);
    expect(fixed.summary.maxPods).toBe(4);
    expect(run({ ...settingsOf('daily-cycle'), fixed: 1 }).fixed.summary.ttftP99).toBeLessThan(1);
  });

  it('an unknown preset names the known ones', () => {
    expect(() => presetOf('spike')).toThrow(/no preset “spike”.*spike-panic, scale-from-zero/);
    expect(presetOf(undefined).id).toBe('sandbox');
  });
});

describe('autoscaling URL state', () => {
  it('round-trips every preset through the URL codec with readable names', () => {
    const defaults = { ...DEFAULT_SETTINGS, ...DEFAULT_VIEW };
    for (const p of Object.values(AUTOSCALING_PRESETS)) {
      const text = encodeUrlState(AUTOSCALING_URL, p.state, defaults);
      expect(text === undefined || /^[a-zA-Z0-9._-]+$/.test(text)).toBe(true);
      expect(decodeUrlState(AUTOSCALING_URL, text, defaults).value).toEqual(p.state);
    }
    expect(encodeUrlState(AUTOSCALING_URL, AUTOSCALING_PRESETS['local-cache'].state, defaults)).toBe('v.1_shape.from-zero_storage.local-cache_minScale.0');
    const bad = decodeUrlState(AUTOSCALING_URL, 'tbc.5_rps.999_storage.ftp', defaults);
    expect(bad.rejected).toHaveLength(3);
    expect(decodeUrlState(AUTOSCALING_URL, 'tbc.-1', defaults).value.targetBurstCapacity).toBe(-1);
  });
});

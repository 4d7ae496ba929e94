/**
 * CPU time per step and async scheduling in the batching widget's model: the step period is
 * CPU + GPU without async and max(CPU, GPU) with it; the gap is recorded per step; the defaults
 * (300 µs, async on) leave the calibrated GPU step times untouched; the two presets' claims hold.
 */
import { describe, expect, it } from 'vitest';
import type { CostModel } from '../../../../../src/sim/costModel.ts';
import { decodeUrlState, encodeUrlState } from '../../../../../src/ui/widgets/kit/urlCodec.ts';
import { BATCH_URL_FIELDS } from '../../../../../src/ui/widgets/batching/urlFields.ts';
import { costModelFor, engineConfigFor } from '../../../../../src/widget-models/batching/engineSetup.ts';
import { cpuGapUs, stepPeriodUs, withHostOverhead } from '../../../../../src/widget-models/batching/hostOverhead.ts';
import { metricsAt } from '../../../../../src/widget-models/batching/liveMetrics.ts';
import { BATCH_PRESETS } from '../../../../../src/widget-models/batching/presets.ts';
import { DEFAULT_SETTINGS, DEFAULT_VIEW, fromUrlState, toUrlState } from '../../../../../src/widget-models/batching/settings.ts';
import { simulate } from '../../../../../src/widget-models/batching/simulate.ts';
import type { StepRecord } from '../../../../../src/widget-models/batching/types.ts';

const fixed = (us: number): CostModel => ({ id: 'fixed', label: 'fixed', stepTimeUs: () => us });
const shape = { prefills: [], decodes: [{ contextTokens: 10 }] };

describe('step period with CPU work per step', () => {
  it('adds CPU to GPU without async scheduling, takes the larger with it', () => {
    expect(stepPeriodUs(1700, 2000, false)).toBe(3700);
    expect(stepPeriodUs(1700, 2000, true)).toBe(2000);
    expect(stepPeriodUs(7200, 300, true)).toBe(7200);
    expect(stepPeriodUs(7200, 300, false)).toBe(7500);
  });

  it('wraps a cost model and reports the gap the GPU idled', () => {
    const sync = withHostOverhead(fixed(1700), { cpuUs: 2000, asyncScheduling: false });
    expect(sync.stepTimeUs(shape)).toBe(3700);
    expect(sync.lastGpuUs).toBe(1700);
    expect(cpuGapUs(sync)).toBe(2000);
    const overlap = withHostOverhead(fixed(1700), { cpuUs: 2000, asyncScheduling: true });
    expect(overlap.stepTimeUs(shape)).toBe(2000);
    expect(cpuGapUs(overlap)).toBe(300);
    const hidden = withHostOverhead(fixed(5000), { cpuUs: 2000, asyncScheduling: true });
    hidden.stepTimeUs(shape);
    expect(cpuGapUs(hidden)).toBe(0);
    expect(cpuGapUs(fixed(5000))).toBe(0);
    expect(() => withHostOverhead(fixed(1), { cpuUs: -1, asyncScheduling: true })).toThrow(/cpuUs/);
  });

  it('the engine runs with its own scheduling overhead at 0 and the flag as set', () => {
    const c = engineConfigFor({ ...DEFAULT_SETTINGS, asyncScheduling: false, cpuUsPerStep: 1500 });
    expect(c.schedulingOverheadUs).toBe(0);
    expect(c.asyncScheduling).toBe(false);
    expect(c.costModel.stepTimeUs(shape)).toBeCloseTo(costModelFor(DEFAULT_SETTINGS).stepTimeUs(shape) + 1500, 6);
  });
});

describe('in the widget runs', () => {
  const gapSteps = (steps: readonly StepRecord[]) => steps.filter((s) => s.cpuGapUs > 0).length;

  it('defaults (300 µs, async on) hide all CPU time behind Llama-3.1-8B steps on an H100', () => {
    const sim = simulate({ ...DEFAULT_SETTINGS, numPrompts: 8 });
    expect(gapSteps(sim.cont?.steps ?? [])).toBe(0);
    expect(gapSteps(sim.stat?.steps ?? [])).toBe(0);
    expect(DEFAULT_SETTINGS.asyncScheduling).toBe(true);
  });

  it('without async every step of both runs carries the full CPU time as a gap', () => {
    const sim = simulate({ ...DEFAULT_SETTINGS, numPrompts: 8, asyncScheduling: false, cpuUsPerStep: 1000 });
    for (const s of [...(sim.cont?.steps ?? []), ...(sim.stat?.steps ?? [])]) expect(s.cpuGapUs).toBe(1000);
    const last = sim.cont?.steps.at(-1);
    expect(last?.cumCpuGapUs).toBe(1000 * (sim.cont?.steps.length ?? 0));
  });

  it('cpu-gap preset: ~1.7 ms GPU + 2 ms CPU per decode step; the GPU idles about half the time', () => {
    const p = BATCH_PRESETS['cpu-gap'];
    expect(p.settings.asyncScheduling).toBe(false);
    expect(p.settings.cpuUsPerStep).toBe(2000);
    const sim = simulate(p.settings);
    const steps = sim.cont?.steps ?? [];
    const decode = steps.filter((s) => s.emitted === 32 && s.tokens === 32);
    const gpu = (s: StepRecord) => s.endUs - s.startUs - s.cpuGapUs;
    expect(gpu(decode[5] as StepRecord) / 1000).toBeGreaterThan(1.6);
    expect(gpu(decode[5] as StepRecord) / 1000).toBeLessThan(1.8);
    const last = steps.at(-1) as StepRecord;
    expect(last.cumCpuGapUs / last.cumBusyUs).toBeGreaterThan(0.45);
    expect(last.cumCpuGapUs / last.cumBusyUs).toBeLessThan(0.55);
  });

  it('async-overlap preset: same run, gaps shrink to CPU − GPU and throughput rises by more than 1.7×', () => {
    const off = simulate(BATCH_PRESETS['cpu-gap'].settings);
    const on = simulate(BATCH_PRESETS['async-overlap'].settings);
    expect({ ...BATCH_PRESETS['async-overlap'].settings, asyncScheduling: false }).toEqual(BATCH_PRESETS['cpu-gap'].settings);
    const last = on.cont?.steps.at(-1) as StepRecord;
    expect(last.cumCpuGapUs / last.cumBusyUs).toBeLessThan(0.15);
    const tOff = metricsAt(off.cont!, off.workload, Infinity).outputThroughput;
    const tOn = metricsAt(on.cont!, on.workload, Infinity).outputThroughput;
    expect(tOn / tOff).toBeGreaterThan(1.7);
  });

  it('CPU time and the async flag round-trip through the URL', () => {
    const s = { ...DEFAULT_SETTINGS, cpuUsPerStep: 2500, asyncScheduling: false };
    const url = toUrlState(s, DEFAULT_VIEW);
    const defaults = toUrlState(DEFAULT_SETTINGS, DEFAULT_VIEW);
    const raw = encodeUrlState(BATCH_URL_FIELDS, url, defaults);
    expect(raw).toMatch(/cpu\.2500/);
    const back = decodeUrlState(BATCH_URL_FIELDS, raw, defaults);
    expect(fromUrlState(back.value).settings).toEqual(s);
  });
});

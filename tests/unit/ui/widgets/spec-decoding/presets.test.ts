/**
 * Every preset's title and guide promise only what the model shows: each claim is replayed here
 * on the preset's own settings (the learnGitBranching pattern).
 */
import { describe, expect, it } from 'vitest';
import { draftCostRatio } from '../../../../../src/sim/cost/draftCost.ts';
import { DEFAULT_ACCEPTANCE, expectedTokensPerStep } from '../../../../../src/sim/engine/index.ts';
import { SWEEP_X } from '../../../../../src/widget-models/spec-decoding/model.ts';
import { presetOf, SPEC_PRESETS, type SpecPresetId } from '../../../../../src/widget-models/spec-decoding/presets.ts';
import { acceptanceRates, DEFAULT_SETTINGS, DEFAULT_VIEW, DRAFT_MODELS, type SpecSettings, TARGET } from '../../../../../src/widget-models/spec-decoding/settings.ts';
import { DetailRecorder, sweepPoint } from '../../../../../src/widget-models/spec-decoding/simulate.ts';
import { decodeUrlState, encodeUrlState } from '../../../../../src/ui/widgets/kit/urlCodec.ts';
import { withTimeline } from '../../../../../src/ui/widgets/kit/defineWidget.tsx';
import { SPEC_URL_FIELDS } from '../../../../../src/ui/widgets/spec-decoding/urlFields.ts';

function settingsOf(id: SpecPresetId): SpecSettings {
  const { frame: _f, speed: _sp, ...s } = SPEC_PRESETS[id].state;
  return s;
}

const point = (s: SpecSettings) => sweepPoint(s, 0);
const sweepK = (s: SpecSettings) => SWEEP_X.k.map((k) => point({ ...s, k }).speedup);

function record(s: SpecSettings): DetailRecorder {
  const d = new DetailRecorder(s);
  while (d.step());
  return d;
}

describe('spec-decoding presets do what their titles say', { timeout: 60_000 }, () => {
  it('one-request: batch 1, mean acceptance length near (1 − 0.8⁴) ÷ 0.2, more than twice as fast', () => {
    const s = settingsOf('one-request');
    expect(s).toMatchObject({ batchSize: 1, method: 'eagle3', k: 3, acceptancePercent: 80, decay: 100, gpu: 'h100-sxm-80gb' });
    const p = point(s);
    expect(expectedTokensPerStep(0.8, 3)).toBeCloseTo(2.95, 2);
    expect(Math.abs(p.meanAcceptanceLength - 2.95)).toBeLessThan(0.1);
    expect(p.speedup).toBeGreaterThan(2);
  });

  it('full-batch: about 2.6× fewer steps, each more than twice a plain step, under 1.15× overall', () => {
    const s = settingsOf('full-batch');
    expect(s.batchSize).toBe(256);
    const p = point(s);
    expect(p.fewerSteps).toBeGreaterThan(2.45);
    expect(p.fewerSteps).toBeLessThan(2.75);
    expect(p.stepCost).toBeGreaterThan(2);
    expect(p.speedup).toBeLessThan(1.15);
    // The chart falls with the batch size.
    const one = point({ ...s, batchSize: 1 });
    expect(one.speedup).toBeGreaterThan(2 * p.speedup * 0.9);
  });

  it('too-many-drafts: each draft pass ≈ 15 % of a target step, the k chart peaks at a small k, k = 8 is > 10 % slower', () => {
    const s = settingsOf('too-many-drafts');
    expect(s).toMatchObject({ method: 'draft_model', draft: 1, acceptancePercent: 70, k: 8, batchSize: 1 });
    const ratio = draftCostRatio('draft_model', DRAFT_MODELS[0].paramsB, TARGET.paramsB);
    expect(ratio).toBeGreaterThan(0.14);
    expect(ratio).toBeLessThan(0.16);
    const ks = sweepK(s);
    const best = Math.max(...ks);
    const at = ks.indexOf(best);
    expect(SWEEP_X.k[at]).toBeLessThanOrEqual(4);
    expect(ks[7] as number).toBeLessThan(0.9 * best);
    // The eighth draft is rarely reached: accepted at position 7 in under 10 % of verifications.
    const c = record(s).frames.at(-1)?.counters;
    expect(((c?.numAcceptedTokensPerPos[7] ?? 1) as number) / (c?.numDrafts ?? 1)).toBeLessThan(0.1);
  });

  it('ngram: no drafter time, steps priced as plain decode steps, some steps without drafts, 1.3× to 1.8×', () => {
    const s = settingsOf('ngram');
    expect(s.acceptancePercent / 100).toBe(DEFAULT_ACCEPTANCE.ngram);
    expect(DEFAULT_ACCEPTANCE.ngram).toBeLessThan(DEFAULT_ACCEPTANCE.eagle3);
    const d = record(s);
    expect(d.frames.every((f) => f.draftUs === 0)).toBe(true);
    for (const f of d.frames) if (f.plainUs !== null) expect(Math.abs(f.durationUs - f.plainUs) / f.plainUs).toBeLessThan(0.02);
    expect(d.frames.some((f) => f.rows.some((r) => r.phase === 'decode'))).toBe(true);
    const p = point(s);
    expect(p.stepCost).toBeLessThan(1.02);
    expect(p.speedup).toBeGreaterThan(1.3);
    expect(p.speedup).toBeLessThan(1.8);
  });

  it('position-decay: rates 0.9, 0.72, 0.58 …; per-position counters fall; k = 6 is slower than k = 4', () => {
    const s = settingsOf('position-decay');
    const rates = acceptanceRates(s);
    expect(rates.slice(0, 3).map((r) => Math.round(r * 100) / 100)).toEqual([0.9, 0.72, 0.58]);
    const pp = record(s).frames.at(-1)?.counters.numAcceptedTokensPerPos ?? [];
    expect(pp).toHaveLength(6);
    for (let i = 1; i < pp.length; i++) expect(pp[i] as number).toBeLessThan(pp[i - 1] as number);
    expect(point({ ...s, k: 6 }).speedup).toBeLessThan(point({ ...s, k: 4 }).speedup);
  });

  it('every preset round-trips through the URL, and unknown ids name the known ones', () => {
    const defaults = { ...DEFAULT_SETTINGS, ...DEFAULT_VIEW };
    // The fields the widget's link carries: its settings, and the kit's frame and speed.
    const SPEC_URL = withTimeline(SPEC_URL_FIELDS);
    for (const p of Object.values(SPEC_PRESETS)) {
      const text = encodeUrlState(SPEC_URL, p.state, defaults);
      expect(text === undefined || /^[a-zA-Z0-9._-]+$/.test(text)).toBe(true);
      expect(decodeUrlState(SPEC_URL, text, defaults).value).toEqual(p.state);
    }
    expect(encodeUrlState(SPEC_URL, SPEC_PRESETS['full-batch'].state, defaults)).toBe('v.1_bs.256');
    expect(encodeUrlState(SPEC_URL, SPEC_PRESETS['too-many-drafts'].state, defaults)).toBe('v.1_method.draft-model_k.8_acc.70');
    expect(decodeUrlState(SPEC_URL, 'k.9_method.medusa_acc.20', defaults).rejected).toHaveLength(3);
    expect(() => presetOf('nope')).toThrow(/one-request/);
  });
});

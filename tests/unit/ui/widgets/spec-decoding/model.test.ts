/**
 * The speculative-decoding widget's model: the step-by-step run agrees with the engine's own
 * spec-decode counters, the sweeps decompose exactly into fewer steps ÷ step cost, and the
 * cost model makes large batches gain less.
 */
import { describe, expect, it } from 'vitest';
import { expectedTokensPerStep } from '../../../../../src/sim/engine/index.ts';
import { simulateSpecDecoding, startSpecDecoding, SWEEP_X } from '../../../../../src/widget-models/spec-decoding/model.ts';
import { DEFAULT_SETTINGS, OUTPUT_TOKENS, type SpecSettings } from '../../../../../src/widget-models/spec-decoding/settings.ts';
import { DetailRecorder, speculativeOf, sweepPoint } from '../../../../../src/widget-models/spec-decoding/simulate.ts';

function record(s: SpecSettings): DetailRecorder {
  const d = new DetailRecorder(s);
  while (d.step());
  return d;
}

describe('spec-decoding model', { timeout: 30_000 }, () => {
  it('counts drafts, draft tokens and accepted tokens exactly as the engine’s SpecDecodingStats', () => {
    const d = record({ ...DEFAULT_SETTINGS, batchSize: 8 });
    const m = d.metrics().spec_decode;
    const last = d.frames.at(-1);
    expect(m).toBeDefined();
    expect(last?.counters.numDrafts).toBe(m?.num_drafts);
    expect(last?.counters.numDraftTokens).toBe(m?.num_draft_tokens);
    expect(last?.counters.numAcceptedTokens).toBe(m?.num_accepted_tokens);
    expect(last?.counters.numAcceptedTokensPerPos).toEqual(m?.num_accepted_tokens_per_pos);
    // Every request produced exactly its output tokens.
    expect(last?.outputTokens).toBe(8 * OUTPUT_TOKENS);
  });

  it('gives each verifying request its accepted prefix plus one token, and never more than k + 1', () => {
    const d = record({ ...DEFAULT_SETTINGS, k: 4 });
    let verified = 0;
    for (const f of d.frames) {
      for (const r of f.rows) {
        if (r.phase !== 'verify') continue;
        verified++;
        expect(r.numDraft).toBe(4);
        expect(r.scheduled).toBe(1 + r.numDraft);
        expect(r.numAccepted).toBeLessThanOrEqual(r.numDraft);
        if (r.outputs < OUTPUT_TOKENS) expect(r.emitted).toBe(r.numAccepted + 1);
        else expect(r.emitted).toBeLessThanOrEqual(r.numAccepted + 1);
      }
      // Per-position counters never grow with the position (a draft is accepted only after the ones before it).
      const pp = f.counters.numAcceptedTokensPerPos;
      for (let i = 1; i < pp.length; i++) expect(pp[i] as number).toBeLessThanOrEqual(pp[i - 1] as number);
    }
    expect(verified).toBeGreaterThan(100);
  });

  it('settles near Leviathan et al.’s Eq. 1 for i.i.d. acceptance', () => {
    // 64 requests × 256 tokens: about 5,000 verifications, so the mean is within a few hundredths.
    const p = sweepPoint({ ...DEFAULT_SETTINGS, acceptancePercent: 80, k: 4, batchSize: 64 }, 4);
    expect(Math.abs(p.meanAcceptanceLength - expectedTokensPerStep(0.8, 4))).toBeLessThan(0.08);
  });

  it('n-gram drafts cost no GPU time and some steps find no match', () => {
    const d = record({ ...DEFAULT_SETTINGS, method: 'ngram', acceptancePercent: 50 });
    expect(d.frames.every((f) => f.draftUs === 0)).toBe(true);
    const phases = d.frames.flatMap((f) => f.rows.map((r) => r.phase));
    expect(phases).toContain('decode');
    expect(phases).toContain('verify');
  });

  it('a model drafter’s time grows with k; the plain-decode price is the cost of the same requests without drafts', () => {
    const at = (k: number) => record({ ...DEFAULT_SETTINGS, method: 'draft_model', acceptancePercent: 70, k }).frames.find((f) => f.rows[0]?.phase === 'verify');
    const k2 = at(2);
    const k6 = at(6);
    expect(k2 && k6).toBeTruthy();
    // k passes of the same price (contexts differ by a few tokens, hence the 1 % tolerance).
    expect((k6?.draftUs ?? 0) / (k2?.draftUs ?? 1)).toBeCloseTo(3, 1);
    expect(k2?.plainUs).toBeGreaterThan(0);
    expect((k2?.durationUs ?? 0) - (k2?.draftUs ?? 0)).toBeGreaterThanOrEqual((k2?.plainUs ?? 0) * 0.99);
  });

  it('speedup is exactly fewer steps ÷ step cost, and large batches gain less (compute-bound verification)', () => {
    const small = sweepPoint({ ...DEFAULT_SETTINGS, batchSize: 1 }, 1);
    const large = sweepPoint({ ...DEFAULT_SETTINGS, batchSize: 256 }, 256);
    for (const p of [small, large]) expect(p.speedup).toBeCloseTo(p.fewerSteps / p.stepCost, 9);
    expect(small.speedup).toBeGreaterThan(2);
    expect(large.speedup).toBeLessThan(small.speedup / 1.8);
    expect(large.stepCost).toBeGreaterThan(2);
    // The drafts save about as many steps at 256 as at 1: the loss is all in the step's cost.
    expect(large.fewerSteps).toBeGreaterThan(small.fewerSteps * 0.85);
  });

  it('passes the drafter to the engine as --speculative-config does', () => {
    expect(speculativeOf({ ...DEFAULT_SETTINGS, method: 'draft_model', draft: 3, k: 2, acceptancePercent: 60, decay: 90 })).toEqual({
      method: 'draft_model',
      numSpeculativeTokens: 2,
      acceptanceRate: [0.6, 0.6 * 0.9],
      targetParamsB: 8.03,
      draftParamsB: 3.21,
    });
  });

  it('plays the run first, then fills every sweep; the result survives structured cloning', () => {
    const sim = simulateSpecDecoding({ ...DEFAULT_SETTINGS, batchSize: 16 });
    expect(sim.error).toBeNull();
    expect(sim.detailDone).toBe(true);
    expect(sim.costLabel).toMatch(/Llama-3\.1-8B on H100/);
    for (const axis of ['k', 'acc', 'bs'] as const) {
      expect(sim.sweeps[axis].map((p) => p?.x)).toEqual(SWEEP_X[axis]);
    }
    // The sweep over k at the current k is the current point.
    expect(sim.sweeps.k[DEFAULT_SETTINGS.k - 1]?.speedup).toBeCloseTo(sim.current?.speedup ?? 0, 9);
    expect(structuredClone(sim)).toEqual(sim);
  });

  it('refuses an acceptance outside the slider’s range, naming it', () => {
    const job = startSpecDecoding({ ...DEFAULT_SETTINGS, acceptancePercent: 100 });
    expect(job.advance(10)).toBe(true);
    expect(job.sim.error).toMatch(/acceptance/);
  });
});

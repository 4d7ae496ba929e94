/**
 * Keeps the speculative-decoding lesson and its knowledge checks honest: every figure the lesson
 * quotes from the widget is recomputed through the widget's model on the preset the lesson
 * embeds, the model-graded knowledge-check answers are rerun, the published figures match the
 * engine's labelled table, and every glossary link resolves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTerm } from '../../../src/content/glossary/index.ts';
import check, { SPEC_KC_FACTS } from '../../../src/content/quiz/lessons/vllm--speculative-decoding.ts';
import { draftCostRatio } from '../../../src/sim/cost/draftCost.ts';
import { maxNumScheduledTokens, PUBLISHED_ACCEPTANCE, resolveEngineConfig } from '../../../src/sim/engine/index.ts';
import { expectedTokensPerStep } from '../../../src/sim/engine/index.ts';
import { SWEEP_X } from '../../../src/widget-models/spec-decoding/model.ts';
import { SPEC_PRESETS, type SpecPresetId } from '../../../src/widget-models/spec-decoding/presets.ts';
import type { SpecSettings } from '../../../src/widget-models/spec-decoding/settings.ts';
import { DetailRecorder, sweepPoint, type StepFrame } from '../../../src/widget-models/spec-decoding/simulate.ts';

const FILE = '02-vllm/09-speculative-decoding.mdx';
const TEXT = readFileSync(`src/lessons/${FILE}`, 'utf8').replace(/\s+/g, ' ');

/** The numbers a quote states; fails if the lesson no longer says it, or no longer embeds the preset. */
function quoted(preset: SpecPresetId | null, pattern: RegExp): number[] {
  if (preset) expect(TEXT, `${FILE} embeds preset "${preset}"`).toContain(`preset="${preset}"`);
  const m = pattern.exec(TEXT);
  if (!m) throw new Error(`${FILE} no longer says ${pattern}; update the quote here with the text`);
  return m.slice(1).map((s) => Number(s.replace(/,/g, '')));
}

function settingsOf(id: SpecPresetId): SpecSettings {
  const { frame: _f, speed: _sp, ...s } = SPEC_PRESETS[id].state;
  return s;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

function frames(s: SpecSettings): { frames: StepFrame[]; recorder: DetailRecorder } {
  const d = new DetailRecorder(s);
  while (d.step());
  return { frames: d.frames, recorder: d };
}

describe('the speculative-decoding lesson quotes the model', { timeout: 60_000 }, () => {
  it('one request: speedup, fewer steps, step cost and mean acceptance length', () => {
    const [speedup, fewer, cost, mal] = quoted('one-request', /the run finishes \*\*([\d.]+)×\*\* faster than without the drafter: \*\*([\d.]+)×\*\* fewer steps, each costing \*\*([\d.]+)×\*\* a plain step, with a mean acceptance length of \*\*([\d.]+)\*\*/);
    const p = sweepPoint(settingsOf('one-request'), 0);
    expect([r2(p.speedup), r2(p.fewerSteps), r2(p.stepCost), r2(p.meanAcceptanceLength)]).toEqual([speedup, fewer, cost, mal]);
    const [e] = quoted(null, /With α = 0\.8 and k = 3 that is \(1 − 0\.8⁴\) \/ 0\.2 ≈ ([\d.]+)\./);
    expect(r2(expectedTokensPerStep(0.8, 3))).toBe(e);
  });

  it('one request: the step prices and Theorem 3.8', () => {
    const [plain, draft] = quoted(null, /A plain decode step of one request costs about \*\*([\d.]+) ms\*\*.*?The EAGLE-3 drafter's three passes add about \*\*([\d.]+) ms\*\*/);
    const verifying = frames(settingsOf('one-request')).frames.filter((f) => f.plainUs !== null && f.rows.some((r) => r.phase === 'verify'));
    expect(verifying.length).toBeGreaterThan(50);
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    const plainMs = mean(verifying.map((f) => (f.plainUs ?? 0) / 1000));
    const draftMs = mean(verifying.map((f) => f.draftUs / 1000));
    expect(Math.round(plainMs * 10) / 10).toBe(plain);
    expect(Math.round(draftMs * 10) / 10).toBe(draft);
    for (const f of verifying) {
      // "About": every verification step within 0.15 ms of the quote (the context grows through the run).
      expect(Math.abs((f.plainUs ?? 0) / 1000 - (plain as number))).toBeLessThan(0.15);
      expect(Math.abs(f.draftUs / 1000 - (draft as number))).toBeLessThan(0.15);
      // "Verifying four tokens instead of one costs the same to within a percent."
      expect(Math.abs(f.durationUs - f.draftUs - (f.plainUs ?? 0)) / (f.plainUs ?? 1)).toBeLessThan(0.01);
    }
    const [c, theorem] = quoted(null, /For EAGLE-3 the model's \*c\* is about ([\d.]+), which gives \*\*([\d.]+)×\*\*/);
    const ratio = draftCostRatio('eagle3');
    expect(r2(ratio)).toBe(c);
    expect(r2(expectedTokensPerStep(0.8, 3) / (3 * ratio + 1))).toBe(theorem);
  });

  it('full batch: the two factors, the speedup, and the slide along the batch-size chart', () => {
    const [fewer, cost, speedup] = quoted('full-batch', /\*\*([\d.]+)×\*\* fewer\. But each verification step now costs \*\*([\d.]+)×\*\* a plain decode step of the same requests, so the run is only \*\*([\d.]+)×\*\* faster/);
    const s = settingsOf('full-batch');
    const p = sweepPoint(s, 0);
    expect([r2(p.fewerSteps), r2(p.stepCost), r2(p.speedup)]).toEqual([fewer, cost, speedup]);
    expect(SPEC_KC_FACTS.fullBatch).toEqual({ fewerSteps: fewer, stepCost: cost, speedup });
    const [at128, ngram] = quoted(null, /stays above 2× up to 32 requests and is \*\*([\d.]+)×\*\* at 128\. At 256 the n-gram drafter.*?\(\*\*([\d.]+)×\*\*\)/);
    for (const bs of SWEEP_X.bs.filter((b) => b <= 32)) expect(sweepPoint({ ...s, batchSize: bs }, bs).speedup).toBeGreaterThan(2);
    expect(sweepPoint({ ...s, batchSize: 64 }, 64).speedup).toBeLessThan(2);
    expect(r2(sweepPoint({ ...s, batchSize: 128 }, 128).speedup)).toBe(at128);
    const n = r2(sweepPoint({ ...s, method: 'ngram', acceptancePercent: 50 }, 256).speedup);
    expect(n).toBe(ngram);
    expect(n).toBeLessThan(1);
    expect(SPEC_KC_FACTS.ngramBatch256).toBe(ngram);
  });

  it('too many drafts: the cost of a draft pass, the peak k, k = 8, and how rarely the eighth draft is reached', () => {
    const [pct, bestK, best, at8, reached] = quoted('too-many-drafts', /costs about (\d+) % of a target step per draft\. At acceptance 0\.7 the k chart peaks at k = (\d) \(\*\*([\d.]+)×\*\*\) and falls to \*\*([\d.]+)×\*\* at k = 8: the eighth draft is accepted in about (\d+) % of verifications/);
    expect(Math.round(draftCostRatio('draft_model', 1.24, 8.03) * 100)).toBe(pct);
    const s = settingsOf('too-many-drafts');
    const ks = SWEEP_X.k.map((k) => sweepPoint({ ...s, k }, k).speedup);
    const peak = Math.max(...ks);
    expect(SWEEP_X.k[ks.indexOf(peak)]).toBe(bestK);
    expect(SPEC_KC_FACTS.bestDraftModelK).toBe(bestK);
    expect(r2(peak)).toBe(best);
    expect(r2(ks[7] as number)).toBe(at8);
    // The knowledge check says k = 8 is the slowest of all.
    expect(Math.min(...ks)).toBe(ks[7]);
    expect(Math.round(0.7 ** 8 * 100)).toBe(reached);
    const c = frames(s).frames.at(-1)?.counters;
    const measured = (c?.numAcceptedTokensPerPos[7] ?? 0) / (c?.numDrafts ?? 1);
    expect(Math.abs(measured - (reached as number) / 100)).toBeLessThan(0.02);
  });

  it('the knowledge check’s drafting budget is the engine’s max_num_scheduled_tokens', () => {
    const c = resolveEngineConfig({ maxNumBatchedTokens: 8192, maxNumSeqs: 256, speculative: { method: 'draft_model', numSpeculativeTokens: 3, draftParamsB: 1 } });
    expect(maxNumScheduledTokens(c)).toBe(SPEC_KC_FACTS.draftModelBudget);
    const eagle = resolveEngineConfig({ maxNumBatchedTokens: 8192, maxNumSeqs: 256, speculative: { method: 'eagle', numSpeculativeTokens: 3 } });
    expect(maxNumScheduledTokens(eagle)).toBe(8192);
  });
});

describe('the speculative-decoding lesson and its knowledge checks', () => {
  it('quotes the published suffix-decoding figure as the engine’s labelled table has it', () => {
    const suffix = PUBLISHED_ACCEPTANCE.find((p) => p.method === 'suffix');
    expect(suffix).toBeDefined();
    expect(TEXT).toContain(`Suffix decoding, k = ${suffix?.numSpeculativeTokens}, ${suffix?.task} (vLLM) | acceptance ${suffix?.acceptanceRate}, mean acceptance length ${suffix?.meanAcceptanceLength}`);
  });

  it('embeds the widget two or three times, with presets that exist', () => {
    const embeds = [...TEXT.matchAll(/<SpecDecodingWidget id="(\w+)" preset="([\w-]+)" \/>/g)];
    expect(embeds.length).toBeGreaterThanOrEqual(2);
    expect(embeds.length).toBeLessThanOrEqual(3);
    for (const [, , preset] of embeds) expect(Object.keys(SPEC_PRESETS)).toContain(preset);
    expect(new Set(embeds.map((m) => m[1])).size).toBe(embeds.length);
  });

  it('links only glossary terms that exist, and teaches its own', () => {
    const ids = [...TEXT.matchAll(/<Term id="([\w-]+)">/g)].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(getTerm(id), id).toBeDefined();
    for (const id of ['speculative-decoding', 'rejection-sampling', 'mean-acceptance-length']) expect(getTerm(id)?.lesson).toBe('vllm/speculative-decoding');
    for (const item of check.items) for (const t of item.terms ?? []) expect(getTerm(t), `${item.id}: ${t}`).toBeDefined();
  });

  it('has at least eight knowledge checks, several graded by the model', () => {
    expect(check.lesson).toBe('vllm/speculative-decoding');
    expect(check.items.length).toBeGreaterThanOrEqual(8);
    const prompts = check.items.map((i) => i.prompt).join('\n');
    expect(prompts).toContain(`${SPEC_KC_FACTS.fullBatch.fewerSteps}× fewer steps`);
    expect(prompts).toContain('the widget’s model');
  });

  it('states the pinned release', () => {
    expect(TEXT).toContain('vLLM 0.33');
  });
});

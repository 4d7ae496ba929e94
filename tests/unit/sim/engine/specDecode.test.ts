/**
 * Speculative decoding in the scheduler, after vLLM's tests/v1/core/test_scheduler.py
 * (`test_schedule_spec_decoding_stats`, `test_stop_via_update_from_output`, spec budget
 * trimming) and tests/v1/spec_decode: 1 + k tokens per request, rejected drafts roll
 * `numComputedTokens` back, lookahead KV slots, EAGLE's last-block drop, vLLM's metric names.
 * Acceptance rates of exactly 0 or 1 make every draw deterministic.
 */
import { describe, expect, it } from 'vitest';
import { us } from '../../../../src/sim/core/units.ts';
import { resolveEngineConfig } from '../../../../src/sim/engine/config.ts';
import { Engine } from '../../../../src/sim/engine/engine.ts';
import { checkInvariants } from '../../../../src/sim/engine/invariants.ts';
import { EventSink } from '../../../../src/sim/engine/events.ts';
import { KVCacheManager } from '../../../../src/sim/engine/kvCacheManager.ts';
import { MetricsCollector } from '../../../../src/sim/engine/metrics.ts';
import { Scheduler, type SchedulerOutput } from '../../../../src/sim/engine/scheduler.ts';
import { expectedTokensPerStep, numLookaheadTokens, usesEagle } from '../../../../src/sim/engine/spec/specConfig.ts';
import type { EngineConfigInput, RequestSpec, SpeculativeConfigInput } from '../../../../src/sim/engine/types.ts';
import { COMMON, makeReq, segs, spec } from './helpers.ts';

function createScheduler(speculative: SpeculativeConfigInput, over: EngineConfigInput = {}) {
  const cfg = resolveEngineConfig({ maxNumSeqs: 16, maxNumBatchedTokens: 8192, blockSize: 16, numGpuBlocks: 10_000, maxModelLen: 8192, speculative, ...over });
  const sink = new EventSink('none');
  const kv = new KVCacheManager(cfg.numGpuBlocks, cfg.blockSize, cfg.maxModelLen, cfg.enablePrefixCaching, sink, {
    useEagle: cfg.speculative !== null && usesEagle(cfg.speculative.method),
  });
  const sched = new Scheduler(cfg, kv, sink, new MetricsCollector());
  return { sched, kv, cfg };
}

const tokensOf = (out: SchedulerOutput): number[] => out.numTokens.slice(0, out.count);
const specOf = (out: SchedulerOutput): number[] => out.specTokens.slice(0, out.count);

describe('scheduler accounting (test_schedule_spec_decoding_stats)', () => {
  for (const [rates, accepted] of [
    [[1, 1, 1], 3],
    [[1, 0, 1], 1],
    [[0, 1, 1], 0],
  ] as const) {
    it(`k = 3, acceptance ${rates.join('/')} → ${accepted} accepted, rollback of ${3 - accepted}`, () => {
      const { sched } = createScheduler({ method: 'ngram', numSpeculativeTokens: 3, acceptanceRate: [...rates], ngramMatchRate: 1 });
      const reqs = [0, 1].map((i) => makeReq(`${i}`, segs([100 + i, 20]), { outputTokens: 50 }));
      for (const r of reqs) sched.addRequest(r);
      // Step 1: prompts only, no drafts yet.
      const s1 = sched.schedule(us(0));
      expect(tokensOf(s1)).toEqual([20, 20]);
      expect(specOf(s1)).toEqual([0, 0]);
      sched.updateFromOutput(s1, us(1));
      expect(reqs.map((r) => r.numSpecTokens)).toEqual([3, 3]);
      expect(reqs.map((r) => r.numOutputTokens)).toEqual([1, 1]);
      // Step 2: 1 + 3 tokens per request.
      const s2 = sched.schedule(us(1));
      expect(tokensOf(s2)).toEqual([4, 4]);
      expect(specOf(s2)).toEqual([3, 3]);
      expect(reqs.map((r) => r.numComputedTokens)).toEqual([24, 24]);
      sched.updateFromOutput(s2, us(2));
      // Rejected drafts leave num_computed_tokens; the bonus token is always produced.
      expect(reqs.map((r) => r.numComputedTokens)).toEqual([24 - (3 - accepted), 24 - (3 - accepted)]);
      expect(reqs.map((r) => r.numOutputTokens)).toEqual([2 + accepted, 2 + accepted]);
      expect(reqs.map((r) => r.numTokens - r.numComputedTokens)).toEqual([1, 1]);
      const st = sched.specStats!.summary();
      expect(st.num_drafts).toBe(2);
      expect(st.num_draft_tokens).toBe(6);
      expect(st.num_accepted_tokens).toBe(2 * accepted);
      expect(st.num_accepted_tokens_per_pos).toEqual([0, 1, 2].map((p) => (p < accepted ? 2 : 0)));
      expect(st.mean_acceptance_length).toBe(1 + accepted);
    });
  }

  it('trims drafts to what the token budget leaves (spec_token_ids cut short)', () => {
    const { sched } = createScheduler({ method: 'ngram', numSpeculativeTokens: 4, acceptanceRate: 1, ngramMatchRate: 1 }, { maxNumBatchedTokens: 40 });
    const reqs = [0, 1].map((i) => makeReq(`${i}`, segs([200 + i, 17]), { outputTokens: 50 }));
    for (const r of reqs) sched.addRequest(r);
    sched.updateFromOutput(sched.schedule(us(0)), us(1));
    sched.updateFromOutput(sched.schedule(us(1)), us(2)); // 5 + 5 scheduled; all accepted
    // Now ask a budget of 40 for 2 × 5: fits. Make it tight with a third arrival's prefill.
    const r2 = makeReq('2', segs([202, 33]), { outputTokens: 5 });
    sched.addRequest(r2);
    const s = sched.schedule(us(2));
    expect(tokensOf(s)).toEqual([5, 5, 30]);
    // Budget 40 runs out inside the next step's drafts: the second request gets 3 = 1 + 2 drafts.
    sched.updateFromOutput(s, us(3));
    const s2 = sched.schedule(us(3));
    expect(tokensOf(s2)[0]).toBe(5);
    const total = tokensOf(s2).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(40);
  });

  it('the drafts the budget cuts off are not verified', () => {
    const { sched } = createScheduler({ method: 'eagle', numSpeculativeTokens: 4, acceptanceRate: 1 }, { maxNumBatchedTokens: 7 });
    const a = makeReq('a', segs([300, 4]), { outputTokens: 50 });
    const b = makeReq('b', segs([301, 3]), { outputTokens: 50 });
    sched.addRequest(a);
    sched.addRequest(b);
    sched.updateFromOutput(sched.schedule(us(0)), us(1));
    const s = sched.schedule(us(1));
    expect(tokensOf(s)).toEqual([5, 2]);
    expect(specOf(s)).toEqual([4, 1]);
    sched.updateFromOutput(s, us(2));
    expect(sched.specStats!.summary().num_draft_tokens).toBe(5);
    expect(b.numOutputTokens).toBe(3);
  });
});

describe('stop conditions when a step emits several tokens (test_stop_via_update_from_output)', () => {
  it('max_tokens truncates extra accepted drafts', () => {
    const { sched } = createScheduler({ method: 'ngram', numSpeculativeTokens: 3, acceptanceRate: 1, ngramMatchRate: 1 });
    const r = makeReq('r', segs([400, 10]), { outputTokens: 100, extra: { maxTokens: 3 } });
    sched.addRequest(r);
    sched.updateFromOutput(sched.schedule(us(0)), us(1));
    const done = sched.updateFromOutput(sched.schedule(us(1)), us(2));
    expect(done).toEqual([r]);
    expect(r.numOutputTokens).toBe(3);
    expect(r.finishReason).toBe('length');
    expect(r.status).toBe('FINISHED_LENGTH_CAPPED');
  });

  it('EOS in the middle of accepted drafts stops there', () => {
    const { sched } = createScheduler({ method: 'ngram', numSpeculativeTokens: 3, acceptanceRate: 1, ngramMatchRate: 1 });
    const r = makeReq('r', segs([401, 10]), { outputTokens: 3, extra: { maxTokens: 10 } });
    sched.addRequest(r);
    sched.updateFromOutput(sched.schedule(us(0)), us(1));
    sched.updateFromOutput(sched.schedule(us(1)), us(2));
    expect(r.numOutputTokens).toBe(3);
    expect(r.finishReason).toBe('stop');
  });

  it('a stop token id among the accepted drafts stops there and sets stop_reason', () => {
    const { sched } = createScheduler({ method: 'ngram', numSpeculativeTokens: 3, acceptanceRate: 1, ngramMatchRate: 1 });
    const probe = makeReq('p', segs([402, 10]));
    const stopId = probe.tokens.tokenAt(10 + 1); // the second output token
    const r = makeReq('r', segs([402, 10]), { outputTokens: 50, extra: { maxTokens: 50, stopTokenIds: [stopId] } });
    sched.addRequest(r);
    sched.updateFromOutput(sched.schedule(us(0)), us(1));
    sched.updateFromOutput(sched.schedule(us(1)), us(2));
    expect(r.numOutputTokens).toBe(2);
    expect(r.finishReason).toBe('stop');
    expect(r.stopReason).toBe(stopId);
  });

  it('ignore_eos keeps generating past EOS up to max_tokens', () => {
    const { sched } = createScheduler({ method: 'ngram', numSpeculativeTokens: 3, acceptanceRate: 1, ngramMatchRate: 1 });
    const r = makeReq('r', segs([403, 10]), { outputTokens: 2, extra: { maxTokens: 6, ignoreEos: true } });
    sched.addRequest(r);
    for (let t = 0; t < 4 && !r.isFinished; t++) sched.updateFromOutput(sched.schedule(us(t)), us(t + 1));
    expect(r.numOutputTokens).toBe(6);
    expect(r.finishReason).toBe('length');
  });
});

describe('KV slots', () => {
  it('EAGLE-style drafters reserve k lookahead slots; n-gram reserves none', () => {
    expect(numLookaheadTokens(resolveEngineConfig({ speculative: { method: 'eagle', numSpeculativeTokens: 3 } }).speculative)).toBe(3);
    expect(numLookaheadTokens(resolveEngineConfig({ speculative: { method: 'ngram', numSpeculativeTokens: 3 } }).speculative)).toBe(0);
    const { sched } = createScheduler({ method: 'eagle', numSpeculativeTokens: 3, acceptanceRate: 0 });
    const r = makeReq('r', segs([500, 16]), { outputTokens: 50 });
    sched.addRequest(r);
    sched.updateFromOutput(sched.schedule(us(0)), us(1));
    expect(r.blocks).toHaveLength(1); // admission: no lookahead
    sched.schedule(us(1)); // 16 computed + 4 scheduled + 3 lookahead = 23 slots
    expect(r.blocks).toHaveLength(2);
  });

  it('EAGLE drops the last matched block of a prefix hit (and n-gram does not)', () => {
    for (const [method, hitBlocks] of [
      ['eagle3', 2],
      ['ngram', 3],
    ] as const) {
      const { sched } = createScheduler({ method, numSpeculativeTokens: 2 });
      const a = makeReq(`a-${method}`, segs(...COMMON, [9, 5]));
      sched.addRequest(a);
      sched.schedule(us(0));
      const b = makeReq(`b-${method}`, segs(...COMMON, [8, 5]));
      sched.addRequest(b);
      const s = sched.schedule(us(1));
      expect(s.computedBefore[s.reqs.indexOf(b)]).toBe(hitBlocks * 16);
    }
  });

  it('only verified tokens are cached: a draft-filled block is not hashed', () => {
    const { sched, kv } = createScheduler({ method: 'ngram', numSpeculativeTokens: 4, acceptanceRate: 0, ngramMatchRate: 1 });
    const r = makeReq('r', segs([600, 14]), { outputTokens: 50 });
    sched.addRequest(r);
    sched.updateFromOutput(sched.schedule(us(0)), us(1)); // 15 tokens
    sched.schedule(us(1)); // 15 + 4 drafts scheduled: slots up to 20, but only 15 verified
    expect(r.numCachedBlocks).toBe(0);
    expect(kv.pool.blockHash[r.blocks[0]!]).toBe(-1);
  });
});

describe('budget for drafting slots (max_num_new_slots_for_drafting)', () => {
  it('EAGLE keeps the full budget; a draft model sets one slot per sequence aside', () => {
    const eagle = createScheduler({ method: 'eagle', numSpeculativeTokens: 3 }, { maxNumBatchedTokens: 64, maxNumSeqs: 16 });
    const dm = createScheduler({ method: 'draft_model', numSpeculativeTokens: 3, draftParamsB: 1 }, { maxNumBatchedTokens: 64, maxNumSeqs: 16 });
    const run = (s: typeof eagle) => {
      s.sched.addRequest(makeReq(`x${s.cfg.speculative!.method}`, segs([700, 200]), { outputTokens: 5 }));
      return tokensOf(s.sched.schedule(us(0)));
    };
    expect(run(eagle)).toEqual([64]);
    expect(run(dm)).toEqual([64 - 16]);
  });

  it('refuses a budget the drafting slots would use up', () => {
    expect(() => resolveEngineConfig({ maxNumBatchedTokens: 256, maxNumSeqs: 256, speculative: { method: 'draft_model', numSpeculativeTokens: 2, draftParamsB: 1 } })).toThrow(
      /engine\.maxNumBatchedTokens/,
    );
  });
});

describe('config checks', () => {
  it.each([
    [{ method: 'eagle', numSpeculativeTokens: 0 }, /engine\.speculative\.numSpeculativeTokens/],
    [{ method: 'draft_model', numSpeculativeTokens: 2, draftParamsB: 70, targetParamsB: 8 }, /engine\.speculative\.draftParamsB: .*smaller than the target/],
    [{ method: 'draft_model', numSpeculativeTokens: 2 }, /engine\.speculative\.draftParamsB: is required/],
    [{ method: 'eagle', numSpeculativeTokens: 2, acceptanceRate: 1.2 }, /engine\.speculative\.acceptanceRate/],
    [{ method: 'eagle', numSpeculativeTokens: 2, acceptanceRate: [0.5] }, /one rate per draft position/],
    [{ method: 'medusa', numSpeculativeTokens: 2 }, /engine\.speculative\.method/],
  ] as [SpeculativeConfigInput, RegExp][])('refuses %o', (speculative, re) => {
    expect(() => resolveEngineConfig({ speculative })).toThrow(re);
  });
});

describe('engine end to end', () => {
  const specs = (n: number): RequestSpec[] => Array.from({ length: n }, (_, i) => spec(`r${i}`, segs([800 + i, 200]), 256));

  it('mean acceptance length matches (1 − α^(k+1)) / (1 − α) for i.i.d. acceptance', () => {
    const e = new Engine({ maxModelLen: 2048, speculative: { method: 'eagle', numSpeculativeTokens: 4, acceptanceRate: 0.8 } });
    e.addRequests(specs(64));
    e.run();
    const m = e.metrics();
    expect(m.num_finished).toBe(64);
    expect(m.generation_tokens).toBe(64 * 256);
    expect(m.spec_decode!.mean_acceptance_length).toBeCloseTo(expectedTokensPerStep(0.8, 4), 1);
    const perPos = m.spec_decode!.acceptance_rate_per_pos;
    for (let i = 0; i < 4; i++) expect(perPos[i]).toBeCloseTo(0.8 ** (i + 1), 1);
  });

  it('takes fewer steps than plain decoding and produces the same tokens', () => {
    const plain = new Engine({ maxModelLen: 2048 });
    plain.addRequests(specs(4));
    plain.run();
    const sd = new Engine({ maxModelLen: 2048, speculative: { method: 'eagle3', numSpeculativeTokens: 3, acceptanceRate: 0.8 } });
    sd.addRequests(specs(4));
    sd.run();
    expect(sd.metrics().generation_tokens).toBe(plain.metrics().generation_tokens);
    expect(sd.stepCount).toBeLessThan(plain.stepCount * 0.6);
    expect(sd.metrics().output_throughput).toBeGreaterThan(plain.metrics().output_throughput);
  });

  it('prices the drafter: a draft model costs more per step than an n-gram lookup', () => {
    const run = (speculative: SpeculativeConfigInput) => {
      const e = new Engine({ maxModelLen: 2048, speculative });
      e.addRequests(specs(8));
      let draftUs = 0;
      e.run({ onStep: (s) => (draftUs += s.draftUs) });
      return draftUs;
    };
    expect(run({ method: 'ngram', numSpeculativeTokens: 3, acceptanceRate: 0.7 })).toBe(0);
    expect(run({ method: 'draft_model', numSpeculativeTokens: 3, draftParamsB: 1, acceptanceRate: 0.7 })).toBeGreaterThan(0);
  });

  it('reports each verification as a specVerified event', () => {
    const e = new Engine({ maxModelLen: 2048, eventLevel: 'requests', speculative: { method: 'eagle', numSpeculativeTokens: 2, acceptanceRate: [1, 0] } });
    e.addRequest(spec('a', segs([1, 50]), 9));
    const ev: { numDraft: number; numAccepted: number }[] = [];
    e.run({ onStep: (s) => s.events.forEach((x) => x.type === 'specVerified' && ev.push({ numDraft: x.numDraft, numAccepted: x.numAccepted })) });
    // 1 token from the prefill, then 2 per verification (1 accepted + bonus): 4 verifications.
    expect(ev).toEqual(Array(4).fill({ numDraft: 2, numAccepted: 1 }));
  });

  it('keeps the block pool consistent under pressure with drafts, lookahead and preemption', () => {
    const e = new Engine({ numGpuBlocks: 200, maxModelLen: 1024, maxNumBatchedTokens: 512, speculative: { method: 'eagle3', numSpeculativeTokens: 4, acceptanceRate: 0.6 } });
    e.addRequests(Array.from({ length: 40 }, (_, i) => ({ ...spec(`p${i}`, segs([7, 64], [900 + i, 100]), 300), arrivalUs: us(i * 20_000) })));
    e.run({ onStep: () => expect(checkInvariants(e)).toEqual([]) });
    const m = e.metrics();
    expect(m.num_finished).toBe(40);
    expect(m.num_preemptions).toBeGreaterThan(0);
    expect(m.generation_tokens).toBe(40 * 300);
  });
});

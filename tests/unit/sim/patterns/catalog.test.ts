/** Every pattern runs on every workload; runs are deterministic; bad input is refused clearly. */
import { describe, expect, it } from 'vitest';
import { PATTERNS, runPattern } from '../../../../src/sim/patterns/catalog.ts';
import { generatePatternWorkload, WORKLOADS } from '../../../../src/sim/patterns/workloads.ts';
import type { PatternRunInput } from '../../../../src/sim/patterns/types.ts';

const input = (o: Partial<PatternRunInput> = {}): PatternRunInput => ({ workload: 'chat', qps: 3, gpus: 8, seed: 1, modelId: 'qwen2.5-32b', gpuId: 'h100-sxm-80gb', durationS: 40, ...o });

describe('pattern catalog', () => {
  it('has the eight stable ids and five workloads', () => {
    expect(PATTERNS.map((p) => p.id).sort()).toEqual(['autoscaling-pool', 'caching-first', 'disaggregated', 'federation', 'hybrid-multi-tier', 'replicated', 'single-instance', 'tensor-parallel']);
    expect(WORKLOADS.map((w) => w.id)).toEqual(['chat', 'rag', 'summarize', 'diurnal', 'bursty']);
  });

  it('runs all eight on all five workloads with consistent metrics', () => {
    for (const w of WORKLOADS) {
      for (const p of PATTERNS) {
        const r = runPattern(p.id, input({ workload: w.id }));
        const where = `${p.id} on ${w.id}`;
        expect(r.requests, where).toBeGreaterThan(0);
        expect(r.completed + r.failed, where).toBe(r.requests);
        expect(r.ttft_p50_s, where).toBeLessThanOrEqual(r.ttft_p90_s);
        expect(r.ttft_p90_s, where).toBeLessThanOrEqual(r.ttft_p99_s);
        expect(r.slo_attainment >= 0 && r.slo_attainment <= 1, where).toBe(true);
        expect(r.prefix_hit_rate >= 0 && r.prefix_hit_rate <= 1, where).toBe(true);
        expect(r.gpu_hours, where).toBeGreaterThan(0);
        // Never more GPUs than the budget, for the whole run.
        expect(r.gpu_hours * 3600, where).toBeLessThanOrEqual(r.gpus * r.run_s + 1); // + rounding
        expect(r.run_s, where).toBeGreaterThanOrEqual(r.duration_s);
        expect(r.slo_ttft_s, where).toBe(w.slo.ttftS);
      }
    }
  }, 120_000);

  it('same input, same JSON; another seed, another run', () => {
    const a = JSON.stringify(runPattern('caching-first', input()));
    expect(JSON.stringify(runPattern('caching-first', input()))).toBe(a);
    expect(JSON.stringify(runPattern('caching-first', input({ seed: 2 })))).not.toBe(a);
  });

  it('refuses unknown ids and budgets too small, saying what is valid', () => {
    expect(() => runPattern('nope' as never, input())).toThrow(/unknown pattern "nope" \(valid: single-instance, .*caching-first\)/);
    expect(() => runPattern('replicated', input({ workload: 'web' as never }))).toThrow(/unknown workload "web" \(valid: chat, rag, summarize, diurnal, bursty\)/);
    expect(() => runPattern('replicated', input({ gpus: 1 }))).toThrow(/--gpus 1 gives 0 replica\(s\) of TP 2/);
    expect(() => runPattern('disaggregated', input({ gpus: 2 }))).toThrow(/needs at least 2/);
    expect(() => runPattern('replicated', input({ modelId: 'gpt-9' }))).toThrow(/unknown model "gpt-9"/);
  });

  it('workloads have the documented shapes and mean rate', () => {
    const chat = generatePatternWorkload('chat', 10, 600, 3);
    const turns = chat.requests.filter((r) => r.after).length;
    expect(turns).toBeGreaterThan(0);
    // Conversations start at qps ÷ 3.5 turns: about qps requests per second in all.
    expect(chat.requests.length / 600).toBeGreaterThan(8.5);
    expect(chat.requests.length / 600).toBeLessThan(11.5);
    const diurnal = generatePatternWorkload('diurnal', 10, 600, 3);
    const first = diurnal.requests.filter((r) => !r.after && r.arrivalUs < 100e6).length;
    const mid = diurnal.requests.filter((r) => !r.after && r.arrivalUs >= 250e6 && r.arrivalUs < 350e6).length;
    expect(mid).toBeGreaterThan(4 * first);
    const summ = generatePatternWorkload('summarize', 5, 200, 3);
    for (const r of summ.requests) expect(r.prompt.reduce((s, x) => s + x.tokens, 0)).toBeGreaterThanOrEqual(3200);
  });
});

/** Seeded workload generators. */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/sim/core/rng.ts';
import { Engine } from '../../../../src/sim/engine/engine.ts';
import { arrivalTimesS } from '../../../../src/sim/engine/workload/arrivals.ts';
import { fewShotPrefixTokens, generateWorkload } from '../../../../src/sim/engine/workload/generate.ts';
import { sampleShareGpt, SHAREGPT } from '../../../../src/sim/engine/workload/lengths.ts';

const promptLen = (s: { prompt: readonly { tokens: number }[] }) => s.prompt.reduce((a, p) => a + p.tokens, 0);

describe('workloads', () => {
  it('ShareGPT-like lengths have the paper means (≈161 in, ≈338 out) and vllm bench filter', () => {
    const r = new Rng(1);
    let sp = 0;
    let so = 0;
    const n = 50_000;
    let violations = 0;
    for (let i = 0; i < n; i++) {
      const { prompt, output } = sampleShareGpt(r);
      if (prompt > SHAREGPT.maxPrompt || prompt + output > SHAREGPT.maxTotal || Math.min(prompt, output) < 4) violations++;
      sp += prompt;
      so += output;
    }
    expect(violations).toBe(0);
    expect(sp / n).toBeGreaterThan(155);
    expect(sp / n).toBeLessThan(167);
    expect(so / n).toBeGreaterThan(328);
    expect(so / n).toBeLessThan(348);
  });

  it('Poisson and gamma arrivals have the requested mean rate; gamma < 1 is burstier', () => {
    const n = 20_000;
    const p = arrivalTimesS({ process: 'poisson', rate: 10 }, n, new Rng(2));
    const g = arrivalTimesS({ process: 'gamma', rate: 10, burstiness: 0.25 }, n, new Rng(2));
    expect(n / p[n - 1]!).toBeCloseTo(10, 0);
    expect(n / g[n - 1]!).toBeGreaterThan(9);
    expect(n / g[n - 1]!).toBeLessThan(11);
    const cv = (ts: number[]) => {
      const gaps = ts.slice(1).map((t, i) => t - ts[i]!);
      const m = gaps.reduce((a, b) => a + b, 0) / gaps.length;
      return Math.sqrt(gaps.reduce((a, b) => a + (b - m) ** 2, 0) / gaps.length) / m;
    };
    expect(cv(p)).toBeCloseTo(1, 1);
    expect(cv(g)).toBeGreaterThan(1.7);
    expect(arrivalTimesS({ process: 'burst' }, 3, new Rng(1))).toEqual([0, 0, 0]);
    expect(arrivalTimesS({ process: 'constant', rate: 2 }, 3, new Rng(1))).toEqual([0, 0.5, 1]);
  });

  it('is deterministic per seed', () => {
    const w = { numRequests: 50, arrival: { process: 'poisson', rate: 5 }, promptTokens: { dist: 'sharegpt' }, outputTokens: { dist: 'sharegpt' } } as const;
    expect(generateWorkload(w, 3, 2048)).toEqual(generateWorkload(w, 3, 2048));
    expect(generateWorkload(w, 3, 2048)).not.toEqual(generateWorkload(w, 4, 2048));
  });

  it('few-shot prefixes match the paper sizes (1-shot 80, 5-shot 341) and are shared', () => {
    expect(fewShotPrefixTokens(1)).toBe(80);
    expect(fewShotPrefixTokens(5)).toBe(341);
    const specs = generateWorkload(
      { numRequests: 10, arrival: { process: 'burst' }, prefix: { kind: 'fewShot', shots: 5 }, promptTokens: { dist: 'fixed', value: 30 }, outputTokens: { dist: 'fixed', value: 10 } },
      1,
      2048,
    );
    expect(new Set(specs.map((s) => JSON.stringify(s.prompt[0])))).toHaveProperty('size', 1);
    expect(specs.every((s) => promptLen(s) === 371)).toBe(true);
  });

  it('multi-turn turns extend the history and follow their previous turn', () => {
    const specs = generateWorkload(
      { numRequests: 8, arrival: { process: 'poisson', rate: 1 }, multiTurn: { turns: 4, thinkTimeS: 2 }, promptTokens: { dist: 'fixed', value: 20 }, outputTokens: { dist: 'fixed', value: 30 } },
      1,
      4096,
    );
    expect(specs.map((s) => s.id)).toEqual(['c0t0', 'c0t1', 'c0t2', 'c0t3', 'c1t0', 'c1t1', 'c1t2', 'c1t3']);
    expect(specs.slice(0, 4).map(promptLen)).toEqual([20, 70, 120, 170]);
    expect(specs[1]!.after?.id).toBe('c0t0');
    const e = new Engine({ maxModelLen: 4096, numGpuBlocks: 2000 });
    e.addRequests(specs);
    e.run();
    const m = e.metrics();
    expect(m.num_finished).toBe(8);
    expect(m.prefix_cache_hit_rate).toBeGreaterThan(0.4);
  });

  it('keeps every request within maxModelLen and sets n, priorities and max_tokens', () => {
    const specs = generateWorkload(
      {
        numRequests: 200,
        arrival: { process: 'poisson', rate: 5 },
        promptTokens: { dist: 'lognormal', mean: 400, sigma: 1 },
        outputTokens: { dist: 'uniform', min: 10, max: 600 },
        n: 2,
        priorities: [0, 5],
        maxTokens: 300,
      },
      1,
      512,
    );
    for (const s of specs) {
      expect(promptLen(s) + s.outputTokens).toBeLessThanOrEqual(512);
      expect(s.n).toBe(2);
      expect([0, 5]).toContain(s.priority);
      expect(s.maxTokens).toBe(300);
    }
  });

  it('assigns adapters per conversation without changing the rest of the workload', () => {
    const base = { numRequests: 40, arrival: { process: 'poisson', rate: 5 }, promptTokens: { dist: 'uniform', min: 10, max: 50 }, outputTokens: { dist: 'fixed', value: 8 }, multiTurn: { turns: 4, thinkTimeS: 1 } } as const;
    const plain = generateWorkload(base, 3, 4096);
    const tagged = generateWorkload({ ...base, adapters: ['a', 'b', 'c'] }, 3, 4096);
    expect(tagged.map(({ lora: _l, ...r }) => r)).toEqual(plain);
    const byConversation = new Map<string, Set<string | undefined>>();
    for (const r of tagged) {
      const c = r.id.replace(/t\d+$/, '');
      byConversation.set(c, (byConversation.get(c) ?? new Set()).add(r.lora));
    }
    expect([...byConversation.values()].every((s) => s.size === 1)).toBe(true);
    expect(new Set(tagged.map((r) => r.lora))).toEqual(new Set(['a', 'b', 'c']));
  });
});

/**
 * Property-based tests over random engine configs and workloads: blocks are conserved,
 * ref counts never go negative, no block is both owned and free, every admitted request
 * finishes (the config always fits one max-length request), and runs are deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { us } from '../../../../src/sim/core/units.ts';
import { Engine } from '../../../../src/sim/engine/engine.ts';
import { checkInvariants } from '../../../../src/sim/engine/invariants.ts';
import type { EngineConfigInput, RequestSpec } from '../../../../src/sim/engine/types.ts';

const configArb = fc
  .record({
    blockSize: fc.constantFrom(1, 8, 16, 32),
    maxModelLen: fc.integer({ min: 32, max: 512 }),
    extraBlocks: fc.integer({ min: 0, max: 60 }),
    maxNumBatchedTokens: fc.integer({ min: 16, max: 1024 }),
    maxNumSeqs: fc.integer({ min: 1, max: 24 }),
    longPrefillTokenThreshold: fc.constantFrom(0, 0, 32, 100),
    enablePrefixCaching: fc.boolean(),
    policy: fc.constantFrom('fcfs', 'priority'),
    kvAllocator: fc.constantFrom('paged', 'paged', 'contiguous'),
    contiguousReservation: fc.constantFrom('maxModelLen', 'promptPlusMaxTokens'),
    parallelSampling: fc.constantFrom('fanout', 'fork'),
    schedulerReserveFullIsl: fc.boolean(),
    watermark: fc.constantFrom(0, 0, 0.1),
    speculative: fc.constantFrom(
      undefined,
      undefined,
      { method: 'eagle3', numSpeculativeTokens: 3, acceptanceRate: 0.7 },
      { method: 'ngram', numSpeculativeTokens: 2, acceptanceRate: [0.9, 0.4], ngramMatchRate: 0.5 },
    ),
  } as const)
  .map(({ extraBlocks, speculative, ...c }): EngineConfigInput => {
    // Speculative decoding needs the paged allocator and V1 fan-out sampling.
    const spec = c.kvAllocator === 'paged' && c.parallelSampling === 'fanout' ? speculative : undefined;
    return {
      ...c,
      parallelSampling: c.kvAllocator === 'paged' ? c.parallelSampling : 'fanout',
      numGpuBlocks: Math.ceil(c.maxModelLen / c.blockSize) + 1 + extraBlocks,
      ...(spec ? { speculative: { ...spec, acceptanceRate: typeof spec.acceptanceRate === 'number' ? spec.acceptanceRate : [...spec.acceptanceRate] } } : {}),
    };
  });

const requestArb = fc.record({
  arrivalMs: fc.integer({ min: 0, max: 2000 }),
  // Few stream seeds, so prompts share prefixes and exercise the prefix cache.
  prefixSeed: fc.integer({ min: 0, max: 3 }),
  prefixTokens: fc.integer({ min: 0, max: 120 }),
  ownTokens: fc.integer({ min: 1, max: 200 }),
  outputTokens: fc.integer({ min: 1, max: 120 }),
  maxTokens: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
  priority: fc.integer({ min: 0, max: 3 }),
  n: fc.constantFrom(1, 1, 1, 2, 3),
});

type RandomRequest = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

function specsFor(cfg: EngineConfigInput, reqs: RandomRequest[]): RequestSpec[] {
  const maxLen = cfg.maxModelLen!;
  return reqs.map((r, i) => {
    const pre = Math.min(r.prefixTokens, maxLen - 2);
    const own = Math.max(1, Math.min(r.ownTokens, maxLen - 1 - pre));
    return {
      id: `q${i}`,
      arrivalUs: us(r.arrivalMs * 1000),
      prompt: [
        ...(pre > 0 ? [{ seed: 100 + r.prefixSeed, tokens: pre }] : []),
        { seed: 1000 + i, tokens: own },
      ],
      outputTokens: r.outputTokens,
      ...(r.maxTokens !== undefined ? { maxTokens: r.maxTokens } : {}),
      priority: r.priority,
      n: r.n,
    };
  });
}

/** Tokens each request will generate: min(EOS point, max_tokens, room left in maxModelLen). */
function expectedTokens(cfg: EngineConfigInput, specs: RequestSpec[]): number {
  let sum = 0;
  for (const s of specs) {
    const prompt = s.prompt.reduce((a, p) => a + p.tokens, 0);
    sum += (s.n ?? 1) * Math.min(s.outputTokens, s.maxTokens ?? s.outputTokens, cfg.maxModelLen! - prompt);
  }
  return sum;
}

describe('engine properties', () => {
  it('conserves blocks and ref counts every step; every request finishes with the right token count', () => {
    fc.assert(
      fc.property(configArb, fc.array(requestArb, { minLength: 1, maxLength: 14 }), (cfg, reqs) => {
        const specs = specsFor(cfg, reqs);
        const e = new Engine(cfg);
        e.addRequests(specs);
        let steps = 0;
        e.run({
          maxSteps: 50_000,
          onStep: () => {
            steps++;
            const errs = checkInvariants(e);
            if (errs.length > 0) throw new Error(errs.slice(0, 3).join('; '));
          },
        });
        expect(e.isDone).toBe(true);
        const m = e.metrics();
        const seqs = specs.reduce((a, s) => a + (s.n ?? 1), 0);
        expect(m.num_finished).toBe(seqs);
        expect(m.generation_tokens).toBe(expectedTokens(cfg, specs));
        expect(e.kvCacheUsage).toBe(0);
        expect(steps).toBeGreaterThan(0);
      }),
      { numRuns: 60, seed: 20251001 },
    );
  }, 60_000); // 60 random runs with invariant checks every step: slow on a shared machine

  it('is deterministic: the same config and requests give the same event stream', () => {
    fc.assert(
      fc.property(configArb, fc.array(requestArb, { minLength: 1, maxLength: 8 }), (cfg, reqs) => {
        const once = () => {
          const e = new Engine({ ...cfg, eventLevel: 'tokens' });
          e.addRequests(specsFor(cfg, reqs));
          const parts: string[] = [];
          e.run({ maxSteps: 20_000, onStep: (s) => parts.push(JSON.stringify(s.events)) });
          expect(e.isDone).toBe(true);
          return parts.join('\n');
        };
        expect(once()).toBe(once());
      }),
      { numRuns: 25, seed: 7 },
    );
  }, 60_000);
});

/** The cluster's fast paths agree with the engine and cost model they stand in for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockHasher, blockKey } from '../../../../src/sim/cluster/blockHashes.ts';
import { createStepCost, decodeAttentionFromStats } from '../../../../src/sim/cluster/stepCost.ts';
import { resolveDeployment } from '../../../../src/sim/cluster/deployment.ts';
import { Rng } from '../../../../src/sim/core/rng.ts';
import { decodeAttentionUs } from '../../../../src/sim/cost/model/attention.ts';
import { promptBlockHashes } from '../../../../src/sim/engine/tokens.ts';

describe('BlockHasher', () => {
  it('gives the engine’s block hashes (as keys), with or without the memo', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 0, max: 300 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(16, 64),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
        (segs, shared, bs, loraId) => {
          const prompt = segs.map(([seed, tokens]) => ({ seed, tokens }));
          const want = promptBlockHashes({ prompt, ...(loraId === undefined ? {} : { loraId }) }, bs, 128_256).map(blockKey);
          const h = new BlockHasher(bs);
          expect([...h.keys(prompt, shared, loraId)]).toEqual(want);
          expect([...h.keys(prompt, shared, loraId)]).toEqual(want); // memoised the second time
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('step cost stand-in', () => {
  const cost = createStepCost({ modelId: 'qwen2.5-32b', gpuId: 'h100-sxm-80gb', tp: 2 });
  it('matches the calibrated model within 0.5 % on random batches', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 120; i++) {
      const decodes = Array.from({ length: rng.int(0, 200) }, () => ({ contextTokens: rng.int(100, 12_000) }));
      const prefills = Array.from({ length: rng.int(decodes.length === 0 ? 1 : 0, 2) }, () => ({ newTokens: rng.int(1, 4000), cachedTokens: rng.int(0, 6000), emitsToken: rng.float() < 0.5 }));
      const want = cost.calibrated.stepTimeUs({ prefills, decodes });
      let sum = 0;
      let max = 0;
      for (const d of decodes) {
        sum += d.contextTokens;
        max = Math.max(max, d.contextTokens);
      }
      const got = cost.stepUs({ chunks: prefills, emittingChunks: prefills.filter((p) => p.emitsToken).length, decodes: decodes.length, decodeContextSum: sum, decodeContextMax: max });
      expect(Math.abs(got - want) / want).toBeLessThan(0.005);
    }
  });

  it('decode attention from aggregates equals the calibrated formula for equal contexts', () => {
    const d = cost.calibrated.deployment;
    for (const [n, ctx] of [
      [1, 500],
      [8, 4000],
      [64, 9000],
    ] as const) {
      const contexts = Array.from({ length: n }, () => ctx);
      const want = decodeAttentionUs(d.coeffs.decodeAttn, contexts, 4, 128);
      expect(decodeAttentionFromStats(d.coeffs.decodeAttn, n, n * ctx, ctx, 4, 128)).toBeCloseTo(want, 1);
    }
  });

  it('sizes the llm-d benchmark pod like llm-d reports (≈ 300k KV tokens per 2×H100 replica)', () => {
    const d = resolveDeployment();
    expect(d.kvCacheTokens).toBeGreaterThan(250_000);
    expect(d.kvCacheTokens).toBeLessThan(350_000);
    expect(d.kvBytesPerToken).toBe(262_144);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalibratedCostModel } from '../../../../src/sim/cost/calibratedCostModel.ts';
import { createStepPricer } from '../../../../src/sim/cost/stepPricer.ts';
import { stepBreakdown } from '../../../../src/sim/cost/stepTime.ts';

const shapeArb = fc.record({
  prefills: fc.array(fc.record({ newTokens: fc.integer({ min: 1, max: 4096 }), cachedTokens: fc.integer({ min: 0, max: 8192 }), emitsToken: fc.boolean() }), { maxLength: 4 }),
  decodes: fc.array(fc.record({ contextTokens: fc.integer({ min: 1, max: 16384 }) }), { maxLength: 300 }),
});

describe('step pricer (the simulator fast path)', () => {
  for (const opts of [{}, { modelId: 'llama-3.1-70b', gpuId: 'h200-141gb', tp: 4 }, { weightDtype: 'fp8' as const }]) {
    it(`matches stepBreakdown exactly, repeated shapes included (${JSON.stringify(opts)})`, () => {
      const d = createCalibratedCostModel(opts).deployment;
      const price = createStepPricer(d);
      fc.assert(
        fc.property(shapeArb, (shape) => {
          const want = stepBreakdown(d, shape).stepUs;
          expect(price(shape)).toBeCloseTo(want, 9);
          expect(price(shape)).toBeCloseTo(want, 9); // second call hits the caches
        }),
        { numRuns: 150 },
      );
    });
  }
});

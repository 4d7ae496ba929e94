import { describe, expect, it } from 'vitest';
import { findGpu } from '../../../../../src/sim/cost/catalog/gpus.ts';
import { findModel } from '../../../../../src/sim/cost/catalog/models.ts';
import { coefficientsFor } from '../../../../../src/sim/cost/coefficients.ts';
import { decodeShape } from '../../../../../src/sim/cost/parallelism/decodeShape.ts';
import { INFINIBAND_NDR, linkOf, PCIE_GEN5_X16 } from '../../../../../src/sim/cost/parallelism/links.ts';
import { stepSplit } from '../../../../../src/sim/cost/parallelism/stepSplit.ts';
import { stepBreakdown, type Deployment } from '../../../../../src/sim/cost/stepTime.ts';

const gpu = findGpu('h100-sxm-80gb');
const model = findModel('llama-3.1-8b');
if (!gpu || !model) throw new Error('catalog');
const dep = (tp: number, m = model): Deployment => ({ model: m, gpu, coeffs: coefficientsFor(gpu), tp, weightDtype: 'bf16', kvDtype: 'bf16' });
const nvlink = linkOf(gpu, 'gpu');
const prefill = (n: number) => ({ prefills: [{ newTokens: n, cachedTokens: 0, emitsToken: true }], decodes: [] });

describe('stepSplit', () => {
  it('over NVLink its parts add up to the calibrated step time, and its communication is stepBreakdown’s', () => {
    for (const tp of [1, 2, 4, 8]) {
      for (const shape of [decodeShape(32, 4096), prefill(2048)]) {
        const s = stepSplit(dep(tp), shape, nvlink);
        const b = stepBreakdown(dep(tp), shape);
        expect(s.stepUs).toBeCloseTo(b.stepUs, 6);
        expect(s.computeUs + s.memoryUs + s.commUs).toBeCloseTo(s.stepUs, 9);
        expect(s.commUs).toBeGreaterThanOrEqual(model.layers * b.commUs - 1e-9);
      }
    }
  });

  it('TP 1 has no communication; decode steps are memory-bound, long prefills mostly compute', () => {
    const d = stepSplit(dep(1), decodeShape(32, 4096), nvlink);
    expect(d.commUs).toBe(0);
    expect(d.computeUs).toBe(0);
    const p = stepSplit(dep(1), prefill(8192), nvlink);
    expect(p.computeUs / p.stepUs).toBeGreaterThan(0.7);
  });

  it('all-reduces: 2 per layer of tokens × hidden × 2 bytes', () => {
    const s = stepSplit(dep(4), decodeShape(32, 4096), nvlink);
    expect(s.allReduces).toBe(64);
    expect(s.allReduceBytes).toBe(32 * 4096 * 2);
  });

  it('a slower link changes only the communication part', () => {
    const a = stepSplit(dep(8), decodeShape(32, 4096), nvlink);
    for (const link of [PCIE_GEN5_X16, INFINIBAND_NDR]) {
      const b = stepSplit(dep(8), decodeShape(32, 4096), link);
      expect(b.computeUs).toBeCloseTo(a.computeUs, 9);
      expect(b.memoryUs).toBeCloseTo(a.memoryUs, 9);
      expect(b.commUs).toBeGreaterThan(2 * a.commUs);
    }
  });

  it('refuses FP8 weights (the split prices bf16 GEMMs)', () => {
    expect(() => stepSplit({ ...dep(2), weightDtype: 'fp8' }, decodeShape(1, 512), nvlink)).toThrow(/FP8/);
  });
});

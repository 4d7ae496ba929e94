import { describe, expect, it } from 'vitest';
import { DEFAULT_HARDWARE_SELECTION, hardwareEstimate } from '../../../../src/sim/cost/hardwareEstimate.ts';

describe('hardwareEstimate', () => {
  it('gives the plan, the decode step and tokens/s for the default selection', () => {
    const e = hardwareEstimate(DEFAULT_HARDWARE_SELECTION);
    expect(e.plan?.fits).toBe(true);
    expect(e.decode?.emittingSeqs).toBe(32);
    expect(e.decode!.tokensPerSecond).toBeCloseTo((32 / e.decode!.stepUs) * 1e6, 6);
    expect(e.notes.step.kind).toBe('fitted');
    expect(e.notes.comm.kind).toBe('estimated');
    expect(e.notes.kv.kind).toBe('computed');
  });

  it('marks spec-sheet GPUs as estimated', () => {
    expect(hardwareEstimate({ ...DEFAULT_HARDWARE_SELECTION, gpuId: 'mi300x-192gb' }).notes.step.kind).toBe('estimated');
  });

  it('returns no plan for an impossible TP degree and explains why', () => {
    const e = hardwareEstimate({ ...DEFAULT_HARDWARE_SELECTION, modelId: 'qwen2.5-32b', tp: 16 });
    expect(e.plan).toBeNull();
    expect(e.tpProblem).toMatch(/40 attention heads/);
  });

  it('more GPUs leave more room for KV: 70B on 8 × H100 fits several times the tokens of 4 × H100', () => {
    const at = (tp: number) => hardwareEstimate({ ...DEFAULT_HARDWARE_SELECTION, modelId: 'llama-3.1-70b', tp }).plan!.kvCacheTokens;
    expect(at(8) / at(4)).toBeGreaterThan(2);
  });
});

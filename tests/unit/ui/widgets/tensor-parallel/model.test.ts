import { describe, expect, it } from 'vitest';
import { planMemory } from '../../../../../src/sim/cost/memoryPlanner.ts';
import { findGpu } from '../../../../../src/sim/cost/catalog/gpus.ts';
import { findModel } from '../../../../../src/sim/cost/catalog/models.ts';
import { WIDGET_MODELS } from '../../../../../src/widget-models/registry.ts';
import { computeTensorParallel } from '../../../../../src/widget-models/tensor-parallel/compute.ts';
import { tensorParallelModel } from '../../../../../src/widget-models/tensor-parallel/model.ts';
import { DEFAULT_SETTINGS, type TensorParallelSettings } from '../../../../../src/widget-models/tensor-parallel/settings.ts';

const at = (o: Partial<TensorParallelSettings>) => computeTensorParallel({ ...DEFAULT_SETTINGS, ...o });

describe('tensor-parallel widget model', () => {
  it('is registered for the worker and computes in one advance, as plain data', () => {
    expect(WIDGET_MODELS['tensor-parallel']).toBe(tensorParallelModel);
    const job = tensorParallelModel.start(DEFAULT_SETTINGS);
    expect(job.advance(50)).toBe(true);
    expect(job.sim.error).toBeNull();
    expect(structuredClone(job.sim)).toEqual(job.sim);
  });

  it('memory comes from the planner at the chosen max-model-len; the gain is TP n’s blocks less TP 1’s', () => {
    const f = at({ tp: 4, context: 8192 });
    const model = findModel('llama-3.1-8b');
    const gpu = findGpu('h100-sxm-80gb');
    if (!model || !gpu || !f.memory) throw new Error('setup');
    const p4 = planMemory({ model, gpu, tp: 4, weightDtype: 'bf16', kvDtype: 'bf16', maxModelLen: 8192 });
    const p1 = planMemory({ model, gpu, tp: 1, weightDtype: 'bf16', kvDtype: 'bf16', maxModelLen: 8192 });
    expect(f.memory.plan.numGpuBlocks).toBe(p4.numGpuBlocks);
    expect(f.memory.blocksGained).toBe(p4.numGpuBlocks - p1.numGpuBlocks);
    expect(f.memory.plan.maxConcurrency).toBeCloseTo(p4.maxConcurrency, 9);
  });

  it('says why TP 1 does not fit a 70B model on an H100, and offers no gain', () => {
    const f = at({ model: 'llama-3.1-70b', tp: 4 });
    expect(f.memory?.blocksGained).toBeNull();
    expect(f.memory?.tp1Problem).toMatch(/do not fit/);
    expect(f.stepTp1Us).toBeNull();
  });

  it('an invalid degree: vLLM’s reason, the valid ones, and no figures', () => {
    const f = at({ tp: 3 });
    expect(f.problem).toMatch(/32 attention heads, not divisible by tp=3/);
    expect(f.validTp).toEqual([1, 2, 4, 8]);
    expect(f.split).toBeNull();
    expect(f.step).toBeNull();
    expect(f.compare).toBeNull();
  });

  it('all-reduce bytes follow the step’s tokens; each link’s step total is 2 × layers all-reduces', () => {
    const f = at({ batch: 16, prefill: 1024 });
    expect(f.tokens).toBe(1040);
    expect(f.allReduceBytes).toBe(1040 * 4096 * 2);
    for (const l of f.links) expect(l.perStepUs).toBeCloseTo(l.allReduceUs * 64, 9);
    const [nv, pcie, ib] = f.links;
    expect(nv && pcie && ib && nv.allReduceUs < pcie.allReduceUs && pcie.allReduceUs < ib.allReduceUs).toBe(true);
    expect(f.step?.commUs).toBeGreaterThan(0);
  });

  it('compares layouts only from 2 GPUs up, on as many GPUs as the TP degree', () => {
    expect(at({ tp: 1 }).compare).toBeNull();
    expect(at({ tp: 8 }).compare?.gpus).toBe(8);
  });

  it('unknown ids are errors, not crashes', () => {
    const job = tensorParallelModel.start({ ...DEFAULT_SETTINGS, model: 'nope' });
    job.advance(10);
    expect(job.sim.error).toMatch(/not in the catalog/);
  });
});

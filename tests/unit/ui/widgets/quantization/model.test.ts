import { describe, expect, it } from 'vitest';
import { DEFAULT_GPU_MEMORY_UTILIZATION, GIB, planMemory, findGpu, findModel } from '../../../../../src/sim/cost/index.ts';
import { chosenRow, computeQuantization, quantizationModel } from '../../../../../src/widget-models/quantization/model.ts';
import { fp8KvBlockRatio, weightGiB } from '../../../../../src/widget-models/quantization/quizFacts.ts';
import { DEFAULT_SETTINGS, SCHEME_IDS } from '../../../../../src/widget-models/quantization/settings.ts';
import { SCHEME_EVIDENCE } from '../../../../../src/widget-models/quantization/evidence.ts';
import { WIDGET_MODELS } from '../../../../../src/widget-models/registry.ts';

describe('quantization widget model', () => {
  it('is registered for the worker and finishes in one advance', () => {
    expect(WIDGET_MODELS.quantization).toBe(quantizationModel);
    const job = quantizationModel.start(DEFAULT_SETTINGS);
    expect(job.advance(10)).toBe(true);
    expect(job.sim.rows.map((r) => r.selection.scheme)).toEqual(SCHEME_IDS);
    expect(structuredClone(job.sim)).toEqual(job.sim);
  });

  it('computes memory as the planner does, with the pinned gpu_memory_utilization default', () => {
    const r = computeQuantization({ ...DEFAULT_SETTINGS, scheme: 'bf16' });
    const row = chosenRow(r, 'bf16')!;
    const plan = planMemory({ model: findModel('llama-3.1-8b')!, gpu: findGpu('h100-sxm-80gb')!, tp: 1, weightDtype: 'bf16', kvDtype: 'bf16', maxModelLen: DEFAULT_SETTINGS.maxModelLen });
    expect(row.memory!.numGpuBlocks).toBe(plan.numGpuBlocks);
    expect(row.memory!.requestedBytes).toBeCloseTo(findGpu('h100-sxm-80gb')!.usableGiB * GIB * DEFAULT_GPU_MEMORY_UTILIZATION, 0);
  });

  it('gives the chosen format with the other KV dtype too', () => {
    const r = computeQuantization({ ...DEFAULT_SETTINGS, kvCacheDtype: 'auto' });
    expect(r.otherKv?.selection.kvDtype).toBe('fp8');
    expect(r.otherKv?.selection.scheme).toBe(DEFAULT_SETTINGS.scheme);
    expect(fp8KvBlockRatio()).toBeGreaterThan(1.99);
    expect(fp8KvBlockRatio()).toBeLessThan(2.01);
  });

  it('orders weight memory bf16 > fp8 = int8 > nvfp4 > mxfp4 > awq', () => {
    const w = (s: (typeof SCHEME_IDS)[number]) => weightGiB(s, { model: 'llama-3.1-70b', tp: 4 });
    expect(w('bf16')).toBeGreaterThan(w('fp8'));
    expect(w('fp8')).toBeCloseTo(w('int8'), 6);
    expect(w('fp8')).toBeGreaterThan(w('nvfp4'));
    expect(w('nvfp4')).toBeGreaterThan(w('mxfp4'));
    expect(w('mxfp4')).toBeGreaterThan(w('int4-awq'));
  });

  it('cites a source for every format and never computes accuracy', () => {
    for (const id of SCHEME_IDS) {
      expect(SCHEME_EVIDENCE[id].source.url).toMatch(/^https:\/\//);
      expect(SCHEME_EVIDENCE[id].worthIt.length).toBeGreaterThan(30);
    }
  });

  it('reports an unknown model as an error instead of throwing', () => {
    const r = computeQuantization({ ...DEFAULT_SETTINGS, model: 'nope' as never });
    expect(r.error).toMatch(/not in the catalog/);
  });
});

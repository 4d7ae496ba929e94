import { describe, expect, it } from 'vitest';
import { chosenRow, computeQuantization } from '../../../../../src/widget-models/quantization/model.ts';
import { presetOf, QUANTIZATION_PRESETS } from '../../../../../src/widget-models/quantization/presets.ts';
import { B200, schemeStep, findModel, findGpu } from '../../../../../src/sim/cost/index.ts';

const run = (id: keyof typeof QUANTIZATION_PRESETS) => {
  const s = QUANTIZATION_PRESETS[id].state;
  const r = computeQuantization(s);
  return { s, r, row: (x: Parameters<typeof chosenRow>[1]) => chosenRow(r, x)! };
};

describe('quantization presets keep their promises', () => {
  it('every preset runs and the lookup names the known ids', () => {
    for (const p of Object.values(QUANTIZATION_PRESETS)) expect(computeQuantization(p.state).error).toBeNull();
    expect(() => presetOf('nope')).toThrow(/fp8-weights/);
    expect(Object.keys(QUANTIZATION_PRESETS).length).toBeGreaterThanOrEqual(5);
  });

  it('fp8-weights: a little over half the weights, faster decode and prefill, measured layers shown', () => {
    const { row } = run('fp8-weights');
    const fp8 = row('fp8');
    const bf = row('bf16');
    const w = fp8.memory!.weightBytes / bf.memory!.weightBytes;
    expect(w).toBeGreaterThan(0.5);
    expect(w).toBeLessThan(0.6);
    expect(fp8.decode!.stepUs).toBeLessThan(bf.decode!.stepUs * 0.8);
    expect(fp8.prefill!.stepUs).toBeLessThan(bf.prefill!.stepUs * 0.8);
    expect(fp8.decodeBatch).toBe(32);
    for (const r of [fp8, bf]) {
      expect(r.decode!.measured).not.toBeNull();
      expect(r.prefill!.measured).not.toBeNull();
      expect(r.decode!.provenance).toBe('fitted');
    }
  });

  it('fp8-kv: twice the blocks and the concurrent 32k requests; same step for the same batch', () => {
    const { s, r, row } = run('fp8-kv');
    const fp8 = row('bf16');
    const auto = r.otherKv!;
    expect(fp8.memory!.numGpuBlocks / auto.memory!.numGpuBlocks).toBeCloseTo(2, 3);
    expect(Math.floor(fp8.memory!.maxConcurrency)).toBeGreaterThanOrEqual(2 * Math.floor(auto.memory!.maxConcurrency));
    const sd = { model: findModel(s.model)!, gpu: findGpu(s.gpu)!, tp: s.tp, scheme: 'bf16' as const };
    const shape = { prefills: [], decodes: new Array(auto.decodeBatch).fill({ contextTokens: s.maxModelLen }) };
    expect(schemeStep({ ...sd, kvDtype: 'fp8' }, shape)!.stepUs).toBe(schemeStep({ ...sd, kvDtype: 'bf16' }, shape)!.stepUs);
    expect(fp8.decode!.tokensPerSecond).toBeGreaterThan(auto.decode!.tokensPerSecond);
    expect(fp8.decodeBatch).toBeGreaterThan(auto.decodeBatch);
  });

  it('70b-one-gpu: bf16 does not fit, FP8 holds only a couple of 8k requests, AWQ more than ten times as many', () => {
    const { row } = run('70b-one-gpu');
    expect(row('bf16').memory!.fits).toBe(false);
    const fp8 = row('fp8').memory!;
    const awq = row('int4-awq').memory!;
    expect(fp8.fits).toBe(true);
    expect(fp8.maxConcurrency).toBeGreaterThanOrEqual(1);
    expect(fp8.maxConcurrency).toBeLessThan(3);
    expect(awq.maxConcurrency).toBeGreaterThan(10 * fp8.maxConcurrency);
    expect(row('int4-awq').decode!.provenance).toBe('estimated');
  });

  it('nvfp4-blackwell: NVFP4 prefill beats FP8 and bf16; AWQ prefill is no faster than bf16; INT8 refused; all estimated', () => {
    const { s, row } = run('nvfp4-blackwell');
    expect(s.gpu).toBe(B200.id);
    const nv = row('nvfp4').prefill!.stepUs;
    expect(nv).toBeLessThan(row('fp8').prefill!.stepUs);
    expect(row('fp8').prefill!.stepUs).toBeLessThan(row('bf16').prefill!.stepUs);
    expect(row('int4-awq').prefill!.stepUs).toBeGreaterThanOrEqual(row('bf16').prefill!.stepUs * 0.98);
    expect(row('int8').problem).toMatch(/Blackwell/);
    expect(row('nvfp4').kernel?.mode).toBe('W4A4');
    for (const id of ['bf16', 'fp8', 'nvfp4', 'int4-awq'] as const) expect(row(id).prefill!.provenance).toBe('estimated');
  });
});

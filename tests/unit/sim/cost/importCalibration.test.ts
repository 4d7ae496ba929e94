import { describe, expect, it } from 'vitest';
import { MEASURED_CALIBRATIONS } from '../../../../src/sim/cost/calibration/index.ts';
import { importCalibration, validateCalibration } from '../../../../src/sim/cost/importCalibration.ts';
import { createCalibratedCostModel } from '../../../../src/sim/cost/calibratedCostModel.ts';

/** A small file like tools/profile-gpu writes for one model at tp1. */
function smallFile(): Record<string, unknown> {
  const h100 = MEASURED_CALIBRATIONS[0]!;
  const m = h100.models['llama-3.1-8b']!;
  return structuredClone({
    gpu: { id: 'my-gpu', name: 'My GPU', memory_gib: 24, sms: 128, measured: { copy_GBps_read_plus_write: [900], bf16_matmul_TFLOPs_8192cubed: [160] } },
    models: { 'llama-3.1-8b': { config: m.config, ops: { tp1: m.ops!['tp1'] } } },
  });
}

describe('validateCalibration', () => {
  it('accepts our own measured files', () => {
    for (const f of MEASURED_CALIBRATIONS) expect(validateCalibration(JSON.parse(JSON.stringify(f))).ok).toBe(true);
  });

  it('names the field of a bad timing', () => {
    const f = smallFile() as { models: Record<string, { ops: Record<string, { linear_us: Record<string, Record<string, unknown>> }> }> };
    f.models['llama-3.1-8b']!.ops['tp1']!.linear_us['qkv']!['16'] = -3;
    const r = validateCalibration(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('models.llama-3.1-8b.ops.tp1.linear_us.qkv.16: must be a positive number');
  });

  it('reports a missing GPU block and bad ids', () => {
    const r = validateCalibration({ models: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/^gpu: is missing/m);
    const bad = validateCalibration({ ...smallFile(), gpu: { id: 'My GPU!', name: 'x', memory_gib: 24 } });
    expect(!bad.ok && bad.errors.join('\n')).toMatch(/gpu\.id: must be a lowercase id/);
  });

  it('rejects a tensor-parallel key the model cannot use, and files with too few points', () => {
    const f = smallFile() as { models: Record<string, { ops: Record<string, unknown> }> };
    f.models['llama-3.1-8b']!.ops = { tp3: { linear_us: { qkv: { '1': 10 } } } };
    const r = validateCalibration(f);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.join('\n')).toMatch(/tp3: Llama|tp3: llama-3\.1-8b has 32 attention heads/);
      expect(r.errors.join('\n')).toMatch(/at least 8 GEMM timings/);
    }
  });

  it('rejects non-JSON-object input with a message', () => {
    const r = validateCalibration('nope');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toBeTypeOf('string');
  });
});

describe('importCalibration', () => {
  it('fits an imported GPU and prices steps with it', () => {
    const r = importCalibration(smallFile());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.gpu.id).toBe('my-gpu');
    expect(r.value.gpu.calibration).toBe('imported');
    expect(r.value.coefficients.provenance).toBe('fitted');
    const cm = createCalibratedCostModel({ gpu: r.value.gpu, coefficients: r.value.coefficients });
    const t = cm.stepTimeUs({ prefills: [], decodes: [{ contextTokens: 512 }] });
    expect(t).toBeGreaterThan(3000);
    expect(t).toBeLessThan(20000);
  }, 30_000);

  it('renames an import that would shadow a catalog GPU', () => {
    const f = { ...smallFile(), gpu: { id: 'h100-sxm-80gb', name: 'H100 again', memory_gib: 80 } };
    const r = importCalibration(f);
    expect(r.ok && r.value.gpu.id).toBe('h100-sxm-80gb-imported');
  }, 30_000);
});

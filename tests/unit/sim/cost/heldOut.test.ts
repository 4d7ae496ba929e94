import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracyRows, summarizeAccuracy } from '../../../../src/sim/cost/accuracy.ts';
import { findGpu } from '../../../../src/sim/cost/catalog/gpus.ts';
import { FITTED_COEFFICIENTS } from '../../../../src/sim/cost/fittedCoefficients.ts';
import { importCalibration, validateCalibration } from '../../../../src/sim/cost/importCalibration.ts';
import type { CalibrationFile } from '../../../../src/sim/cost/types.ts';

// Produced by `tools/profile-gpu/profile_gpu.py --quick` on a (different) H100 80GB HBM3 on
// 2026-11-27. They were never fitted on: shapes of models and TP degrees absent from the
// shipped tables. They also prove the script's output imports without a GPU in CI.
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const FIXTURES = ['profile-gpu-h100-llama-3.1-8b.json', 'profile-gpu-h100-qwen2.5-32b.json', 'profile-gpu-h100-llama-3.2-1b.json'];

describe('tools/profile-gpu output', () => {
  it.each(FIXTURES)('%s validates and imports', (name) => {
    expect(validateCalibration(fixture(name)).ok).toBe(true);
    const r = importCalibration(fixture(name));
    expect(r.ok && r.value.coefficients.provenance).toBe('fitted');
  }, 30_000);
});

describe('generalisation: the shipped H100 fit on held-out shapes', () => {
  const h100 = findGpu('h100-sxm-80gb')!;
  const coeffs = FITTED_COEFFICIENTS['h100-sxm-80gb']!;
  const gemm = (name: string) => summarizeAccuracy(accuracyRows(fixture(name) as CalibrationFile, h100, coeffs)).find((s) => s.table.endsWith('linear_us (bf16)'))!;

  it('Qwen2.5-32B shards at TP2 and TP4 (never measured in the shipped files): GEMM median < 5%', () => {
    const s = gemm('profile-gpu-h100-qwen2.5-32b.json');
    expect(s.count).toBe(80);
    expect(s.medianAbsPct).toBeLessThan(5);
    expect(s.maxAbsPct).toBeLessThan(20);
  });

  it('Llama-3.2-1B (hidden 2048, head_dim 64): GEMM median < 5%, prefill layers within 10%', () => {
    expect(gemm('profile-gpu-h100-llama-3.2-1b.json').medianAbsPct).toBeLessThan(5);
    const layers = summarizeAccuracy(accuracyRows(fixture('profile-gpu-h100-llama-3.2-1b.json') as CalibrationFile, h100, coeffs)).find((s) => s.table.endsWith('prefill_us_per_layer'))!;
    expect(layers.maxAbsPct).toBeLessThan(10);
  });
});

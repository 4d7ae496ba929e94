import { describe, expect, it } from 'vitest';
import { ACCURACY_TARGET, accuracyRows, summarizeAccuracy } from '../../../../src/sim/cost/accuracy.ts';
import { MEASURED_CALIBRATIONS } from '../../../../src/sim/cost/calibration/index.ts';
import { findGpu } from '../../../../src/sim/cost/catalog/gpus.ts';
import { FITTED_COEFFICIENTS } from '../../../../src/sim/cost/fittedCoefficients.ts';

describe('accuracy of the committed coefficients on the measured tables', () => {
  const rows = MEASURED_CALIBRATIONS.flatMap((f) => accuracyRows(f, findGpu(f.gpu.id)!, FITTED_COEFFICIENTS[f.gpu.id]!));

  it('covers every measured point of both files (7 tables each)', () => {
    const summaries = summarizeAccuracy(rows);
    expect(summaries).toHaveLength(14);
    expect(rows.length).toBe(2 * (600 + 30 + 56 + 160 + 9 + 4 + 5));
  });

  it.each(summarizeAccuracy(rows).map((s) => [s.table, s] as const))('%s: median ≤ 5%, max ≤ 15%', (_t, s) => {
    expect(s.medianAbsPct).toBeLessThanOrEqual(ACCURACY_TARGET.medianPct);
    expect(s.maxAbsPct).toBeLessThanOrEqual(ACCURACY_TARGET.maxPct);
  });

  it('beats a two-constant roofline by a wide margin on GEMMs (median under 5%)', () => {
    const gemm = rows.filter((r) => r.table.includes('linear_us'));
    const sorted = gemm.map((r) => Math.abs(r.errorPct)).sort((a, b) => a - b);
    expect(sorted[sorted.length >> 1]).toBeLessThan(5);
  });
});

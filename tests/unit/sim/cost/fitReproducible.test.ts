import { describe, expect, it } from 'vitest';
import { accuracyRows } from '../../../../src/sim/cost/accuracy.ts';
import { FP8_LAYER_TIMINGS, MEASURED_CALIBRATIONS } from '../../../../src/sim/cost/calibration/index.ts';
import { findGpu } from '../../../../src/sim/cost/catalog/gpus.ts';
import { fitGpu } from '../../../../src/sim/cost/fit/fitGpu.ts';
import { fp8LayerPoints } from '../../../../src/sim/cost/fit/fp8LayerPoints.ts';
import { FITTED_COEFFICIENTS } from '../../../../src/sim/cost/fittedCoefficients.ts';
import { fp8LayerRows } from '../../../../src/sim/cost/fp8LayerAccuracy.ts';

// The committed coefficients must be what the fit produces from the committed tables.
describe('fittedCoefficients.ts is reproducible from the calibration files', () => {
  it.each(MEASURED_CALIBRATIONS.map((f) => [f.gpu.id, f] as const))(
    '%s re-fits to the committed coefficients',
    (id, file) => {
      const gpu = findGpu(id)!;
      const fp8Layers = fp8LayerPoints(FP8_LAYER_TIMINGS[id]);
      const refit = fitGpu(file, gpu, undefined, fp8Layers);
      const committed = FITTED_COEFFICIENTS[id]!;
      const rel = (a: number, b: number) => Math.abs(a / b - 1);
      expect(rel(refit.gemmBf16.tflops, committed.gemmBf16.tflops)).toBeLessThan(1e-3);
      expect(rel(refit.gemmBf16.gbps, committed.gemmBf16.gbps)).toBeLessThan(1e-3);
      expect(rel(refit.decodeAttn.gbps, committed.decodeAttn.gbps)).toBeLessThan(1e-3);
      expect(rel(refit.layer.elementwiseGBps, committed.layer.elementwiseGBps)).toBeLessThan(1e-3);
      expect(rel(refit.layer.kernelUs!, committed.layer.kernelUs!)).toBeLessThan(1e-3);
      // Predictions agree on every measured point.
      const a = [...accuracyRows(file, gpu, refit), ...fp8LayerRows(gpu, refit, fp8Layers)];
      const b = [...accuracyRows(file, gpu, committed), ...fp8LayerRows(gpu, committed, fp8Layers)];
      const worst = Math.max(...a.map((r, i) => rel(r.predictedUs, b[i]!.predictedUs)));
      expect(worst).toBeLessThan(0.005);
    },
    60_000,
  );
});

/**
 * `npm run --silent calibrate:report [-- --refit | --write]`
 *
 * Prints predicted vs measured for every point of the calibration files (whole FP8 layers in
 * their own tables per step kind, fit and held-out points apart), then the median
 * and max absolute % error per table, and exits 1 if any table misses the target
 * (median ≤ 5%, max ≤ 15%). By default it checks the committed coefficients
 * (src/sim/cost/fittedCoefficients.ts); `--refit` fits afresh first; `--write` fits and
 * rewrites the committed coefficients (the reproducible fitting script).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ACCURACY_TARGET, accuracyRows, summarizeAccuracy, type TableSummary } from '../src/sim/cost/accuracy.ts';
import { FP8_LAYER_TIMINGS, MEASURED_CALIBRATIONS } from '../src/sim/cost/calibration/index.ts';
import { findGpu } from '../src/sim/cost/catalog/gpus.ts';
import { fitGpu } from '../src/sim/cost/fit/fitGpu.ts';
import { fp8LayerPoints } from '../src/sim/cost/fit/fp8LayerPoints.ts';
import { coefficientsModuleSource } from '../src/sim/cost/fit/serializeCoefficients.ts';
import { fp8LayerRows } from '../src/sim/cost/fp8LayerAccuracy.ts';
import type { GpuCoefficients } from '../src/sim/cost/types.ts';

const COEFFS_PATH = fileURLToPath(new URL('../src/sim/cost/fittedCoefficients.ts', import.meta.url));

async function loadCommitted(): Promise<Readonly<Record<string, GpuCoefficients>>> {
  const mod = (await import('../src/sim/cost/fittedCoefficients.ts')) as { FITTED_COEFFICIENTS: Readonly<Record<string, GpuCoefficients>> };
  return mod.FITTED_COEFFICIENTS;
}

const pct = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;

function summaryLine(s: TableSummary): string {
  return `SUMMARY ${s.table}: n=${s.count} median ${s.medianAbsPct.toFixed(2)}% max ${s.maxAbsPct.toFixed(2)}% ${s.withinTarget ? 'OK' : 'MISSED'}`;
}

async function main(args: readonly string[]): Promise<number> {
  const write = args.includes('--write');
  const refit = write || args.includes('--refit');
  const committed = refit ? {} : await loadCommitted();
  const fits: GpuCoefficients[] = [];
  const summaries: TableSummary[] = [];
  for (const file of MEASURED_CALIBRATIONS) {
    const gpu = findGpu(file.gpu.id);
    if (!gpu) throw new Error(`no catalog entry for ${file.gpu.id}`);
    const fp8Layers = fp8LayerPoints(FP8_LAYER_TIMINGS[gpu.id]);
    const coeffs = refit ? fitGpu(file, gpu, undefined, fp8Layers) : committed[gpu.id];
    if (!coeffs) throw new Error(`no fitted coefficients for ${gpu.id}; run with --write`);
    fits.push(coeffs);
    const rows = [...accuracyRows(file, gpu, coeffs), ...fp8LayerRows(gpu, coeffs, fp8Layers)];
    for (const r of rows) process.stdout.write(`${r.table} | ${r.point} | measured ${r.measuredUs.toFixed(2)} us | predicted ${r.predictedUs.toFixed(2)} us | ${pct(r.errorPct)}\n`);
    summaries.push(...summarizeAccuracy(rows));
  }
  process.stdout.write(`\nTarget per table: median <= ${ACCURACY_TARGET.medianPct}%, max <= ${ACCURACY_TARGET.maxPct}%\n`);
  for (const s of summaries) process.stdout.write(`${summaryLine(s)}\n`);
  if (write) {
    writeFileSync(COEFFS_PATH, coefficientsModuleSource(fits));
    process.stdout.write(`wrote ${COEFFS_PATH}\n`);
  }
  return summaries.every((s) => s.withinTarget) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`calibrate:report: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);

/**
 * Writes fitted coefficients as the TypeScript module `fittedCoefficients.ts`, so the app
 * bundle ships a few hundred numbers instead of the measurement tables.
 */
import type { GpuCoefficients } from '../types.ts';

/** Source text of `src/sim/cost/fittedCoefficients.ts` for the given fits. */
export function coefficientsModuleSource(fits: readonly GpuCoefficients[]): string {
  const body = fits.map((c) => `  ${JSON.stringify(c.gpuId)}: ${JSON.stringify(c, null, 2).replace(/\n/g, '\n  ')},`).join('\n');
  return [
    '/**',
    ' * Fitted coefficients of the measured GPUs. GENERATED — do not edit by hand.',
    ' * Regenerate with `npm run --silent calibrate:report -- --write` (fits src/sim/cost/calibration/*.json);',
    ' * tests/unit/sim/cost/fitReproducible.test.ts re-fits and compares.',
    ' */',
    "import type { GpuCoefficients } from './types.ts';",
    '',
    'export const FITTED_COEFFICIENTS: Readonly<Record<string, GpuCoefficients>> = {',
    body,
    '};',
    '',
  ].join('\n');
}

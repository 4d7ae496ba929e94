/**
 * The measured calibration files (copied from the shared measurement run). Only the
 * accuracy report, the fit script and tests import these; the app ships the fitted
 * coefficients (fittedCoefficients.ts) instead of the tables.
 */
import type { CalibrationFile } from '../types.ts';
import h100 from './h100-sxm-80gb.json' with { type: 'json' };
import h200 from './h200-141gb.json' with { type: 'json' };

/** H100 SXM 80GB and H200 141GB, in that order. */
export const MEASURED_CALIBRATIONS: readonly CalibrationFile[] = [h100, h200];

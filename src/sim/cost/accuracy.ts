/**
 * Predicted vs measured for every point of a calibration file, and per-table summaries
 * (median and max absolute % error) against the target. Used by `calibrate:report` and tests.
 */
import { predictDecodeAttn, predictPrefillAttn } from './fit/fitAttention.ts';
import { predictLayerPoint } from './fit/fitLayer.ts';
import { calibrationPoints, type GemmPoint } from './fit/points.ts';
import { gemmUs } from './model/gemm.ts';
import type { CalibrationFile, GemmCoefficients, GpuCoefficients, GpuSpec } from './types.ts';

/** Median ≤ 5% and max ≤ 15% absolute error, per table. */
export const ACCURACY_TARGET = { medianPct: 5, maxPct: 15 } as const;

export interface AccuracyRow {
  readonly table: string;
  readonly point: string;
  readonly measuredUs: number;
  readonly predictedUs: number;
  /** (predicted − measured) / measured × 100. */
  readonly errorPct: number;
}

export interface TableSummary {
  readonly table: string;
  readonly count: number;
  readonly medianAbsPct: number;
  readonly maxAbsPct: number;
  readonly withinTarget: boolean;
}

const row = (table: string, point: string, measuredUs: number, predictedUs: number): AccuracyRow => ({
  table,
  point,
  measuredUs,
  predictedUs,
  errorPct: ((predictedUs - measuredUs) / measuredUs) * 100,
});

function gemmRows(table: string, c: GemmCoefficients, pts: readonly GemmPoint[], elemBytes: number): AccuracyRow[] {
  return pts.map((p) =>
    row(table, `${p.model} tp${p.tp} ${p.role} M=${p.m}`, p.us, gemmUs(c, { role: p.role, m: p.m, n: p.n, k: p.k, weightElemBytes: elemBytes, actElemBytes: elemBytes })),
  );
}

/** Every measured point of `file` with the model's prediction. */
export function accuracyRows(file: CalibrationFile, gpu: GpuSpec, coeffs: GpuCoefficients): AccuracyRow[] {
  const pts = calibrationPoints(file);
  const id = file.gpu.id;
  const rows: AccuracyRow[] = [
    ...gemmRows(`${id} ops.linear_us (bf16)`, coeffs.gemmBf16, pts.gemmBf16, 2),
    ...gemmRows(`${id} fp8_ops.linear_us`, coeffs.gemmFp8, pts.gemmFp8, 1),
  ];
  for (const p of pts.prefillAttn) rows.push(row(`${id} ops.prefill_attn_us`, `${p.model} tp${p.tp} S=${p.s}`, p.us, predictPrefillAttn(coeffs.prefillAttn, p)));
  for (const p of pts.decodeAttn) rows.push(row(`${id} ops.decode_attn_us`, `${p.model} tp${p.tp} ${p.key}`, p.us, predictDecodeAttn(coeffs.decodeAttn, p)));
  for (const p of pts.layers) {
    const table = p.kind === 'lm_head' ? 'layers.lm_head_us' : p.kind === 'decode' ? 'layers.decode_us_per_layer' : 'layers.prefill_us_per_layer';
    rows.push(row(`${id} ${table}`, `${p.model} tp${p.tp} ${p.key}`, p.us, predictLayerPoint(gpu, coeffs, p)));
  }
  return rows;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Groups rows by table, in first-seen order. */
export function summarizeAccuracy(rows: readonly AccuracyRow[]): TableSummary[] {
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const g = groups.get(r.table) ?? [];
    g.push(Math.abs(r.errorPct));
    groups.set(r.table, g);
  }
  return [...groups].map(([table, errs]) => {
    const medianAbsPct = median(errs);
    const maxAbsPct = Math.max(...errs);
    return { table, count: errs.length, medianAbsPct, maxAbsPct, withinTarget: medianAbsPct <= ACCURACY_TARGET.medianPct && maxAbsPct <= ACCURACY_TARGET.maxPct };
  });
}

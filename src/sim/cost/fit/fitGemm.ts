/**
 * Fits GEMM coefficients (see model/gemm.ts) to measured GEMM timings, in log space so
 * every point weighs by its relative error. Three deterministic stages: the roofline
 * scalars, then the per-role efficiency curves (smoothed, shrunk towards 0), then a
 * penalty on points still off by more than `penaltyThreshold` to tighten the worst case.
 */
import { CURVE_KNOTS, gemmUs } from '../model/gemm.ts';
import { GEMM_ROLES, type GemmCoefficients, type GemmRole } from '../types.ts';
import { levenbergMarquardt } from './levenbergMarquardt.ts';
import type { GemmPoint } from './points.ts';

type Scalar = 't0Us' | 'tflops' | 'gbps' | 'p' | 'k0' | 'kcUs';
const SCALARS: readonly Scalar[] = ['t0Us', 'tflops', 'gbps', 'p', 'k0', 'kcUs'];

export interface GemmFitOptions {
  readonly init: GemmCoefficients;
  /** Scalars the fit may move (others stay at `init`). */
  readonly free: readonly Scalar[];
  readonly fitRoleOverheads: boolean;
  /** One curve per role, one shared by all roles, or none. */
  readonly curves: 'per-role' | 'shared' | 'none';
  readonly weightElemBytes: number;
  readonly actElemBytes: number;
  readonly penaltyThreshold?: number;
  readonly penaltyWeight?: number;
  readonly smoothness?: number;
  /** Shrinks curves towards 0, keeping the roofline scalars physical. */
  readonly ridge?: number;
}

const zeroCurves = (): Record<GemmRole, number[]> =>
  Object.fromEntries(GEMM_ROLES.map((r) => [r, new Array<number>(CURVE_KNOTS).fill(0)])) as Record<GemmRole, number[]>;

/** Packs/unpacks the free parameters of a fit. */
function codec(o: GemmFitOptions, withCurves: boolean) {
  const curveRows = !withCurves || o.curves === 'none' ? 0 : o.curves === 'shared' ? 1 : GEMM_ROLES.length;
  const pack = (c: GemmCoefficients): number[] => {
    const x = o.free.map((k) => Math.log(Math.max(c[k], 1e-6)));
    if (o.fitRoleOverheads) for (const r of GEMM_ROLES) x.push(Math.log(Math.max(c.roleOverheadUs[r], 1e-3)));
    for (let row = 0; row < curveRows; row++) x.push(...(c.curves[GEMM_ROLES[row] as GemmRole] as number[]));
    return x;
  };
  const unpack = (x: readonly number[], base: GemmCoefficients): GemmCoefficients => {
    let i = 0;
    const scalars: Partial<Record<Scalar, number>> = {};
    for (const k of o.free) scalars[k] = Math.exp(x[i++] as number);
    const roleOverheadUs = { ...base.roleOverheadUs };
    if (o.fitRoleOverheads) for (const r of GEMM_ROLES) roleOverheadUs[r] = Math.exp(x[i++] as number);
    const curves: Record<GemmRole, readonly number[]> = { ...base.curves };
    if (curveRows > 0) {
      const rows: number[][] = [];
      for (let row = 0; row < curveRows; row++) rows.push(x.slice(i + row * CURVE_KNOTS, i + (row + 1) * CURVE_KNOTS) as number[]);
      GEMM_ROLES.forEach((r, j) => (curves[r] = rows[curveRows === 1 ? 0 : j] as number[]));
    }
    return { ...base, ...scalars, roleOverheadUs, curves };
  };
  return { pack, unpack, curveRows };
}

/** Log error of each point under coefficients `c`. */
export function gemmLogErrors(c: GemmCoefficients, points: readonly GemmPoint[], wb: number, ab: number): number[] {
  return points.map((p) => Math.log(gemmUs(c, { role: p.role, m: p.m, n: p.n, k: p.k, weightElemBytes: wb, actElemBytes: ab }) / p.us));
}

function runStage(points: readonly GemmPoint[], o: GemmFitOptions, start: GemmCoefficients, withCurves: boolean, penalty: boolean): GemmCoefficients {
  const { pack, unpack, curveRows } = codec(o, withCurves);
  const n = points.length;
  const thr = o.penaltyThreshold ?? 0.12;
  const lam = o.penaltyWeight ?? 300;
  const smooth = o.smoothness ?? 0.01;
  const ridge = o.ridge ?? 0.003;
  const residuals = (x: readonly number[]): number[] => {
    const c = unpack(x, start);
    const errs = gemmLogErrors(c, points, o.weightElemBytes, o.actElemBytes);
    const out = errs.map((e) => e / Math.sqrt(n));
    if (penalty) for (const e of errs) out.push(Math.sqrt(lam / n) * Math.max(Math.abs(e) - thr, 0));
    for (let row = 0; row < curveRows; row++) {
      const cv = c.curves[GEMM_ROLES[row] as GemmRole];
      for (let i = 1; i + 1 < cv.length; i++) out.push(Math.sqrt(smooth) * ((cv[i - 1] as number) - 2 * (cv[i] as number) + (cv[i + 1] as number)));
      for (const v of cv) out.push(Math.sqrt(ridge) * v);
    }
    return out;
  };
  const r = levenbergMarquardt(residuals, pack(start), { maxIterations: withCurves ? 60 : 150 });
  return unpack(r.x, start);
}

/**
 * Fits GEMM coefficients to measured points.
 * @returns coefficients whose curves are rounded to 4 decimals (what gets committed)
 */
export function fitGemm(points: readonly GemmPoint[], o: GemmFitOptions): GemmCoefficients {
  const start: GemmCoefficients = { ...o.init, curves: zeroCurves() };
  if (points.length === 0) return start;
  let c = runStage(points, o, start, false, false);
  if (o.curves !== 'none') c = runStage(points, o, c, true, false);
  c = runStage(points, o, c, o.curves !== 'none', true);
  return roundGemm(c);
}

// Values that collapsed towards 0 in log space are stored as 0 (they read better and change nothing).
const round = (x: number, digits: number): number => (Math.abs(x) < 1e-4 ? 0 : Number(x.toPrecision(digits)));

/** Rounds coefficients to what the committed file stores (so refits compare exactly). */
export function roundGemm(c: GemmCoefficients): GemmCoefficients {
  return {
    ...c,
    ...Object.fromEntries(SCALARS.map((k) => [k, round(c[k], 6)])),
    roleOverheadUs: Object.fromEntries(GEMM_ROLES.map((r) => [r, round(c.roleOverheadUs[r], 4)])) as Record<GemmRole, number>,
    curves: Object.fromEntries(GEMM_ROLES.map((r) => [r, c.curves[r].map((v) => Math.round(v * 1e4) / 1e4)])) as Record<GemmRole, number[]>,
  };
}

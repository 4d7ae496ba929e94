/**
 * GEMM time: a roofline with a smooth corner, plus fitted efficiency curves.
 *
 *   t_compute = 2·M·N·K / P · (1 + k0/K)
 *   t_memory  = (weight bytes + activation bytes) / BW + kc·K/1000 + t0 + δ_role
 *   t         = (t_compute^p + t_memory^p)^(1/p) · exp(curve_role(log2 M))
 *
 * P and BW are the sustained rates, k0 penalises short reductions, kc is the serial walk
 * over K of each output tile, t0 + δ_role the fixed latency of a small (memory-bound)
 * GEMM, and the per-role curve the efficiency left over as a function of batch tokens.
 */
import type { GemmCoefficients, GemmRole } from '../types.ts';

/** The work of one GEMM (or one grouped GEMM, for MoE experts). */
export interface GemmWork {
  readonly role: GemmRole;
  /** Token rows. */
  readonly m: number;
  /** Output columns (per GPU). */
  readonly n: number;
  /** Reduction length (per GPU). */
  readonly k: number;
  /** Bytes of weights streamed (default n·k·weightElemBytes). */
  readonly weightBytes?: number;
  /** Bytes per weight element (2 bf16, 1 fp8/int8, ~0.52 int4). */
  readonly weightElemBytes: number;
  /** Bytes per input-activation element (2 bf16, 1 fp8). */
  readonly actElemBytes: number;
  /** FLOPs (default 2·m·n·k). */
  readonly flops?: number;
}

/** Number of knots of the efficiency curves: log2(tokens) = 0 … 14. */
export const CURVE_KNOTS = 15;

/** Linear interpolation of a per-role curve at log2(m), clamped to the knot range. */
export function curveAt(curve: readonly number[], m: number): number {
  const x = Math.min(Math.max(Math.log2(Math.max(m, 1)), 0), curve.length - 1);
  const i = Math.min(Math.floor(x), curve.length - 2);
  const f = x - i;
  return (curve[i] as number) * (1 - f) + (curve[i + 1] as number) * f;
}

/** Compute and memory terms before the smooth max (exposed for the UI's "bound by" label). */
export function gemmTerms(c: GemmCoefficients, w: GemmWork): { computeUs: number; memoryUs: number } {
  const m = Math.max(w.m, c.minTokens);
  const flops = w.flops ?? 2 * m * w.n * w.k;
  const weightBytes = w.weightBytes ?? w.n * w.k * w.weightElemBytes;
  const actBytes = w.actElemBytes * m * w.k + 2 * m * w.n;
  const computeUs = (flops / (c.tflops * 1e6)) * (1 + c.k0 / w.k);
  const memoryUs = (weightBytes + actBytes) / (c.gbps * 1e3) + (c.kcUs * w.k) / 1000 + c.t0Us + c.roleOverheadUs[w.role];
  return { computeUs, memoryUs };
}

/**
 * Predicted time of one GEMM on one GPU, µs.
 * @example gemmUs(coeffs, { role: 'qkv', m: 1, n: 6144, k: 4096, weightElemBytes: 2, actElemBytes: 2 })
 */
export function gemmUs(c: GemmCoefficients, w: GemmWork): number {
  if (w.m <= 0) return 0;
  const { computeUs, memoryUs } = gemmTerms(c, w);
  const base = (computeUs ** c.p + memoryUs ** c.p) ** (1 / c.p);
  return base * Math.exp(curveAt(c.curves[w.role], Math.max(w.m, c.minTokens)));
}

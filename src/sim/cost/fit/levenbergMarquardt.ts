/**
 * A small, deterministic Levenberg–Marquardt least-squares solver with a forward-difference
 * Jacobian and Marquardt (diagonal) damping. Enough for the cost model's fits: tens of
 * parameters, a few thousand residuals, well under a second.
 */

export interface LmResult {
  readonly x: number[];
  /** Sum of squared residuals at `x`. */
  readonly cost: number;
  readonly iterations: number;
}

export interface LmOptions {
  readonly maxIterations?: number;
  /** Stop when the relative cost decrease of an accepted step is below this. */
  readonly tolerance?: number;
}

const sumSq = (r: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < r.length; i++) s += (r[i] as number) ** 2;
  return s;
};

/** Solves A x = b for symmetric positive definite A (row-major n×n) by Cholesky; null if not SPD. */
export function choleskySolve(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * n + k] as number) * (l[j * n + k] as number);
      if (i === j) {
        if (!(s > 0)) return null;
        l[i * n + i] = Math.sqrt(s);
      } else {
        l[i * n + j] = s / (l[j * n + j] as number);
      }
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * n + k] as number) * (y[k] as number);
    y[i] = s / (l[i * n + i] as number);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < n; k++) s -= (l[k * n + i] as number) * (x[k] as number);
    x[i] = s / (l[i * n + i] as number);
  }
  return x;
}

/**
 * Minimises Σ r(x)² from `x0`.
 * @param residuals maps a parameter vector to residuals (same length on every call)
 */
export function levenbergMarquardt(residuals: (x: readonly number[]) => ArrayLike<number>, x0: readonly number[], options: LmOptions = {}): LmResult {
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-10;
  const p = x0.length;
  let x = [...x0];
  let r = residuals(x);
  let cost = sumSq(r);
  let lambda = 1e-3;
  let it = 0;
  for (; it < maxIterations; it++) {
    const n = r.length;
    // Forward-difference Jacobian, column by column.
    const jac: Float64Array[] = [];
    for (let j = 0; j < p; j++) {
      const h = 1e-6 * Math.max(1, Math.abs(x[j] as number));
      const xj = [...x];
      xj[j] = (xj[j] as number) + h;
      const rj = residuals(xj);
      const col = new Float64Array(n);
      for (let i = 0; i < n; i++) col[i] = ((rj[i] as number) - (r[i] as number)) / h;
      jac.push(col);
    }
    // Many columns are sparse (a curve knot touches few points), so dot products walk non-zeros only.
    const nz: Int32Array[] = jac.map((col) => {
      const idx: number[] = [];
      for (let i = 0; i < n; i++) if (col[i] !== 0) idx.push(i);
      return Int32Array.from(idx);
    });
    const jtj = new Float64Array(p * p);
    const jtr = new Float64Array(p);
    for (let a = 0; a < p; a++) {
      const ca = jac[a] as Float64Array;
      const ia = nz[a] as Int32Array;
      let g = 0;
      for (let t = 0; t < ia.length; t++) {
        const i = ia[t] as number;
        g += (ca[i] as number) * (r[i] as number);
      }
      jtr[a] = -g;
      for (let b = 0; b <= a; b++) {
        const cb = jac[b] as Float64Array;
        const ib = nz[b] as Int32Array;
        const [short, dense] = ia.length <= ib.length ? [ia, cb] : [ib, ca];
        const other = short === ia ? ca : cb;
        let s = 0;
        for (let t = 0; t < short.length; t++) {
          const i = short[t] as number;
          s += (other[i] as number) * (dense[i] as number);
        }
        jtj[a * p + b] = s;
        jtj[b * p + a] = s;
      }
    }
    let improved = false;
    for (let tries = 0; tries < 12; tries++) {
      const damped = new Float64Array(jtj);
      for (let a = 0; a < p; a++) damped[a * p + a] = (jtj[a * p + a] as number) * (1 + lambda) + 1e-12;
      const step = choleskySolve(damped, jtr, p);
      if (step) {
        const xn = x.map((v, j) => v + (step[j] as number));
        const rn = residuals(xn);
        const cn = sumSq(rn);
        if (Number.isFinite(cn) && cn < cost) {
          const rel = (cost - cn) / Math.max(cost, 1e-300);
          x = xn;
          r = rn;
          cost = cn;
          lambda = Math.max(lambda / 3, 1e-9);
          improved = true;
          if (rel < tolerance) return { x, cost, iterations: it + 1 };
          break;
        }
      }
      lambda *= 4;
    }
    if (!improved) break;
  }
  return { x, cost, iterations: it };
}

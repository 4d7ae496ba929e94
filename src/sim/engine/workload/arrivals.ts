/**
 * Arrival processes, as `vllm bench serve` generates them: Poisson at `rate` requests/s, or a
 * gamma process whose shape is the `burstiness` factor (< 1 burstier, 1 = Poisson, > 1 more
 * regular) with scale 1 / (rate × burstiness), so the mean rate stays `rate`.
 */
import type { Rng } from '../../core/rng.ts';

export type ArrivalProcess =
  | { readonly process: 'poisson'; readonly rate: number }
  | { readonly process: 'gamma'; readonly rate: number; readonly burstiness: number }
  /** Every request at `atS` (an offline batch, `--request-rate inf`). */
  | { readonly process: 'burst'; readonly atS?: number }
  /** Evenly spaced at `rate` per second. */
  | { readonly process: 'constant'; readonly rate: number };

/**
 * Arrival times in seconds for `n` requests.
 * @example arrivalTimesS({ process: 'poisson', rate: 10 }, 100, new Rng(1))
 */
export function arrivalTimesS(p: ArrivalProcess, n: number, rng: Rng): number[] {
  const out: number[] = new Array<number>(n);
  let t = 0;
  for (let i = 0; i < n; i++) {
    switch (p.process) {
      case 'burst':
        t = p.atS ?? 0;
        break;
      case 'constant':
        t = i / p.rate;
        break;
      case 'poisson':
        if (i > 0) t += rng.exponential(p.rate);
        break;
      case 'gamma':
        if (i > 0) t += rng.gamma(p.burstiness, 1 / (p.rate * p.burstiness));
        break;
    }
    out[i] = t;
  }
  return out;
}

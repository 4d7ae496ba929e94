/**
 * Seeded request arrivals for the autoscaling model: a rate curve per traffic shape and a
 * non-homogeneous Poisson process drawn from it by thinning (Lewis & Shedler), so the same
 * seed gives the same requests whatever policy serves them.
 */
import { Rng } from '../core/rng.ts';
import type { ArrivalRequest, TrafficConfig } from './types.ts';

/** Requests per second at time `tS` for the shape. */
export function trafficRate(c: TrafficConfig, tS: number): number {
  switch (c.shape) {
    case 'steady':
      return c.rps;
    case 'diurnal': {
      // One compressed "day": trough at t = 0, peak half a period later.
      const phase = (2 * Math.PI * tS) / c.periodS;
      return c.minRps + ((c.rps - c.minRps) * (1 - Math.cos(phase))) / 2;
    }
    case 'spike':
      return tS >= c.spikeAtS && tS < c.spikeAtS + c.spikeDurationS ? c.spikeRps : c.rps;
    case 'on-off':
      return tS % (c.onS + c.offS) < c.onS ? c.rps : 0;
    case 'from-zero':
      return tS >= c.startAtS ? c.rps : 0;
  }
}

/** The largest rate of the shape (the thinning envelope). */
function peakRate(c: TrafficConfig): number {
  return c.shape === 'spike' ? Math.max(c.rps, c.spikeRps) : c.rps;
}

/**
 * Arrivals in [0, durationS), in time order, each with prompt and output lengths drawn
 * uniformly within ±50 % of the means (a simple spread; not a measured distribution).
 */
export function generateArrivals(c: TrafficConfig, durationS: number, seed: number): ArrivalRequest[] {
  const root = new Rng(seed);
  const times = root.derive(1);
  const lengths = root.derive(2);
  const lambda = peakRate(c);
  const out: ArrivalRequest[] = [];
  if (!(lambda > 0)) return out;
  for (let t = times.exponential(lambda); t < durationS; t += times.exponential(lambda)) {
    if (times.float() * lambda >= trafficRate(c, t)) continue;
    const spread = (mean: number): number => Math.max(1, Math.round(mean * (0.5 + lengths.float())));
    out.push({ id: out.length, arrivalS: t, promptTokens: spread(c.promptTokens), outputTokens: spread(c.outputTokens) });
  }
  return out;
}

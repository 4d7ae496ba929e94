/**
 * The run's requests: Poisson arrivals for `ARRIVAL_WINDOW_S` seconds from the engine's own
 * seeded generator, each request then given an adapter by its own seeded draw (uniform or
 * Zipf), so changing the skew or the adapter count leaves arrivals and lengths unchanged.
 */
import { Rng } from '../../sim/core/rng.ts';
import type { RequestSpec } from '../../sim/engine/types.ts';
import { generateWorkload } from '../../sim/engine/workload/generate.ts';
import { adapterName, ARRIVAL_WINDOW_S, OUTPUT_RANGE, PROMPT_RANGE, SKEW_EXPONENT, type LoraSettings } from './settings.ts';

/** Share of the traffic each adapter gets: weight 1/(k+1)^s, normalised. */
export function adapterShares(n: number, exponent: number): number[] {
  const w = Array.from({ length: n }, (_, k) => 1 / Math.pow(k + 1, exponent));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
}

export interface LoraWorkload {
  /** With `lora` set: the LoRA run's requests. */
  readonly specs: readonly RequestSpec[];
  /** Adapter index of each spec, in the same order. */
  readonly adapterOf: readonly number[];
}

/** Builds the requests of a run. */
export function buildWorkload(s: LoraSettings): LoraWorkload {
  const numRequests = Math.max(1, Math.round(s.rate * ARRIVAL_WINDOW_S));
  const base = generateWorkload(
    {
      numRequests,
      arrival: { process: 'poisson', rate: s.rate },
      promptTokens: { dist: 'uniform', min: PROMPT_RANGE[0], max: PROMPT_RANGE[1] },
      outputTokens: { dist: 'uniform', min: OUTPUT_RANGE[0], max: OUTPUT_RANGE[1] },
    },
    s.seed,
    8192,
  );
  const shares = adapterShares(s.adapters, SKEW_EXPONENT[s.skew]);
  const rng = new Rng((s.seed * 7919 + 17) >>> 0);
  const adapterOf: number[] = [];
  const specs = base.map((spec) => {
    let u = rng.float();
    let k = 0;
    while (k < shares.length - 1 && u >= (shares[k] as number)) u -= shares[k++] as number;
    adapterOf.push(k);
    return { ...spec, lora: adapterName(k) };
  });
  return { specs, adapterOf };
}

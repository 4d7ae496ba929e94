/**
 * Length distributions for prompts and outputs.
 *
 * "sharegpt" is a ShareGPT-like log-normal: the vLLM paper (Fig. 11) gives ShareGPT means of
 * ≈ 161 input and ≈ 338 output tokens; lengths are heavy-tailed. We draw log-normals (σ = 1.0
 * input, 0.9 output, our assumption for the tail) and apply `vllm bench`'s ShareGPT filter
 * (drop prompt or output < 4, prompt > 1024, prompt + output > 2048) by resampling; μ is set
 * so the means *after* that filter are ≈ 161 and ≈ 338.
 */
import type { Rng } from '../../core/rng.ts';

export type LengthDist =
  | { readonly dist: 'fixed'; readonly value: number }
  | { readonly dist: 'uniform'; readonly min: number; readonly max: number }
  | { readonly dist: 'lognormal'; readonly mean: number; readonly sigma: number; readonly min?: number; readonly max?: number }
  | { readonly dist: 'sharegpt' };

/** ShareGPT-like parameters (see the file comment). */
export const SHAREGPT = {
  prompt: { mu: 4.69, sigma: 1.0 },
  output: { mu: 5.495, sigma: 0.9 },
  minLen: 4,
  maxPrompt: 1024,
  maxTotal: 2048,
} as const;

/** Draws one length ≥ 1 from a non-ShareGPT distribution. */
export function sampleLength(d: LengthDist, rng: Rng): number {
  switch (d.dist) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return rng.int(d.min, d.max);
    case 'lognormal': {
      const mu = Math.log(d.mean) - (d.sigma * d.sigma) / 2;
      const lo = d.min ?? 1;
      const hi = d.max ?? Infinity;
      for (;;) {
        const v = Math.round(rng.lognormal(mu, d.sigma));
        if (v >= lo && v <= hi) return v;
      }
    }
    case 'sharegpt':
      return sampleShareGpt(rng).prompt;
  }
}

/** One ShareGPT-like (prompt, output) pair, filtered as `vllm bench` filters ShareGPT. */
export function sampleShareGpt(rng: Rng, maxTotal: number = SHAREGPT.maxTotal): { prompt: number; output: number } {
  for (;;) {
    const prompt = Math.round(rng.lognormal(SHAREGPT.prompt.mu, SHAREGPT.prompt.sigma));
    const output = Math.round(rng.lognormal(SHAREGPT.output.mu, SHAREGPT.output.sigma));
    if (prompt < SHAREGPT.minLen || output < SHAREGPT.minLen) continue;
    if (prompt > SHAREGPT.maxPrompt || prompt + output > Math.min(maxTotal, SHAREGPT.maxTotal)) continue;
    return { prompt, output };
  }
}

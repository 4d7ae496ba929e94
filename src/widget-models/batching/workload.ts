/**
 * Turns the scenario into the engine's request specs with the engine's own seeded generator
 * (`generateWorkload`): gamma or Poisson arrivals as `vllm bench serve` draws them, and the
 * chosen length distributions. Both runs (continuous and static) get exactly these requests.
 */
import type { RequestSpec } from '../../sim/engine/types.ts';
import type { ArrivalProcess } from '../../sim/engine/workload/arrivals.ts';
import { generateWorkload } from '../../sim/engine/workload/generate.ts';
import type { LengthDist } from '../../sim/engine/workload/lengths.ts';
import type { BatchSettings, LengthKind } from './settings.ts';

/** One request as the widget shows it. */
export interface ReqInfo {
  /** Engine request id ("r0"). */
  readonly id: string;
  /** Label for people ("R0"). */
  readonly label: string;
  /** Dense index: row in the timeline. */
  readonly index: number;
  readonly arrivalUs: number;
  readonly promptTokens: number;
  /** Tokens it generates before EOS (= max_tokens here, as `vllm bench` sets it). */
  readonly outputTokens: number;
  /** Priority under the priority policy (lower is served first). */
  readonly priority: number;
}

export interface Workload {
  readonly specs: readonly RequestSpec[];
  readonly reqs: readonly ReqInfo[];
  readonly byId: ReadonlyMap<string, ReqInfo>;
}

/** Priorities every request draws from (used only by the priority policy). */
export const PRIORITIES: readonly number[] = [0, 1, 2];

/** The engine's length distribution for a kind and a mean. */
export function lengthDist(kind: LengthKind, mean: number, cap: number): LengthDist {
  const m = Math.max(1, Math.min(mean, cap));
  switch (kind) {
    case 'fixed':
      return { dist: 'fixed', value: m };
    case 'uniform':
      return { dist: 'uniform', min: Math.max(1, Math.round(m / 2)), max: Math.max(1, Math.round(m * 1.5)) };
    case 'lognormal':
      return { dist: 'lognormal', mean: m, sigma: 1, min: 1, max: cap };
    case 'sharegpt':
      return { dist: 'sharegpt' };
  }
}

/** The arrival process for a rate and a burstiness. */
export function arrivalProcess(rate: number, burst: number): ArrivalProcess {
  if (rate <= 0) return { process: 'burst', atS: 0 };
  return burst === 1 ? { process: 'poisson', rate } : { process: 'gamma', rate, burstiness: burst };
}

/** Builds the workload of a scenario (deterministic in the settings). */
export function buildWorkload(s: BatchSettings): Workload {
  const specs = generateWorkload(
    {
      numRequests: s.numPrompts,
      arrival: arrivalProcess(s.rate, s.burstiness),
      promptTokens: lengthDist(s.promptLengthKind, s.promptLength, s.maxModelLen - 1),
      outputTokens: lengthDist(s.outputLengthKind, s.outputLength, s.maxModelLen - 1),
      priorities: PRIORITIES,
    },
    s.seed >>> 0,
    s.maxModelLen,
  );
  const reqs = specs.map((spec, index): ReqInfo => ({
    id: spec.id,
    label: spec.id.toUpperCase(),
    index,
    arrivalUs: spec.arrivalUs,
    promptTokens: spec.prompt.reduce((a, p) => a + p.tokens, 0),
    outputTokens: spec.outputTokens,
    priority: spec.priority ?? 0,
  }));
  return { specs, reqs, byId: new Map(reqs.map((r) => [r.id, r])) };
}

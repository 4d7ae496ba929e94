/**
 * Pickers (llm-d-router v0.10 `plugins/scheduling/picker/*`).
 */
import type { Rng } from '../core/rng.ts';
import type { PickerDefinition } from './plugins.ts';

/** `DefaultMaxNumOfEndpoints`: a picker returns one endpoint unless configured otherwise. */
export const DEFAULT_MAX_NUM_OF_ENDPOINTS = 1;

/** Candidate indices 0…n−1 in a uniformly random order (Fisher–Yates, from the run's RNG). */
function shuffled(n: number, rng: Rng): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.float() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}

/**
 * `max-score-picker` with `maxNumOfEndpoints` = k, as llm-d-router's `Pick`: shuffle the
 * candidates, stable-sort them by total (highest first), keep the first k. Equal totals come
 * out in random order; k ≤ 0 falls back to 1, k > n returns all n.
 * @returns candidate indices, best first
 * @example maxScoreTopK([20, 25, 30], 3, 2, rng) // [2, 1]
 */
export function maxScoreTopK(totals: ArrayLike<number>, n: number, k: number, rng: Rng): number[] {
  const keep = k > 0 ? k : DEFAULT_MAX_NUM_OF_ENDPOINTS;
  // Array.prototype.sort is stable, as Go's slices.SortStableFunc.
  return shuffled(n, rng)
    .sort((a, b) => (totals[b] as number) - (totals[a] as number))
    .slice(0, keep);
}

/** `random-picker` with `maxNumOfEndpoints` = k: k distinct candidates in random order. */
export function randomTopK(n: number, k: number, rng: Rng): number[] {
  return shuffled(n, rng).slice(0, k > 0 ? k : DEFAULT_MAX_NUM_OF_ENDPOINTS);
}

/**
 * `max-score-picker`: shuffle, then stable-sort by total, take the first — i.e. the highest
 * total, ties broken uniformly at random (here: from the run's seeded RNG). The single pick the
 * router uses draws once instead of shuffling all candidates; the distribution is the same.
 */
export const maxScorePicker: PickerDefinition = {
  type: 'max-score-picker',
  label: 'Max score',
  pick(totals, n, rng) {
    let best = -Infinity;
    let ties = 0;
    for (let i = 0; i < n; i++) {
      const t = totals[i] as number;
      if (t > best) {
        best = t;
        ties = 1;
      } else if (t === best) ties++;
    }
    if (ties === 1) {
      for (let i = 0; i < n; i++) if (totals[i] === best) return { index: i, tie: false };
    }
    let k = Math.floor(rng.float() * ties);
    for (let i = 0; i < n; i++) {
      if (totals[i] !== best) continue;
      if (k-- === 0) return { index: i, tie: true };
    }
    return { index: 0, tie: true };
  },
  pickMany: maxScoreTopK,
};

/** `random-picker`: uniform over the candidates, ignoring scores. */
export const randomPicker: PickerDefinition = {
  type: 'random-picker',
  label: 'Random',
  pick: (_totals, n, rng) => ({ index: Math.floor(rng.float() * n), tie: false }),
  pickMany: (_totals, n, k, rng) => randomTopK(n, k, rng),
};

/**
 * Pickers (llm-d-router v0.10 `plugins/scheduling/picker/*`).
 */
import type { PickerDefinition } from './plugins.ts';

/**
 * `max-score-picker`: shuffle, then stable-sort by total, take the first — i.e. the highest
 * total, ties broken uniformly at random (here: from the run's seeded RNG).
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
};

/** `random-picker`: uniform over the candidates, ignoring scores. */
export const randomPicker: PickerDefinition = {
  type: 'random-picker',
  label: 'Random',
  pick: (_totals, n, rng) => ({ index: Math.floor(rng.float() * n), tie: false }),
};

/** The "due today" queue and practice selection. */
import { endOfDay } from './days.ts';
import { createRng, shuffle } from './rng.ts';
import type { StoredCard } from './srs.ts';

/** Card ids due by the end of today, most overdue first. */
export function dueToday(cards: Readonly<Record<string, StoredCard>>, now: number): string[] {
  const limit = endOfDay(now);
  return Object.entries(cards)
    .filter(([, c]) => c.due <= limit)
    .sort(([a, x], [b, y]) => x.due - y.due || a.localeCompare(b))
    .map(([id]) => id);
}

/** When the next card falls due after today, or null when none is scheduled. */
export function nextDue(cards: Readonly<Record<string, StoredCard>>, now: number): number | null {
  const limit = endOfDay(now);
  let best: number | null = null;
  for (const c of Object.values(cards)) if (c.due > limit && (best === null || c.due < best)) best = c.due;
  return best;
}

/**
 * A practice set: due ids first, then never-studied ids (shuffled with `seed`), up to `size`.
 */
export function practiceSet(due: readonly string[], unseen: readonly string[], size: number, seed: string): string[] {
  const fresh = shuffle(unseen, createRng(seed));
  return [...due, ...fresh].slice(0, size);
}

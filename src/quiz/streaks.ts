/** Review streaks: consecutive local days with at least one review. */
import { dayKey, previousDay } from './days.ts';

export interface Streak {
  /** Days in a row up to today, or up to yesterday if today has no review yet. */
  readonly current: number;
  readonly longest: number;
  readonly reviewedToday: boolean;
}

/** @param days reviews per local day, keyed `YYYY-MM-DD`. */
export function computeStreak(days: Readonly<Record<string, number>>, now: number): Streak {
  const has = (k: string) => (days[k] ?? 0) > 0;
  const today = dayKey(now);
  const reviewedToday = has(today);
  let current = 0;
  let k = reviewedToday ? today : previousDay(today);
  while (has(k)) {
    current++;
    k = previousDay(k);
  }
  const keys = Object.keys(days).filter(has).sort();
  let longest = 0;
  let run = 0;
  let prev: string | null = null;
  for (const key of keys) {
    run = prev !== null && previousDay(key) === prev ? run + 1 : 1;
    longest = Math.max(longest, run);
    prev = key;
  }
  return { current, longest: Math.max(longest, current), reviewedToday };
}

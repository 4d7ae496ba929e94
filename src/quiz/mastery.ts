/** Per-term mastery levels derived from the term's spaced-repetition card. */
import type { StoredCard } from './srs.ts';

export const MASTERY_LEVELS = ['new', 'learning', 'reviewing', 'mastered'] as const;
export type Mastery = (typeof MASTERY_LEVELS)[number];

export const MASTERY_LABELS: Readonly<Record<Mastery, string>> = {
  new: 'Not started',
  learning: 'Learning',
  reviewing: 'Reviewing',
  mastered: 'Mastered',
};

/** Stability (days) from which a term in review counts as mastered. */
export const MASTERED_STABILITY_DAYS = 21;

export function masteryOf(card: StoredCard | undefined): Mastery {
  if (!card || card.state === 0) return 'new';
  if (card.state === 1 || card.state === 3) return 'learning';
  return card.stability >= MASTERED_STABILITY_DAYS ? 'mastered' : 'reviewing';
}

export function masteryCounts(termIds: readonly string[], cards: Readonly<Record<string, StoredCard>>): Record<Mastery, number> {
  const out: Record<Mastery, number> = { new: 0, learning: 0, reviewing: 0, mastered: 0 };
  for (const id of termIds) out[masteryOf(cards[id])]++;
  return out;
}

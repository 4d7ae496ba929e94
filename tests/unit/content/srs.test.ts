import { describe, expect, it } from 'vitest';
import { dayKey, endOfDay, previousDay } from '../../../src/quiz/days.ts';
import { masteryCounts, masteryOf } from '../../../src/quiz/mastery.ts';
import { dueToday, nextDue, practiceSet } from '../../../src/quiz/queue.ts';
import { fromStored, gradeFor, newCard, retrievability, review, toStored, type StoredCard } from '../../../src/quiz/srs.ts';
import { computeStreak } from '../../../src/quiz/streaks.ts';

const DAY = 86_400_000;
const t0 = new Date(2026, 10, 2, 9, 0, 0).getTime();

describe('spaced repetition', () => {
  it('maps outcomes to FSRS grades; showing the answer grades like a wrong answer', () => {
    expect(gradeFor('correct')).toBe(3);
    expect(gradeFor('retry')).toBe(2);
    expect(gradeFor('wrong')).toBe(1);
    expect(gradeFor('shown')).toBe(gradeFor('wrong'));
  });

  it('schedules a correct answer later than a wrong or shown one, deterministically', () => {
    const good = review(undefined, 'correct', t0);
    const again = review(undefined, 'wrong', t0);
    const shown = review(undefined, 'shown', t0);
    expect(good.due).toBeGreaterThan(again.due);
    expect(shown).toEqual(again);
    expect(review(undefined, 'correct', t0)).toEqual(good);
    expect(good.reps).toBe(1);
  });

  it('grows the interval with repeated success and moves terms to mastered', () => {
    let card: StoredCard | undefined;
    let now = t0;
    for (let i = 0; i < 8; i++) {
      card = review(card, 'correct', now);
      now = card.due + 1000;
    }
    expect(card?.state).toBe(2);
    expect(masteryOf(card)).toBe('mastered');
    expect((card?.scheduled_days ?? 0) > 21).toBe(true);
  });

  it('round-trips cards through storage form', () => {
    const c = review(review(undefined, 'correct', t0), 'correct', t0 + DAY);
    expect(toStored(fromStored(c))).toEqual(c);
    expect(retrievability(c, t0 + DAY)).toBeGreaterThan(0);
    expect(retrievability(newCard(t0), t0)).toBe(0);
  });

  it('derives mastery levels', () => {
    expect(masteryOf(undefined)).toBe('new');
    const learning = review(undefined, 'wrong', t0);
    expect(masteryOf(learning)).toBe('learning');
    expect(masteryCounts(['a', 'b'], { a: learning })).toEqual({ new: 1, learning: 1, reviewing: 0, mastered: 0 });
  });
});

describe('due queue', () => {
  const card = (due: number): StoredCard => ({ ...newCard(t0), due, state: 2 });

  it('lists cards due by the end of today, most overdue first', () => {
    const cards = { a: card(t0 + 3 * 3600_000), b: card(t0 - DAY), c: card(t0 + 2 * DAY), d: card(endOfDay(t0)) };
    expect(dueToday(cards, t0)).toEqual(['b', 'a', 'd']);
    expect(nextDue(cards, t0)).toBe(t0 + 2 * DAY);
    expect(nextDue({}, t0)).toBeNull();
  });

  it('builds practice sets from due ids then shuffled new ones', () => {
    const set = practiceSet(['x'], ['a', 'b', 'c', 'd'], 3, 'seed');
    expect(set[0]).toBe('x');
    expect(set).toHaveLength(3);
    expect(practiceSet(['x'], ['a', 'b', 'c', 'd'], 3, 'seed')).toEqual(set);
  });
});

describe('streaks', () => {
  const today = dayKey(t0);
  const y1 = previousDay(today);
  const y2 = previousDay(y1);
  const y4 = previousDay(previousDay(y2));

  it('counts consecutive days up to today', () => {
    expect(computeStreak({ [today]: 3, [y1]: 1, [y2]: 2 }, t0)).toEqual({ current: 3, longest: 3, reviewedToday: true });
  });

  it('keeps yesterday’s streak alive until the day is over', () => {
    expect(computeStreak({ [y1]: 1, [y2]: 1 }, t0)).toEqual({ current: 2, longest: 2, reviewedToday: false });
  });

  it('breaks on a missed day and remembers the longest run', () => {
    const s = computeStreak({ [today]: 1, [y2]: 1, [previousDay(y2)]: 1, [y4]: 1 }, t0);
    expect(s.current).toBe(1);
    expect(s.longest).toBe(3);
    expect(computeStreak({}, t0)).toEqual({ current: 0, longest: 0, reviewedToday: false });
  });

  it('handles month boundaries in local time', () => {
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
  });
});

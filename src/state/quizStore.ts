/**
 * Quiz and spaced-repetition progress, persisted with versioned migrations.
 *
 * Format history:
 * 1 — Leitner boxes: `{ boxes: {termId: {box 1–5, next: 'YYYY-MM-DD'}}, history: {itemId: {right, wrong}},
 *     streak: {count, last: 'YYYY-MM-DD'} }`.
 * 2 — FSRS cards per term (`cards`), per-item attempt counters (`attempts`) and reviews per day (`days`).
 */
import * as v from 'valibot';
import { useStore } from 'zustand';
import { dayKey, dayStart, previousDay } from '../quiz/days.ts';
import { review, type Outcome, type StoredCard } from '../quiz/srs.ts';
import { createPersistedStore, type Migration, type PersistedOptions } from './persisted.ts';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const CardSchema = v.object({
  due: v.number(),
  stability: v.pipe(v.number(), v.minValue(0)),
  difficulty: v.number(),
  elapsed_days: v.number(),
  scheduled_days: v.number(),
  learning_steps: Count,
  reps: Count,
  lapses: Count,
  state: v.picklist([0, 1, 2, 3]),
  last_review: v.optional(v.number()),
});

export const OutcomeSchema = v.picklist(['correct', 'retry', 'wrong', 'shown']);

export const AttemptSchema = v.object({
  correct: Count,
  wrong: Count,
  shown: Count,
  lastAt: v.number(),
  last: v.optional(OutcomeSchema),
});

export const QuizStateSchema = v.object({
  /** FSRS card per glossary term id. */
  cards: v.record(v.string(), CardSchema),
  /** Per quiz item id. */
  attempts: v.record(v.string(), AttemptSchema),
  /** Reviews per local day, `YYYY-MM-DD` → count. */
  days: v.record(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)), Count),
});

export type QuizState = v.InferOutput<typeof QuizStateSchema>;
export type Attempt = v.InferOutput<typeof AttemptSchema>;

export const QUIZ_KEY = 'serving-lab:quiz';
export const QUIZ_VERSION = 2;

/** Interval (days) that a Leitner box stood for in format 1, used as the migrated card's stability. */
const LEITNER_DAYS = [1, 3, 7, 14, 30] as const;
const DAY_MS = 86_400_000;

const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/** What each older format stored; a save that does not match is set aside, not migrated. */
export const quizFormats: Record<number, v.GenericSchema> = {
  1: v.object({
    boxes: v.optional(v.record(v.string(), v.object({ box: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)), next: Day }))),
    history: v.optional(v.record(v.string(), v.object({ right: Count, wrong: Count }))),
    streak: v.optional(v.object({ count: Count, last: Day })),
  }),
};

export const quizMigrations: Record<number, Migration> = {
  1: (old) => {
    const o = (old ?? {}) as { boxes?: unknown; history?: unknown; streak?: unknown };
    const cards: Record<string, StoredCard> = {};
    if (isRecord(o.boxes)) {
      for (const [term, raw] of Object.entries(o.boxes)) {
        if (!isRecord(raw)) continue;
        const box = clampInt(raw.box, 1, 5);
        const due = typeof raw.next === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.next) ? dayStart(raw.next) : 0;
        const stability = LEITNER_DAYS[box - 1] ?? 1;
        cards[term] = {
          due,
          stability,
          difficulty: 5,
          elapsed_days: 0,
          scheduled_days: stability,
          learning_steps: 0,
          reps: box,
          lapses: 0,
          state: box === 1 ? 1 : 2,
          ...(due > 0 ? { last_review: due - stability * DAY_MS } : {}),
        };
      }
    }
    const attempts: Record<string, Attempt> = {};
    if (isRecord(o.history)) {
      for (const [item, raw] of Object.entries(o.history)) {
        if (!isRecord(raw)) continue;
        attempts[item] = { correct: clampInt(raw.right, 0, 1e9), wrong: clampInt(raw.wrong, 0, 1e9), shown: 0, lastAt: 0 };
      }
    }
    const days: Record<string, number> = {};
    if (isRecord(o.streak) && typeof o.streak.last === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o.streak.last)) {
      let k = o.streak.last;
      for (let i = 0; i < clampInt(o.streak.count, 0, 3650); i++) {
        days[k] = 1;
        k = previousDay(k);
      }
    }
    return { cards, attempts, days };
  },
};

export const quizOptions: PersistedOptions<QuizState> = {
  key: QUIZ_KEY,
  version: QUIZ_VERSION,
  migrations: quizMigrations,
  formats: quizFormats,
  schema: QuizStateSchema,
  initial: () => ({ cards: {}, attempts: {}, days: {} }),
  label: 'quiz and review progress',
};

export const quizStore = createPersistedStore(quizOptions);

export function useQuiz<T>(select: (s: QuizState) => T): T {
  return useStore(quizStore, select);
}

/**
 * Applies one attempt to a state: counts it, reschedules every term the item exercises, and marks the day.
 * Pure, so the store action and tests share it.
 */
export function applyOutcome(s: QuizState, itemId: string, terms: readonly string[], outcome: Outcome, now: number): QuizState {
  const prev = s.attempts[itemId] ?? { correct: 0, wrong: 0, shown: 0, lastAt: 0 };
  const attempt: Attempt = {
    correct: prev.correct + (outcome === 'correct' || outcome === 'retry' ? 1 : 0),
    wrong: prev.wrong + (outcome === 'wrong' ? 1 : 0),
    shown: prev.shown + (outcome === 'shown' ? 1 : 0),
    lastAt: now,
    last: outcome,
  };
  const cards = { ...s.cards };
  for (const t of new Set(terms)) cards[t] = review(cards[t], outcome, now);
  const day = dayKey(now);
  return { cards, attempts: { ...s.attempts, [itemId]: attempt }, days: { ...s.days, [day]: (s.days[day] ?? 0) + 1 } };
}

export function recordOutcome(itemId: string, terms: readonly string[], outcome: Outcome, now = Date.now()): void {
  quizStore.setState(applyOutcome(quizStore.getState(), itemId, terms, outcome, now), true);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function clampInt(x: unknown, lo: number, hi: number): number {
  const n = typeof x === 'number' && Number.isFinite(x) ? Math.round(x) : lo;
  return Math.min(hi, Math.max(lo, n));
}

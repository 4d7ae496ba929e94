/**
 * Spaced repetition over ts-fsrs. Cards are stored as plain JSON (dates as epoch ms) so they persist and
 * merge easily; this module converts to and from ts-fsrs's Card.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade, type State } from 'ts-fsrs';

/** A card as persisted: ts-fsrs's Card with dates as epoch milliseconds. */
export interface StoredCard {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  /** 0 New, 1 Learning, 2 Review, 3 Relearning. */
  readonly state: 0 | 1 | 2 | 3;
  readonly last_review?: number;
}

/**
 * How an attempt went. "retry": right after a wrong try; "shown": the learner revealed the answer, which
 * never counts as correct.
 */
export type Outcome = 'correct' | 'retry' | 'wrong' | 'shown';

// Fuzz off: the same history always gives the same schedule, which tests and exports rely on.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true }));

export function gradeFor(outcome: Outcome): Grade {
  switch (outcome) {
    case 'correct':
      return Rating.Good;
    case 'retry':
      return Rating.Hard;
    case 'wrong':
    case 'shown':
      return Rating.Again;
  }
}

export function toStored(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
    ...(card.last_review ? { last_review: card.last_review.getTime() } : {}),
  };
}

export function fromStored(c: StoredCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
    ...(c.last_review !== undefined ? { last_review: new Date(c.last_review) } : {}),
  };
}

export function newCard(now: number): StoredCard {
  return toStored(createEmptyCard(new Date(now)));
}

/** Schedules the next review of a card (a new one if `card` is undefined) after an attempt. */
export function review(card: StoredCard | undefined, outcome: Outcome, now: number): StoredCard {
  const base = card ? fromStored(card) : createEmptyCard(new Date(now));
  return toStored(scheduler.next(base, new Date(now), gradeFor(outcome)).card);
}

/** Probability of recall now, 0..1 (0 for a card never reviewed). */
export function retrievability(card: StoredCard, now: number): number {
  if (card.state === 0) return 0;
  return scheduler.get_retrievability(fromStored(card), new Date(now), false);
}

/**
 * Compact builders for hand-written quiz items: authors write the right answer first and the distractors
 * with their explanations; the builder assigns option ids and a stable, seeded option order so the right
 * answer is not always first.
 */
import { createRng, shuffle } from './rng.ts';
import type { AcronymItem, MatchItem, MultipleItem, NumericItem, OrderItem, SingleItem } from './schema.ts';
import type { Topic } from './topics.ts';

export interface ItemBase {
  readonly id: string;
  readonly prompt: string;
  readonly explanation: string;
  readonly topic: Topic;
  readonly terms?: readonly string[];
  readonly lesson?: string;
  readonly source?: string;
}

/** A distractor: its text and why it is wrong. */
export type Wrong = readonly [text: string, why: string];

const LETTERS = 'abcdefghijklmnop';

function baseOf(b: ItemBase) {
  return {
    id: b.id,
    prompt: b.prompt,
    explanation: b.explanation,
    topic: b.topic,
    ...(b.terms ? { terms: [...b.terms] } : {}),
    ...(b.lesson ? { lesson: b.lesson } : {}),
    ...(b.source ? { source: b.source } : {}),
  };
}

function arrange<T>(id: string, items: readonly T[]): T[] {
  return shuffle(items, createRng(`options:${id}`));
}

export function single(b: ItemBase, correct: string, wrong: readonly Wrong[]): SingleItem {
  const raw = [{ text: correct, right: true as boolean, why: undefined as string | undefined }, ...wrong.map(([text, why]) => ({ text, right: false, why }))];
  const options = arrange(b.id, raw).map((o, i) => ({ id: LETTERS[i] ?? `o${i}`, text: o.text, ...(o.why ? { why: o.why } : {}), right: o.right }));
  const answer = options.find((o) => o.right)?.id ?? 'a';
  return { ...baseOf(b), kind: 'single', options: options.map(({ right: _r, ...o }) => o), answer };
}

export function multiple(b: ItemBase, correct: readonly string[], wrong: readonly Wrong[]): MultipleItem {
  const raw = [
    ...correct.map((text) => ({ text, right: true, why: undefined as string | undefined })),
    ...wrong.map(([text, why]) => ({ text, right: false, why: why as string | undefined })),
  ];
  const options = arrange(b.id, raw).map((o, i) => ({ id: LETTERS[i] ?? `o${i}`, text: o.text, ...(o.why ? { why: o.why } : {}), right: o.right }));
  return {
    ...baseOf(b),
    kind: 'multiple',
    options: options.map(({ right: _r, ...o }) => o),
    answers: options.filter((o) => o.right).map((o) => o.id),
  };
}

export function match(b: ItemBase, pairs: readonly (readonly [left: string, right: string])[], decoys?: readonly string[]): MatchItem {
  return {
    ...baseOf(b),
    kind: 'match',
    pairs: pairs.map(([left, right]) => ({ left, right })),
    ...(decoys && decoys.length > 0 ? { decoys: [...decoys] } : {}),
  };
}

export function acronym(
  b: ItemBase,
  abbr: string,
  expansion: string,
  opts: { accept?: readonly string[]; near?: readonly Wrong[] } = {},
): AcronymItem {
  return {
    ...baseOf(b),
    kind: 'acronym',
    acronym: abbr,
    expansion,
    ...(opts.accept ? { accept: [...opts.accept] } : {}),
    ...(opts.near ? { near: opts.near.map(([text, why]) => ({ text, why })) } : {}),
  };
}

export function numeric(
  b: ItemBase,
  answer: number,
  unit: string,
  opts: { tolerance?: number; absTolerance?: number; traps?: readonly (readonly [value: number, why: string])[] } = {},
): NumericItem {
  return {
    ...baseOf(b),
    kind: 'numeric',
    answer,
    unit,
    ...(opts.tolerance !== undefined ? { tolerance: opts.tolerance } : {}),
    ...(opts.absTolerance !== undefined ? { absTolerance: opts.absTolerance } : {}),
    ...(opts.traps ? { traps: opts.traps.map(([value, why]) => ({ value, why })) } : {}),
  };
}

export function order(b: ItemBase, steps: readonly string[]): OrderItem {
  return { ...baseOf(b), kind: 'order', steps: [...steps] };
}

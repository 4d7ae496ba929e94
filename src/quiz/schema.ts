/**
 * The quiz item format, as valibot schemas (the types are inferred from them).
 * Shape is checked here; cross-field rules (answer among the options, no duplicate options…) live in
 * integrity.ts so each rule can report a precise message.
 */
import * as v from 'valibot';
import { TOPICS } from './topics.ts';

const Text = v.pipe(v.string(), v.trim(), v.minLength(1));
const Url = v.pipe(v.string(), v.url(), v.startsWith('https://'));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9:/#._-]*$/, 'ids are lowercase letters, digits and : / # . _ -'));

const Base = {
  id: Id,
  prompt: Text,
  /** Why the right answer is right; shown after an answer or on "show answer". */
  explanation: Text,
  topic: v.picklist(TOPICS),
  /** Glossary term ids this item exercises; spaced repetition schedules these terms. */
  terms: v.optional(v.array(v.string())),
  /** The lesson that teaches it (lesson id). */
  lesson: v.optional(v.string()),
  source: v.optional(Url),
};

/** An option; `why` explains why a distractor is wrong (required for distractors by integrity.ts). */
export const ChoiceSchema = v.object({ id: v.pipe(v.string(), v.minLength(1)), text: Text, why: v.optional(Text) });

export const SingleItemSchema = v.object({
  ...Base,
  kind: v.literal('single'),
  options: v.pipe(v.array(ChoiceSchema), v.minLength(2)),
  answer: v.string(),
});

export const MultipleItemSchema = v.object({
  ...Base,
  kind: v.literal('multiple'),
  options: v.pipe(v.array(ChoiceSchema), v.minLength(3)),
  answers: v.pipe(v.array(v.string()), v.minLength(1)),
});

export const MatchItemSchema = v.object({
  ...Base,
  kind: v.literal('match'),
  /** Left ↔ right in the correct pairing; the UI shuffles the right-hand choices. */
  pairs: v.pipe(v.array(v.object({ left: Text, right: Text })), v.minLength(2)),
  /** Extra right-hand choices that match nothing. */
  decoys: v.optional(v.array(Text)),
});

export const AcronymItemSchema = v.object({
  ...Base,
  kind: v.literal('acronym'),
  acronym: Text,
  expansion: Text,
  /** Other accepted spellings of the expansion. */
  accept: v.optional(v.array(Text)),
  /** Plausible wrong expansions, each with why it is wrong. */
  near: v.optional(v.array(v.object({ text: Text, why: Text }))),
});

export const NumericItemSchema = v.object({
  ...Base,
  kind: v.literal('numeric'),
  answer: v.number(),
  /** Unit the answer is given in; the learner may answer in any unit of the same family. */
  unit: Text,
  /** Relative tolerance (0.02 = ±2 %); default 1 %. */
  tolerance: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(0.5))),
  /** Absolute tolerance in `unit`, for answers near zero. */
  absTolerance: v.optional(v.pipe(v.number(), v.minValue(0))),
  /** Typical mistakes (values in `unit`), each with the explanation shown when a learner lands on it. */
  traps: v.optional(v.array(v.object({ value: v.number(), why: Text }))),
});

export const OrderItemSchema = v.object({
  ...Base,
  kind: v.literal('order'),
  /** Steps in the correct order. */
  steps: v.pipe(v.array(Text), v.minLength(3)),
});

export const QuizItemSchema = v.variant('kind', [
  SingleItemSchema,
  MultipleItemSchema,
  MatchItemSchema,
  AcronymItemSchema,
  NumericItemSchema,
  OrderItemSchema,
]);

export type Choice = v.InferOutput<typeof ChoiceSchema>;
export type SingleItem = v.InferOutput<typeof SingleItemSchema>;
export type MultipleItem = v.InferOutput<typeof MultipleItemSchema>;
export type MatchItem = v.InferOutput<typeof MatchItemSchema>;
export type AcronymItem = v.InferOutput<typeof AcronymItemSchema>;
export type NumericItem = v.InferOutput<typeof NumericItemSchema>;
export type OrderItem = v.InferOutput<typeof OrderItemSchema>;
export type QuizItem = v.InferOutput<typeof QuizItemSchema>;
export type QuizKind = QuizItem['kind'];

/** What a learner submits, one shape per item kind. */
export type Answer =
  | { readonly kind: 'single'; readonly choice: string | null }
  | { readonly kind: 'multiple'; readonly choices: readonly string[] }
  /** `picks[i]` is the right-hand text chosen for `pairs[i].left`, or null if none yet. */
  | { readonly kind: 'match'; readonly picks: readonly (string | null)[] }
  | { readonly kind: 'acronym'; readonly text: string }
  | { readonly kind: 'numeric'; readonly value: string; readonly unit: string }
  /** Indices into `steps` in the order the learner arranged them. */
  | { readonly kind: 'order'; readonly order: readonly number[] };

/** A set of items shown together at the end of a lesson. */
export const KnowledgeCheckSchema = v.object({
  lesson: v.string(),
  title: v.optional(Text),
  items: v.pipe(v.array(QuizItemSchema), v.minLength(4)),
});
export type KnowledgeCheckSet = v.InferOutput<typeof KnowledgeCheckSchema>;

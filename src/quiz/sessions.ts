/**
 * Builds practice sessions: the "due today" review, glossary practice (due first, then new terms) and
 * practice by topic. Pure: data, cards, time and seed in; items out.
 */
import type { AcronymEntry, GlossaryTerm } from '../content/glossary/types.ts';
import { itemsForTerm, type AcronymHints } from './generate.ts';
import { dueToday, practiceSet } from './queue.ts';
import { createRng, shuffle } from './rng.ts';
import type { QuizItem } from './schema.ts';
import type { StoredCard } from './srs.ts';
import type { Topic } from './topics.ts';

export interface SessionSources {
  readonly terms: readonly GlossaryTerm[];
  readonly acronyms: readonly AcronymEntry[];
  readonly hints: Readonly<Record<string, AcronymHints>>;
  /** Hand-written items: the topic bank and every knowledge check. */
  readonly handWritten: readonly QuizItem[];
  /** Generated glossary items, for topic practice. */
  readonly generated: readonly QuizItem[];
}

/** One item for a term, rotating through its generated items as the term is reviewed. */
export function itemForTerm(src: SessionSources, term: GlossaryTerm, card: StoredCard | undefined): QuizItem | undefined {
  const items = itemsForTerm(term, src.terms, src.acronyms, src.hints);
  return items[(card?.reps ?? 0) % items.length];
}

function termItems(src: SessionSources, ids: readonly string[], cards: Readonly<Record<string, StoredCard>>): QuizItem[] {
  const byId = new Map(src.terms.map((t) => [t.id, t]));
  const out: QuizItem[] = [];
  for (const id of ids) {
    const t = byId.get(id);
    const item = t ? itemForTerm(src, t, cards[id]) : undefined;
    if (item) out.push(item);
  }
  return out;
}

/** Terms due by the end of today, most overdue first (only terms still in the glossary). */
export function dueSession(src: SessionSources, cards: Readonly<Record<string, StoredCard>>, now: number, size: number): QuizItem[] {
  const known = new Set(src.terms.map((t) => t.id));
  return termItems(src, dueToday(cards, now).filter((id) => known.has(id)).slice(0, size), cards);
}

/** Due terms first, then terms never studied, up to `size`. */
export function glossarySession(src: SessionSources, cards: Readonly<Record<string, StoredCard>>, now: number, size: number, seed: string): QuizItem[] {
  const known = new Set(src.terms.map((t) => t.id));
  const due = dueToday(cards, now).filter((id) => known.has(id));
  const unseen = src.terms.filter((t) => !cards[t.id]).map((t) => t.id);
  return termItems(src, practiceSet(due, unseen, size, seed), cards);
}

/** Hand-written items on a topic first (shuffled), topped up with generated ones. */
export function topicSession(src: SessionSources, topic: Topic, size: number, seed: string): QuizItem[] {
  const rng = createRng(`topic:${topic}:${seed}`);
  const hand = shuffle(
    src.handWritten.filter((i) => i.topic === topic),
    rng,
  );
  const gen = shuffle(
    src.generated.filter((i) => i.topic === topic && i.kind !== 'match'),
    rng,
  );
  return [...hand, ...gen].slice(0, size);
}

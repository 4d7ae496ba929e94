/** Starting answers and presentation order for items, seeded so a session is reproducible. */
import { normalizeText } from './normalize.ts';
import { createRng, derangedOrder, shuffle } from './rng.ts';
import type { Answer, MatchItem, QuizItem } from './schema.ts';

export function initialAnswer(item: QuizItem, seed = ''): Answer {
  switch (item.kind) {
    case 'single':
      return { kind: 'single', choice: null };
    case 'multiple':
      return { kind: 'multiple', choices: [] };
    case 'match':
      return { kind: 'match', picks: item.pairs.map(() => null) };
    case 'acronym':
      return { kind: 'acronym', text: '' };
    case 'numeric':
      return { kind: 'numeric', value: '', unit: item.unit };
    case 'order':
      return { kind: 'order', order: derangedOrder(item.steps.length, createRng(`order:${item.id}:${seed}`)) };
  }
}

/** The right-hand choices of a matching item (answers and decoys), shuffled, without duplicates. */
export function matchChoices(item: MatchItem, seed = ''): string[] {
  const seen = new Set<string>();
  const all = [...item.pairs.map((p) => p.right), ...(item.decoys ?? [])].filter((r) => {
    const k = normalizeText(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return shuffle(all, createRng(`match:${item.id}:${seed}`));
}

/** True when the answer has something to grade (used to enable the Check button). */
export function isAnswered(a: Answer): boolean {
  switch (a.kind) {
    case 'single':
      return a.choice !== null;
    case 'multiple':
      return a.choices.length > 0;
    case 'match':
      return a.picks.every((p) => p !== null && p !== '');
    case 'acronym':
      return a.text.trim() !== '';
    case 'numeric':
      return a.value.trim() !== '';
    case 'order':
      return true;
  }
}

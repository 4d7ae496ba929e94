/**
 * Quiz items generated from the glossary: definition → term, term → definition, acronym expansion and
 * term ↔ definition matching. Deterministic for a given seed; distractors come from related terms first,
 * then the same topic, and are never the answer, an alias of it, or a duplicate of another option.
 */
import type { AcronymEntry, GlossaryTerm } from '../content/glossary/types.ts';
import { acronym, match, single, type Wrong } from './build.ts';
import { normalizeText } from './normalize.ts';
import { createRng, shuffle } from './rng.ts';
import type { QuizItem } from './schema.ts';

export interface GenerateOptions {
  /** Changes which distractors are drawn and the order of options. */
  readonly seed?: string;
  /** Distractors per multiple-choice item (default 3). */
  readonly distractors?: number;
  /** Pairs per matching item (default 4). */
  readonly matchSize?: number;
}

export interface AcronymHints {
  readonly accept?: readonly string[];
  readonly near?: readonly (readonly [string, string])[];
}

/** Names by which a term is known: its name, acronym and aliases, normalised. */
function namesOf(t: GlossaryTerm): Set<string> {
  return new Set([t.term, t.acronym, ...(t.aliases ?? [])].filter((x): x is string => !!x).map(normalizeText));
}

/** Display name used as an option: "Time to first token (TTFT)". */
export function displayName(t: GlossaryTerm): string {
  return t.acronym && normalizeText(t.acronym) !== normalizeText(t.term) ? `${t.term} (${t.acronym})` : t.term;
}

/** Replaces the term's own names in a definition so the question does not give the answer away. */
export function maskNames(text: string, t: GlossaryTerm): string {
  const names = [t.term, t.acronym, ...(t.aliases ?? [])]
    .filter((x): x is string => !!x && x.length >= 2)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const n of names) {
    const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(^|[^\\w])${escaped}(?=$|[^\\w])`, 'gi'), '$1▢');
  }
  return out;
}

/**
 * Picks up to `n` distractor terms for `target`: related terms, then same topic, then any, skipping terms
 * that share a name with the target, and texts (via `textOf`) equal to the answer or each other.
 */
export function pickDistractors(
  target: GlossaryTerm,
  pool: readonly GlossaryTerm[],
  n: number,
  rng: () => number,
  textOf: (t: GlossaryTerm) => string,
): GlossaryTerm[] {
  const byId = new Map(pool.map((t) => [t.id, t]));
  const targetNames = namesOf(target);
  const seen = new Set([normalizeText(textOf(target))]);
  const out: GlossaryTerm[] = [];
  const consider = (cands: readonly GlossaryTerm[]) => {
    for (const c of cands) {
      if (out.length >= n) return;
      if (c.id === target.id) continue;
      if ([...namesOf(c)].some((x) => targetNames.has(x))) continue;
      const key = normalizeText(textOf(c));
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  };
  const related = target.related.map((id) => byId.get(id)).filter((t): t is GlossaryTerm => !!t);
  consider(shuffle(related, rng));
  consider(shuffle(pool.filter((t) => t.category === target.category), rng));
  consider(shuffle(pool, rng));
  return out;
}

export function definitionToTermItem(t: GlossaryTerm, pool: readonly GlossaryTerm[], opts: GenerateOptions = {}): QuizItem {
  const rng = createRng(`${opts.seed ?? 'glossary'}:def:${t.id}`);
  const ds = pickDistractors(t, pool, opts.distractors ?? 3, rng, displayName);
  const wrong: Wrong[] = ds.map((d) => [displayName(d), `${displayName(d)} means something else: ${d.short}`]);
  return single(
    {
      id: `gloss:def:${t.id}`,
      prompt: `Which term matches this definition? “${maskNames(t.short, t)}”`,
      explanation: `${displayName(t)}: ${t.short}`,
      topic: t.category,
      terms: [t.id],
      lesson: t.lesson,
      source: t.source.url,
    },
    displayName(t),
    wrong,
  );
}

export function termToDefinitionItem(t: GlossaryTerm, pool: readonly GlossaryTerm[], opts: GenerateOptions = {}): QuizItem {
  const rng = createRng(`${opts.seed ?? 'glossary'}:name:${t.id}`);
  const ds = pickDistractors(t, pool, opts.distractors ?? 3, rng, (x) => x.short);
  const wrong: Wrong[] = ds.map((d) => [d.short, `That describes ${displayName(d)}.`]);
  return single(
    {
      id: `gloss:name:${t.id}`,
      prompt: `Which definition fits “${displayName(t)}”?`,
      explanation: t.body.split('\n\n')[0] ?? t.short,
      topic: t.category,
      terms: [t.id],
      lesson: t.lesson,
      source: t.source.url,
    },
    t.short,
    wrong,
  );
}

function withoutParenthetical(s: string): string {
  return s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

export function acronymItem(a: AcronymEntry, term: GlossaryTerm, hints: AcronymHints = {}): QuizItem {
  const bare = withoutParenthetical(a.expansion);
  const accept = [...new Set([...(bare !== a.expansion ? [bare] : []), ...(hints.accept ?? [])])];
  return acronym(
    {
      id: `gloss:acro:${normalizeText(a.abbr).replace(/ /g, '-')}`,
      prompt: `What does ${a.abbr} stand for?`,
      explanation: `${a.abbr} = ${a.expansion}. ${term.short}`,
      topic: term.category,
      terms: [term.id],
      lesson: term.lesson,
      source: term.source.url,
    },
    a.abbr,
    a.expansion,
    { accept, ...(hints.near ? { near: hints.near } : {}) },
  );
}

/** Matching items: terms of one topic in groups of `matchSize`, each term paired with its definition. */
export function matchingItems(pool: readonly GlossaryTerm[], opts: GenerateOptions = {}): QuizItem[] {
  const size = opts.matchSize ?? 4;
  const topics = [...new Set(pool.map((t) => t.category))];
  const out: QuizItem[] = [];
  for (const topic of topics) {
    const terms = shuffle(
      pool.filter((t) => t.category === topic),
      createRng(`${opts.seed ?? 'glossary'}:match:${topic}`),
    );
    for (let i = 0; i + size <= terms.length; i += size) {
      const group = terms.slice(i, i + size);
      out.push(
        match(
          {
            id: `gloss:match:${topic}:${i / size + 1}`,
            prompt: 'Match each term with its definition.',
            explanation: group.map((t) => `${displayName(t)}: ${t.short}`).join(' '),
            topic,
            terms: group.map((t) => t.id),
          },
          group.map((t) => [displayName(t), maskNames(t.short, t)] as const),
        ),
      );
    }
  }
  return out;
}

/** Every generated glossary item. */
export function generateGlossaryItems(
  terms: readonly GlossaryTerm[],
  acronyms: readonly AcronymEntry[],
  hints: Readonly<Record<string, AcronymHints>> = {},
  opts: GenerateOptions = {},
): QuizItem[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const items: QuizItem[] = [];
  for (const t of terms) {
    items.push(definitionToTermItem(t, terms, opts), termToDefinitionItem(t, terms, opts));
  }
  for (const a of acronyms) {
    const term = byId.get(a.term);
    if (!term || a.quiz === false) continue;
    items.push(acronymItem(a, term, hints[a.abbr]));
  }
  items.push(...matchingItems(terms, opts));
  return items;
}

/** Generated items that exercise one term, for spaced-repetition reviews of that term. */
export function itemsForTerm(
  t: GlossaryTerm,
  pool: readonly GlossaryTerm[],
  acronyms: readonly AcronymEntry[],
  hints: Readonly<Record<string, AcronymHints>> = {},
  opts: GenerateOptions = {},
): QuizItem[] {
  const out = [definitionToTermItem(t, pool, opts), termToDefinitionItem(t, pool, opts)];
  for (const a of acronyms) if (a.term === t.id && a.quiz !== false) out.push(acronymItem(a, t, hints[a.abbr]));
  return out;
}

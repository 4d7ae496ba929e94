/**
 * Cross-field rules for quiz items, and the wrong answers a test should see rejected.
 * Kept out of the schema so each broken rule names the item and the problem.
 */
import * as v from 'valibot';
import { normalizeText } from './normalize.ts';
import { QuizItemSchema, type Answer, type QuizItem } from './schema.ts';
import { UNITS } from './units.ts';

export interface IntegrityContext {
  readonly termIds?: ReadonlySet<string>;
  readonly lessonIds?: ReadonlySet<string>;
}

/** Problems with one item; empty when it is sound. */
export function itemProblems(item: QuizItem, ctx: IntegrityContext = {}): string[] {
  const p: string[] = [];
  const parsed = v.safeParse(QuizItemSchema, item);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    p.push(`schema: ${issue ? `${v.getDotPath(issue) ?? '(root)'} ${issue.message}` : 'invalid'}`);
    return p;
  }
  if (ctx.termIds) for (const t of item.terms ?? []) if (!ctx.termIds.has(t)) p.push(`unknown glossary term "${t}"`);
  if (ctx.lessonIds && item.lesson !== undefined && !ctx.lessonIds.has(item.lesson)) p.push(`unknown lesson "${item.lesson}"`);
  switch (item.kind) {
    case 'single':
    case 'multiple': {
      const ids = item.options.map((o) => o.id);
      if (new Set(ids).size !== ids.length) p.push('duplicate option ids');
      const texts = item.options.map((o) => normalizeText(o.text));
      if (new Set(texts).size !== texts.length) p.push('two options have the same text');
      const right = item.kind === 'single' ? [item.answer] : item.answers;
      if (new Set(right).size !== right.length) p.push('an answer is listed twice');
      for (const r of right) if (!ids.includes(r)) p.push(`answer "${r}" is not an option`);
      const distractors = item.options.filter((o) => !right.includes(o.id));
      if (distractors.length === 0) p.push('no distractors');
      for (const d of distractors) if (!d.why) p.push(`distractor "${d.text}" has no explanation`);
      break;
    }
    case 'match': {
      const lefts = item.pairs.map((x) => normalizeText(x.left));
      const rights = item.pairs.map((x) => normalizeText(x.right));
      if (new Set(lefts).size !== lefts.length) p.push('duplicate left-hand items');
      if (new Set(rights).size !== rights.length) p.push('duplicate right-hand items');
      for (const d of item.decoys ?? []) if (rights.includes(normalizeText(d))) p.push(`decoy "${d}" equals a real match`);
      break;
    }
    case 'acronym': {
      const ok = [item.expansion, ...(item.accept ?? [])].map(normalizeText);
      for (const n of item.near ?? []) if (ok.includes(normalizeText(n.text))) p.push(`near-miss "${n.text}" is an accepted answer`);
      break;
    }
    case 'numeric': {
      if (!UNITS[item.unit]) p.push(`unknown unit "${item.unit}"`);
      const tol = Math.max((item.tolerance ?? 0.01) * Math.abs(item.answer), item.absTolerance ?? 0);
      for (const t of item.traps ?? []) if (Math.abs(t.value - item.answer) <= tol) p.push(`trap ${t.value} is within tolerance of the answer`);
      break;
    }
    case 'order': {
      const steps = item.steps.map(normalizeText);
      if (new Set(steps).size !== steps.length) p.push('duplicate steps');
      break;
    }
  }
  return p;
}

/** Wrong answers that the checker must reject: every distractor, every trap, swapped pairs and steps. */
export function wrongAnswers(item: QuizItem): Answer[] {
  switch (item.kind) {
    case 'single':
      return item.options.filter((o) => o.id !== item.answer).map((o) => ({ kind: 'single', choice: o.id }));
    case 'multiple': {
      const out: Answer[] = [];
      for (const o of item.options) if (!item.answers.includes(o.id)) out.push({ kind: 'multiple', choices: [...item.answers, o.id] });
      if (item.answers.length > 1) for (const a of item.answers) out.push({ kind: 'multiple', choices: item.answers.filter((x) => x !== a) });
      return out;
    }
    case 'match': {
      const rights = item.pairs.map((x) => x.right);
      const out: Answer[] = [{ kind: 'match', picks: rights.map((_, i) => rights[(i + 1) % rights.length] ?? null) }];
      for (const d of item.decoys ?? []) out.push({ kind: 'match', picks: rights.map((r, i) => (i === 0 ? d : r)) });
      return out;
    }
    case 'acronym':
      return [{ kind: 'acronym', text: item.acronym }, ...(item.near ?? []).map((n): Answer => ({ kind: 'acronym', text: n.text }))];
    case 'numeric':
      return [
        ...(item.traps ?? []).map((t): Answer => ({ kind: 'numeric', value: String(t.value), unit: item.unit })),
        { kind: 'numeric', value: String(item.answer * 2 + 1), unit: item.unit },
      ];
    case 'order': {
      const n = item.steps.length;
      const out: Answer[] = [{ kind: 'order', order: Array.from({ length: n }, (_, i) => n - 1 - i) }];
      for (let i = 0; i + 1 < n; i++) {
        const o = Array.from({ length: n }, (_, k) => k);
        o[i] = i + 1;
        o[i + 1] = i;
        out.push({ kind: 'order', order: o });
      }
      return out;
    }
  }
}

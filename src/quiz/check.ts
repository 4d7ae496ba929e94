/**
 * Grades an answer. Pure: the same item and answer always give the same verdict and feedback.
 * A wrong answer's feedback says why it is wrong without revealing the right one (that is "show answer").
 */
import { editDistance, normalizeText, typoAllowance } from './normalize.ts';
import type { AcronymItem, Answer, MatchItem, MultipleItem, NumericItem, OrderItem, QuizItem, SingleItem } from './schema.ts';
import { parseNumber, toBase, UNITS } from './units.ts';

export interface CheckResult {
  readonly correct: boolean;
  /** One sentence: the verdict and the main reason. */
  readonly feedback: string;
  /** Specific notes, e.g. one per wrong pair in a matching item. */
  readonly notes: readonly string[];
  /** The answer is not complete enough to grade (nothing chosen, not a number): not counted as an attempt. */
  readonly incomplete?: boolean;
}

const RIGHT = 'Correct.';

export function checkAnswer(item: QuizItem, answer: Answer): CheckResult {
  if (answer.kind !== item.kind) return incomplete(`This answer is for a ${answer.kind} item, not ${item.kind}.`);
  switch (item.kind) {
    case 'single':
      return checkSingle(item, answer as Extract<Answer, { kind: 'single' }>);
    case 'multiple':
      return checkMultiple(item, answer as Extract<Answer, { kind: 'multiple' }>);
    case 'match':
      return checkMatch(item, answer as Extract<Answer, { kind: 'match' }>);
    case 'acronym':
      return checkAcronym(item, answer as Extract<Answer, { kind: 'acronym' }>);
    case 'numeric':
      return checkNumeric(item, answer as Extract<Answer, { kind: 'numeric' }>);
    case 'order':
      return checkOrder(item, answer as Extract<Answer, { kind: 'order' }>);
  }
}

/** The answer that `checkAnswer` accepts, for "show answer" and for tests. */
export function correctAnswer(item: QuizItem): Answer {
  switch (item.kind) {
    case 'single':
      return { kind: 'single', choice: item.answer };
    case 'multiple':
      return { kind: 'multiple', choices: [...item.answers] };
    case 'match':
      return { kind: 'match', picks: item.pairs.map((p) => p.right) };
    case 'acronym':
      return { kind: 'acronym', text: item.expansion };
    case 'numeric':
      return { kind: 'numeric', value: String(item.answer), unit: item.unit };
    case 'order':
      return { kind: 'order', order: item.steps.map((_, i) => i) };
  }
}

/** The right answer in words, shown by "show answer". */
export function describeAnswer(item: QuizItem): string {
  switch (item.kind) {
    case 'single':
      return item.options.find((o) => o.id === item.answer)?.text ?? '';
    case 'multiple':
      return item.options
        .filter((o) => item.answers.includes(o.id))
        .map((o) => o.text)
        .join('; ');
    case 'match':
      return item.pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
    case 'acronym':
      return `${item.acronym} = ${item.expansion}`;
    case 'numeric':
      return `${formatNumber(item.answer)} ${item.unit}`;
    case 'order':
      return item.steps.map((s, i) => `${i + 1}. ${s}`).join(' ');
  }
}

function checkSingle(item: SingleItem, a: Extract<Answer, { kind: 'single' }>): CheckResult {
  if (a.choice === null) return incomplete('Choose an answer first.');
  if (a.choice === item.answer) return ok();
  const opt = item.options.find((o) => o.id === a.choice);
  if (!opt) return incomplete('That option is not part of this question.');
  return wrong(`Not quite: “${opt.text}” is not right.`, opt.why ? [opt.why] : []);
}

function checkMultiple(item: MultipleItem, a: Extract<Answer, { kind: 'multiple' }>): CheckResult {
  if (a.choices.length === 0) return incomplete('Select at least one answer.');
  const chosen = new Set(a.choices);
  const right = new Set(item.answers);
  const wrongPicks = item.options.filter((o) => chosen.has(o.id) && !right.has(o.id));
  const missed = item.answers.filter((id) => !chosen.has(id)).length;
  if (wrongPicks.length === 0 && missed === 0) return ok();
  const notes = wrongPicks.map((o) => `“${o.text}”: ${o.why ?? 'this one does not apply.'}`);
  if (missed > 0) notes.push(missed === 1 ? 'One correct statement is not selected.' : `${missed} correct statements are not selected.`);
  const head =
    wrongPicks.length > 0
      ? `Not quite: ${wrongPicks.length === 1 ? 'one selection is' : `${wrongPicks.length} selections are`} wrong.`
      : 'Not quite: some correct statements are missing.';
  return wrong(head, notes);
}

function checkMatch(item: MatchItem, a: Extract<Answer, { kind: 'match' }>): CheckResult {
  if (a.picks.length !== item.pairs.length || a.picks.some((p) => p === null || p === '')) return incomplete('Match every item before checking.');
  const notes: string[] = [];
  item.pairs.forEach((pair, i) => {
    const pick = a.picks[i];
    if (pick === pair.right) return;
    const owner = item.pairs.find((p) => p.right === pick);
    notes.push(
      owner
        ? `“${pair.left}” is not “${short(pick ?? '')}”: that describes “${owner.left}”.`
        : `“${pair.left}” is not “${short(pick ?? '')}”: that one matches nothing here.`,
    );
  });
  if (notes.length === 0) return ok();
  return wrong(`Not quite: ${notes.length} of ${item.pairs.length} matches are wrong.`, notes);
}

function checkAcronym(item: AcronymItem, a: Extract<Answer, { kind: 'acronym' }>): CheckResult {
  const given = normalizeText(a.text);
  if (given === '') return incomplete('Type what the abbreviation stands for.');
  for (const n of item.near ?? []) {
    if (normalizeText(n.text) === given) return wrong(`Not quite: ${item.acronym} does not stand for “${a.text.trim()}”.`, [n.why]);
  }
  const targets = [item.expansion, ...(item.accept ?? [])].map(normalizeText);
  if (targets.some((t) => t === given || editDistance(t, given, typoAllowance(t)) <= typoAllowance(t))) return ok();
  if (normalizeText(item.acronym) === given) return wrong('That repeats the abbreviation; spell out what each letter stands for.', []);
  return wrong(`Not quite: that is not what ${item.acronym} stands for.`, []);
}

function checkNumeric(item: NumericItem, a: Extract<Answer, { kind: 'numeric' }>): CheckResult {
  const value = parseNumber(a.value);
  if (value === null) return incomplete('Enter a number, e.g. 128 or 0.5.');
  const unitDef = UNITS[a.unit];
  const expectedDef = UNITS[item.unit];
  if (!unitDef || !expectedDef || unitDef.family !== expectedDef.family) {
    if (a.unit !== item.unit) return incomplete(`Give the answer in ${item.unit} or a unit of the same kind.`);
  }
  const given = toBase(value, a.unit) ?? value;
  const expected = toBase(item.answer, item.unit) ?? item.answer;
  if (within(given, expected, item)) return ok();
  for (const t of item.traps ?? []) {
    const trap = toBase(t.value, item.unit) ?? t.value;
    if (within(given, trap, item)) return wrong(`Not quite: ${formatNumber(value)} ${a.unit} is a common slip.`, [t.why]);
  }
  if (expected !== 0 && given !== 0 && Math.sign(given) === Math.sign(expected)) {
    const ratio = given / expected;
    const hint = ratio > 1 ? `about ${formatNumber(ratio, 2)}× too large` : `about ${formatNumber(1 / ratio, 2)}× too small`;
    return wrong(`Not quite: ${formatNumber(value)} ${a.unit} is ${hint}.`, []);
  }
  return wrong(`Not quite: ${formatNumber(value)} ${a.unit} is not right.`, []);
}

function checkOrder(item: OrderItem, a: Extract<Answer, { kind: 'order' }>): CheckResult {
  const n = item.steps.length;
  const valid = a.order.length === n && new Set(a.order).size === n && a.order.every((i) => Number.isInteger(i) && i >= 0 && i < n);
  if (!valid) return incomplete('Arrange every step exactly once.');
  if (a.order.every((v, i) => v === i)) return ok();
  const inPlace = a.order.filter((v, i) => v === i).length;
  const notes: string[] = [];
  for (let i = 0; i + 1 < n && notes.length < 2; i++) {
    const x = a.order[i] ?? 0;
    const y = a.order[i + 1] ?? 0;
    if (x > y) notes.push(`“${short(item.steps[y] ?? '')}” happens before “${short(item.steps[x] ?? '')}”.`);
  }
  return wrong(`Not quite: ${inPlace} of ${n} steps are in the right place.`, notes);
}

function within(given: number, expected: number, item: NumericItem): boolean {
  const rel = item.tolerance ?? 0.01;
  const abs = (toBase(item.absTolerance ?? 0, item.unit) ?? 0) + 1e-12;
  return Math.abs(given - expected) <= Math.max(rel * Math.abs(expected), abs);
}

function ok(): CheckResult {
  return { correct: true, feedback: RIGHT, notes: [] };
}

function wrong(feedback: string, notes: readonly string[]): CheckResult {
  return { correct: false, feedback, notes };
}

function incomplete(feedback: string): CheckResult {
  return { correct: false, feedback, notes: [], incomplete: true };
}

function short(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** Formats a number compactly for feedback: 131072 → "131,072", 0.125 → "0.125". */
export function formatNumber(n: number, maxFrac = 4): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: maxFrac });
}

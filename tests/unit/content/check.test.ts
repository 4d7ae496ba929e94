import { describe, expect, it } from 'vitest';
import { acronym, match, multiple, numeric, order, single } from '../../../src/quiz/build.ts';
import { checkAnswer, correctAnswer, describeAnswer } from '../../../src/quiz/check.ts';
import { parseNumber, toBase, unitsLike } from '../../../src/quiz/units.ts';

const base = { prompt: 'p', explanation: 'e', topic: 'vllm' as const };

describe('numeric answers', () => {
  const kv = numeric({ ...base, id: 't:kv' }, 128, 'KiB', { traps: [[64, 'Count both K and V.']] });

  it('accepts the same quantity in any unit of the family', () => {
    for (const [value, unit] of [
      ['128', 'KiB'],
      ['131072', 'B'],
      ['131,072', 'B'],
      ['0.125', 'MiB'],
      ['131.072', 'KB'],
    ] as const) {
      expect(checkAnswer(kv, { kind: 'numeric', value, unit }).correct, `${value} ${unit}`).toBe(true);
    }
  });

  it('applies the tolerance', () => {
    expect(checkAnswer(kv, { kind: 'numeric', value: '129', unit: 'KiB' }).correct).toBe(true);
    expect(checkAnswer(kv, { kind: 'numeric', value: '132', unit: 'KiB' }).correct).toBe(false);
  });

  it('explains a known trap, and otherwise says how far off the answer is', () => {
    const trap = checkAnswer(kv, { kind: 'numeric', value: '64', unit: 'KiB' });
    expect(trap.correct).toBe(false);
    expect(trap.notes).toEqual(['Count both K and V.']);
    expect(checkAnswer(kv, { kind: 'numeric', value: '256', unit: 'KiB' }).feedback).toMatch(/2× too large/);
    expect(checkAnswer(kv, { kind: 'numeric', value: '32', unit: 'KiB' }).feedback).toMatch(/4× too small/);
  });

  it('treats a non-number or a unit of another kind as incomplete, not wrong', () => {
    expect(checkAnswer(kv, { kind: 'numeric', value: 'lots', unit: 'KiB' }).incomplete).toBe(true);
    expect(checkAnswer(kv, { kind: 'numeric', value: '128', unit: 'ms' }).incomplete).toBe(true);
  });

  it('parses common number formats', () => {
    expect(parseNumber('131,072')).toBe(131072);
    expect(parseNumber('131 072')).toBe(131072);
    expect(parseNumber('0,5')).toBe(0.5);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('.25')).toBe(0.25);
    expect(parseNumber('12abc')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(toBase(1, 'GiB')).toBe(1024 ** 3);
    expect(unitsLike('KiB')).toContain('GB');
    expect(unitsLike('ms')).not.toContain('GB');
  });
});

describe('choice answers', () => {
  const s = single({ ...base, id: 't:s' }, 'Right', [
    ['Wrong A', 'Because A.'],
    ['Wrong B', 'Because B.'],
  ]);

  it('puts the right answer in a seeded position and explains distractors', () => {
    const ans = correctAnswer(s);
    expect(checkAnswer(s, ans).correct).toBe(true);
    const wrong = s.options.find((o) => o.text === 'Wrong B');
    const r = checkAnswer(s, { kind: 'single', choice: wrong?.id ?? '' });
    expect(r.correct).toBe(false);
    expect(r.notes).toEqual(['Because B.']);
    expect(checkAnswer(s, { kind: 'single', choice: null }).incomplete).toBe(true);
    expect(single({ ...base, id: 't:s' }, 'Right', [['Wrong A', 'x'], ['Wrong B', 'y']])).toEqual(single({ ...base, id: 't:s' }, 'Right', [['Wrong A', 'x'], ['Wrong B', 'y']]));
  });

  it('multiple choice needs exactly the right set', () => {
    const m = multiple({ ...base, id: 't:m' }, ['R1', 'R2'], [['W1', 'No, W1.']]);
    const id = (t: string) => m.options.find((o) => o.text === t)?.id ?? '';
    expect(checkAnswer(m, { kind: 'multiple', choices: [id('R2'), id('R1')] }).correct).toBe(true);
    const missing = checkAnswer(m, { kind: 'multiple', choices: [id('R1')] });
    expect(missing.correct).toBe(false);
    expect(missing.notes.join(' ')).toMatch(/One correct statement is not selected/);
    const extra = checkAnswer(m, { kind: 'multiple', choices: [id('R1'), id('R2'), id('W1')] });
    expect(extra.notes.join(' ')).toMatch(/No, W1\./);
  });
});

describe('matching, acronyms and ordering', () => {
  it('matching says which definition a wrong pick belongs to', () => {
    const m = match({ ...base, id: 't:match' }, [
      ['TTFT', 'first token'],
      ['ITL', 'gap between tokens'],
    ], ['a decoy']);
    expect(checkAnswer(m, { kind: 'match', picks: ['first token', 'gap between tokens'] }).correct).toBe(true);
    const swapped = checkAnswer(m, { kind: 'match', picks: ['gap between tokens', 'first token'] });
    expect(swapped.notes[0]).toMatch(/that describes “ITL”/);
    const decoy = checkAnswer(m, { kind: 'match', picks: ['a decoy', 'gap between tokens'] });
    expect(decoy.notes[0]).toMatch(/matches nothing here/);
    expect(checkAnswer(m, { kind: 'match', picks: [null, 'first token'] }).incomplete).toBe(true);
  });

  it('acronym expansions are normalised and forgive small typos, but not near misses', () => {
    const a = acronym({ ...base, id: 't:a' }, 'TTFT', 'Time to first token', { near: [['Time to full text', 'The F is for first.']] });
    for (const t of ['time to first token', 'Time-To-First-Token', '  TIME TO FIRST TOKEN ', 'time to frist token']) {
      expect(checkAnswer(a, { kind: 'acronym', text: t }).correct, t).toBe(true);
    }
    const near = checkAnswer(a, { kind: 'acronym', text: 'time to full text' });
    expect(near.correct).toBe(false);
    expect(near.notes).toEqual(['The F is for first.']);
    expect(checkAnswer(a, { kind: 'acronym', text: 'TTFT' }).feedback).toMatch(/repeats the abbreviation/);
    expect(checkAnswer(a, { kind: 'acronym', text: 'time per output token' }).correct).toBe(false);
    expect(checkAnswer(a, { kind: 'acronym', text: ' ' }).incomplete).toBe(true);
  });

  it('ordering reports steps out of place', () => {
    const o = order({ ...base, id: 't:o' }, ['one', 'two', 'three', 'four']);
    expect(checkAnswer(o, { kind: 'order', order: [0, 1, 2, 3] }).correct).toBe(true);
    const r = checkAnswer(o, { kind: 'order', order: [1, 0, 2, 3] });
    expect(r.correct).toBe(false);
    expect(r.feedback).toMatch(/2 of 4 steps/);
    expect(r.notes[0]).toMatch(/“one” happens before “two”/);
    expect(checkAnswer(o, { kind: 'order', order: [0, 0, 1, 2] }).incomplete).toBe(true);
    expect(describeAnswer(o)).toBe('1. one 2. two 3. three 4. four');
  });

  it('an answer of the wrong kind is incomplete', () => {
    const o = order({ ...base, id: 't:o2' }, ['a', 'b', 'c']);
    expect(checkAnswer(o, { kind: 'single', choice: 'a' }).incomplete).toBe(true);
  });
});

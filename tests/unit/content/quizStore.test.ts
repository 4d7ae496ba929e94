import { describe, expect, it } from 'vitest';
import { dayKey } from '../../../src/quiz/days.ts';
import { decodePersisted, encodePersisted } from '../../../src/state/persisted.ts';
import { applyOutcome, QUIZ_VERSION, quizOptions, type QuizState } from '../../../src/state/quizStore.ts';
import { V1_SAMPLE } from './fixtures.ts';

const t0 = new Date(2026, 10, 2, 9).getTime();

describe('quiz store migrations', () => {
  it('has at least one older format, so migrations are exercised', () => {
    expect(QUIZ_VERSION).toBeGreaterThan(1);
    for (let v = 1; v < QUIZ_VERSION; v++) expect(quizOptions.migrations[v], `migration ${v}`).toBeTypeOf('function');
  });

  it('migrates format 1 (Leitner boxes) to the current format', () => {
    const r = decodePersisted(JSON.stringify({ version: 1, state: V1_SAMPLE }), quizOptions);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    const ttft = r.state.cards.ttft;
    expect(ttft?.state).toBe(2);
    expect(ttft?.stability).toBe(7);
    expect(dayKey(ttft?.due ?? 0)).toBe('2026-11-05');
    expect(r.state.cards['kv-cache']?.state).toBe(1);
    expect(Object.keys(r.state.cards).sort()).toEqual(['kv-cache', 'ttft']);
    expect(r.state.attempts['bank:vllm:block-size-default']).toEqual({ correct: 2, wrong: 1, shown: 0, lastAt: 0 });
    expect(Object.keys(r.state.days).sort()).toEqual(['2026-10-30', '2026-10-31', '2026-11-01']);
  });

  it('migrates an empty or partial format 1 value', () => {
    const r = decodePersisted(JSON.stringify({ version: 1, state: {} }), quizOptions);
    expect(r).toMatchObject({ ok: true, state: { cards: {}, attempts: {}, days: {} } });
  });

  it('refuses a malformed format 1 value instead of migrating it to empty', () => {
    const junk = { ...V1_SAMPLE, boxes: { ...V1_SAMPLE.boxes, junk: 'not a box' } };
    const r = decodePersisted(JSON.stringify({ version: 1, state: junk }), quizOptions);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/format 1 but field boxes\.junk is invalid/) });
    const streak = decodePersisted(JSON.stringify({ version: 1, state: { streak: { count: -2, last: 'yesterday' } } }), quizOptions);
    expect(streak.ok).toBe(false);
  });

  it('reads the current format unchanged and round-trips it', () => {
    const s = applyOutcome(quizOptions.initial(), 'item-1', ['ttft'], 'correct', t0);
    const r = decodePersisted(encodePersisted(s, QUIZ_VERSION), quizOptions);
    expect(r).toEqual({ ok: true, state: s });
  });

  it('refuses values from a newer version, corrupt JSON and invalid fields', () => {
    expect(decodePersisted(JSON.stringify({ version: QUIZ_VERSION + 1, state: {} }), quizOptions).ok).toBe(false);
    expect(decodePersisted('{not json', quizOptions).ok).toBe(false);
    const bad = decodePersisted(JSON.stringify({ version: QUIZ_VERSION, state: { cards: { x: { due: 'soon' } }, attempts: {}, days: {} } }), quizOptions);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/cards/);
  });
});

describe('recording outcomes', () => {
  it('counts attempts, schedules each term and marks the day', () => {
    let s: QuizState = quizOptions.initial();
    s = applyOutcome(s, 'q1', ['ttft', 'tpot'], 'wrong', t0);
    s = applyOutcome(s, 'q1', ['ttft', 'tpot'], 'shown', t0 + 1000);
    s = applyOutcome(s, 'q2', ['ttft'], 'correct', t0 + 2000);
    expect(s.attempts.q1).toMatchObject({ correct: 0, wrong: 1, shown: 1, last: 'shown' });
    expect(s.attempts.q2).toMatchObject({ correct: 1, wrong: 0, shown: 0 });
    expect(s.cards.ttft?.reps).toBe(3);
    expect(s.cards.tpot?.reps).toBe(2);
    expect(s.days[dayKey(t0)]).toBe(3);
  });

  it('a shown answer never counts as correct', () => {
    const s = applyOutcome(quizOptions.initial(), 'q', ['ttft'], 'shown', t0);
    expect(s.attempts.q?.correct).toBe(0);
    expect(s.cards.ttft?.lapses ?? 0).toBeGreaterThanOrEqual(0);
    expect(s.cards.ttft?.due).toBe(applyOutcome(quizOptions.initial(), 'q', ['ttft'], 'wrong', t0).cards.ttft?.due);
  });
});

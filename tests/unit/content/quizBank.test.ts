/**
 * Walks every quiz item (hand-written bank, lesson knowledge checks, generated glossary items): each is
 * well formed, its correct answer is accepted and every distractor is rejected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ACRONYM_DRILL_HINTS, ACRONYMS, GLOSSARY } from '../../../src/content/glossary/index.ts';
import { LESSON_IDS } from '../../../src/content/lessonIds.ts';
import { KNOWLEDGE_CHECKS, loadAllKnowledgeChecks, QUIZ_BANK, UNPLANNED_KNOWLEDGE_CHECK_FILES } from '../../../src/content/quiz/index.ts';
import { buildKnowledgeCheckRegistry, lessonIdOfFile } from '../../../src/content/quiz/lessons/knowledgeCheckFiles.ts';
import { checkAnswer, correctAnswer } from '../../../src/quiz/check.ts';
import { generateGlossaryItems } from '../../../src/quiz/generate.ts';
import { itemProblems, wrongAnswers } from '../../../src/quiz/integrity.ts';
import type { KnowledgeCheckSet, QuizItem } from '../../../src/quiz/schema.ts';

const termIds = new Set(GLOSSARY.map((t) => t.id));
const lessonIds = new Set<string>(LESSON_IDS);
const generated = generateGlossaryItems(GLOSSARY, ACRONYMS, ACRONYM_DRILL_HINTS);
let checks: KnowledgeCheckSet[] = [];
let all: QuizItem[] = [];

beforeAll(async () => {
  checks = await loadAllKnowledgeChecks();
  all = [...QUIZ_BANK, ...checks.flatMap((c) => c.items), ...generated];
});

describe('quiz bank integrity', () => {
  it('has at least 300 items, with unique ids', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    const ids = all.map((i) => i.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has a substantial hand-written part', () => {
    expect(QUIZ_BANK.length + checks.flatMap((c) => c.items).length).toBeGreaterThanOrEqual(150);
  });

  it('covers every item kind', () => {
    const kinds = new Set(all.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['acronym', 'match', 'multiple', 'numeric', 'order', 'single']);
  });

  it('every item is well formed, and its terms and lesson resolve', () => {
    const problems = all.flatMap((i) => itemProblems(i, { termIds, lessonIds }).map((p) => `${i.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('accepts every correct answer', () => {
    const rejected = all.filter((i) => !checkAnswer(i, correctAnswer(i)).correct).map((i) => i.id);
    expect(rejected).toEqual([]);
  });

  it('rejects every distractor, trap and wrong arrangement, with feedback', () => {
    const accepted: string[] = [];
    for (const item of all) {
      for (const w of wrongAnswers(item)) {
        const r = checkAnswer(item, w);
        if (r.correct || r.incomplete) accepted.push(`${item.id}: ${JSON.stringify(w)}`);
        else expect(r.feedback.length, item.id).toBeGreaterThan(0);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('explains why each choice distractor is wrong', () => {
    for (const item of all) {
      if (item.kind !== 'single') continue;
      for (const o of item.options) {
        if (o.id === item.answer) continue;
        const r = checkAnswer(item, { kind: 'single', choice: o.id });
        expect(r.notes.length, `${item.id}/${o.id}`).toBe(1);
      }
    }
  });
});

describe('knowledge checks', () => {
  it('every planned lesson has a knowledge check with at least 4 items', () => {
    for (const id of LESSON_IDS) {
      const set = checks.find((c) => c.lesson === id);
      expect(set, id).toBeDefined();
      expect(set?.items.length ?? 0, id).toBeGreaterThanOrEqual(4);
    }
    expect(Object.keys(KNOWLEDGE_CHECKS).sort()).toEqual([...LESSON_IDS].sort());
  });

  it('each file is named <module>--<lesson>.ts for a planned lesson, and each item points at its lesson', () => {
    expect(UNPLANNED_KNOWLEDGE_CHECK_FILES).toEqual([]);
    for (const c of checks) for (const i of c.items) expect(i.lesson, i.id).toBe(c.lesson);
  });

  it('the registry picks up any file by name and sets aside one for an unplanned lesson', async () => {
    const set = { lesson: 'vllm/lora', items: [] };
    const load = () => Promise.resolve({ default: set });
    const r = buildKnowledgeCheckRegistry({ './vllm--lora.ts': load, './vllm--made-up.ts': load, './notes.ts': load });
    expect(Object.keys(r.checks)).toEqual(['vllm/lora']);
    expect(r.unplanned).toEqual(['./notes.ts', './vllm--made-up.ts']);
    expect(await r.checks['vllm/lora']?.()).toEqual({ default: set });
    expect(lessonIdOfFile('./llm-d--kv-cache-tiers.ts')).toBe('llm-d/kv-cache-tiers');
  });

  it('the overview check covers the stack order and the headline numbers', () => {
    const overview = checks.find((c) => c.lesson === 'overview/the-serving-stack');
    const order = overview?.items.find((i) => i.kind === 'order' && i.steps.some((s) => s.includes('GPUs')));
    expect(order && order.kind === 'order' ? order.steps.join(' | ') : '').toMatch(/KServe.*gateway.*Endpoint Picker.*vLLM.*GPUs/);
    const text = JSON.stringify(overview);
    for (const n of ['24×', '3.5', '2–4×', 'under 4 %', '60–80 %']) expect(text, n).toContain(n);
  });
});

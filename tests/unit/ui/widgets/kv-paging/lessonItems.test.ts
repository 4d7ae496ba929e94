import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import kvCheck from '../../../../../src/content/quiz/lessons/vllm--kv-cache-memory.ts';
import pagedCheck from '../../../../../src/content/quiz/lessons/vllm--paged-attention.ts';
import { checkAnswer, correctAnswer } from '../../../../../src/quiz/check.ts';
import { itemProblems, wrongAnswers } from '../../../../../src/quiz/integrity.ts';
import { KnowledgeCheckSchema, type QuizItem } from '../../../../../src/quiz/schema.ts';
import { simulate } from '../../../../../src/widget-models/kv-paging/simulate.ts';
import { KV_PRESETS } from '../../../../../src/widget-models/kv-paging/presets.ts';

const item = (set: { items: QuizItem[] }, n: number) => set.items.find((i) => i.id.endsWith(`#${n}`)) as QuizItem;
const numericAnswer = (i: QuizItem) => (i.kind === 'numeric' ? i.answer : NaN);

describe('knowledge checks of the two KV lessons', () => {
  it('are valid, graded in place: right answer accepted, distractors rejected', () => {
    for (const set of [kvCheck, pagedCheck]) {
      expect(v.safeParse(KnowledgeCheckSchema, set).success).toBe(true);
      expect(set.items.length).toBeGreaterThanOrEqual(4);
      for (const i of set.items) {
        expect(itemProblems(i), i.id).toEqual([]);
        expect(checkAnswer(i, correctAnswer(i)).correct, i.id).toBe(true);
        for (const w of wrongAnswers(i)) expect(checkAnswer(i, w).correct, i.id).toBe(false);
      }
    }
  });

  it('match what the widget shows when stepped', () => {
    const frag = simulate(KV_PRESETS['watch-fragmentation'].state);
    expect(frag.contiguous?.maxRunning).toBe(numericAnswer(item(kvCheck, 7)));
    expect(frag.paged?.maxRunning).toBe(8);

    const sharing = simulate(KV_PRESETS['prefix-sharing'].state);
    const hits = new Set(sharing.paged?.frames.flatMap((f) => f.events.filter((e) => e.type === 'cacheHit').map((e) => ('req' in e ? e.req : ''))));
    expect(hits.size).toBe(numericAnswer(item(pagedCheck, 8)));

    const par = simulate(KV_PRESETS['parallel-sampling'].state);
    const forkFrame = par.paged?.frames.findIndex((f) => f.events.some((e) => e.type === 'forked')) ?? -1;
    const run = par.paged;
    if (!run) throw new Error('no run');
    const sample = par.workload.byId.get('1_r1');
    const table = run.tables.at(sample?.index ?? -1, forkFrame + 1);
    const ref = run.blocks.get(forkFrame + 1).ref;
    const full = Array.from(table.blocks).slice(0, Math.floor(200 / 16));
    const i7 = item(pagedCheck, 7);
    const right = i7.kind === 'single' ? i7.options.find((o) => o.id === i7.answer)?.text : '';
    expect(full.every((b) => String(ref[b]) === right)).toBe(true);
  });
});

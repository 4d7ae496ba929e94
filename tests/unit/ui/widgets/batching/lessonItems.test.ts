import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../../../src/content/glossary/index.ts';
import chunkedCheck from '../../../../../src/content/quiz/lessons/vllm--chunked-prefill.ts';
import continuousCheck from '../../../../../src/content/quiz/lessons/vllm--continuous-batching.ts';
import preemptionCheck from '../../../../../src/content/quiz/lessons/vllm--preemption.ts';
import { checkAnswer, correctAnswer } from '../../../../../src/quiz/check.ts';
import { itemProblems, wrongAnswers } from '../../../../../src/quiz/integrity.ts';
import { KnowledgeCheckSchema, type QuizItem } from '../../../../../src/quiz/schema.ts';
import { metricsAt } from '../../../../../src/widget-models/batching/liveMetrics.ts';
import { simulate } from '../../../../../src/widget-models/batching/simulate.ts';
import { SCHED_STRIDE } from '../../../../../src/widget-models/batching/types.ts';
import { BATCH_PRESETS } from '../../../../../src/widget-models/batching/presets.ts';

const item = (set: { items: QuizItem[] }, n: number) => set.items.find((i) => i.id.endsWith(`#${n}`)) as QuizItem;
const numericAnswer = (i: QuizItem) => (i.kind === 'numeric' ? i.answer : NaN);
const singleAnswer = (i: QuizItem) => (i.kind === 'single' ? i.options.find((o) => o.id === i.answer)?.text : undefined);

describe('knowledge checks of the three batching lessons', () => {
  const sets = [continuousCheck, chunkedCheck, preemptionCheck];

  it('are valid, graded in place: right answer accepted, distractors rejected', () => {
    const termIds = new Set(GLOSSARY.map((t) => t.id));
    for (const set of sets) {
      expect(v.safeParse(KnowledgeCheckSchema, set).success).toBe(true);
      expect(set.items.length).toBeGreaterThanOrEqual(4);
      for (const i of set.items) {
        expect(itemProblems(i, { termIds }), i.id).toEqual([]);
        expect(checkAnswer(i, correctAnswer(i)).correct, i.id).toBe(true);
        for (const w of wrongAnswers(i)) expect(checkAnswer(i, w).correct, i.id).toBe(false);
      }
    }
  });

  it('agree with the widget’s full simulation of the same presets', () => {
    const late = simulate(BATCH_PRESETS['late-arrivals'].settings);
    const r1 = late.workload.reqs[1];
    const queue = ((late.stat?.times[1]?.firstScheduledUs ?? 0) - (r1?.arrivalUs ?? 0)) / 1000;
    expect(numericAnswer(item(continuousCheck, 6))).toBe(Math.round(queue));
    const batch2 = late.stat?.steps.find((s) => s.batch === 2);
    const members = Array.from(batch2?.sched ?? []).filter((_, k) => k % SCHED_STRIDE === 0).map((i) => late.workload.reqs[i]?.label);
    expect(singleAnswer(item(continuousCheck, 7))).toBe(`${members.slice(0, -1).join(', ')} and ${members[members.length - 1]}`);
    expect(late.workload.reqs[5]?.arrivalUs).toBeGreaterThan(batch2?.startUs ?? Infinity);
    expect(metricsAt(late.cont as never, late.workload, Infinity).ttft.p50).toBeLessThan(metricsAt(late.stat as never, late.workload, Infinity).ttft.p50);

    const long = simulate(BATCH_PRESETS['long-prompts'].settings);
    const first = long.cont?.steps.find((s) => Array.from(s.sched).some((x, k) => k % SCHED_STRIDE === 0 && x === 2));
    const at = Array.from(first?.sched ?? []).findIndex((x, k) => k % SCHED_STRIDE === 0 && x === 2);
    expect(numericAnswer(item(chunkedCheck, 6))).toBe(first?.sched[at + 1]);

    const thr = simulate(BATCH_PRESETS['prefill-threshold'].settings);
    expect(numericAnswer(item(chunkedCheck, 7))).toBe((thr.cont?.steps[0]?.sched.length ?? 0) / SCHED_STRIDE);

    for (const [id, n] of [['preemption', 7], ['priority-preemption', 8]] as const) {
      const sim = simulate(BATCH_PRESETS[id].settings);
      const step = sim.cont?.steps.find((s) => s.preempted.length > 0);
      expect(singleAnswer(item(preemptionCheck, n))).toBe(sim.workload.reqs[step?.preempted[0]?.victim ?? -1]?.label);
    }
  });
});

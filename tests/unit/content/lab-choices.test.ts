import { describe, expect, it } from 'vitest';
import { CHALLENGES } from '../../../src/content/lab/challenges.ts';
import { GPU_IDS, MODELS } from '../../../src/sim/cost/index.ts';
import { PATTERNS, WORKLOADS } from '../../../src/sim/patterns/index.ts';
import { CHALLENGE_ID_LIST, GPU_ID_LIST, MODEL_ID_LIST, PATTERN_ID_LIST, WORKLOAD_ID_LIST } from '../../../src/widget-models/lab/choices.ts';

// The /lab route validates its URL with these literals so its entry chunk never loads the
// simulator; they must stay the simulator's own lists.
describe('the Lab URL’s plain lists match the simulator', () => {
  it('patterns, workloads, models, GPUs and challenges', () => {
    expect(PATTERN_ID_LIST).toEqual(PATTERNS.map((p) => p.id));
    expect(WORKLOAD_ID_LIST).toEqual(WORKLOADS.map((w) => w.id));
    expect(MODEL_ID_LIST).toEqual(MODELS.map((m) => m.id));
    expect(GPU_ID_LIST).toEqual([...GPU_IDS]);
    expect(CHALLENGE_ID_LIST).toEqual(CHALLENGES.map((c) => c.id));
  });
});

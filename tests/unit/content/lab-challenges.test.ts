/**
 * The Lab's challenges against the pattern model: each reference configuration (par) passes and
 * its score is what the model gives; the starting configuration and an obvious-but-wrong answer
 * fail; where the goal is "fewest", one step less fails too, so par is the least that works along
 * the axis the challenge teaches.
 */
import { describe, expect, it } from 'vitest';
import { CHALLENGES, challengeConfig, findChallenge, gradeChallenge, parConfig, startConfig, type LabChallenge } from '../../../src/content/lab/challenges.ts';
import { LESSON_IDS } from '../../../src/content/course/plan.ts';
import { coldStartS } from '../../../src/sim/patterns/index.ts';
import type { LabConfig } from '../../../src/widget-models/lab/config.ts';
import { compareScores, versusPar } from '../../../src/widget-models/lab/grade.ts';
import { metricOf } from '../../../src/widget-models/lab/metrics.ts';

/** Configurations that must fail each challenge: the obvious wrong answer and the near misses below par. */
const MUST_FAIL: Record<string, readonly Partial<LabConfig>[]> = {
  // Round robin needs a fourth replica; prefix-aware routing alone a third; one tiered replica is not enough.
  'chat-fewest-gpus': [{ pattern: 'replicated', gpus: 6 }, { pattern: 'caching-first', gpus: 4 }, { pattern: 'hybrid-multi-tier', gpus: 2 }],
  // Aggregated replicas stream too slowly; a P/D split with too few prefill replicas queues.
  'pd-summarize-at-load': [{ pattern: 'replicated' }, { pattern: 'disaggregated', prefill: 2 }],
  // GPU memory alone, or CPU memory without the storage tier, leaves too many misses.
  'tiered-rag': [{ pattern: 'caching-first' }, { pattern: 'hybrid-multi-tier', tiers: 'cpu' }],
  // A fixed fleet that meets the objectives costs too much; a pool capped below par's starves at midday.
  'diurnal-gpu-hours': [{ pattern: 'caching-first', gpus: 6 }, { pattern: 'autoscaling-pool', gpus: 6 }],
  // Two TP 4 replicas stream too slowly.
  'tp-70b-fast-tokens': [{ pattern: 'tensor-parallel', tp: 4 }],
  // More GPUs do not save two regions; three regions on 6 GPUs lose too much.
  'federation-outage': [{ gpus: 16, regions: 2 }, { gpus: 6, regions: 3 }],
  'fix-one-giant-replica': [{ pattern: 'tensor-parallel', tp: 4 }],
  // One replica cannot absorb the bursts.
  'bursty-cheapest': [{ pattern: 'caching-first', gpus: 2 }],
};

const passes = (ch: LabChallenge, c: Partial<LabConfig>) => {
  const g = gradeChallenge(ch, c);
  return g.ok && g.grade.passed;
};

describe('Lab challenges', () => {
  it('are at least eight, with unique ids, and cover the serving ideas the Lab teaches', () => {
    expect(CHALLENGES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(CHALLENGES.map((c) => c.id)).size).toBe(CHALLENGES.length);
    const topics = CHALLENGES.map((c) => c.topic).join(' | ');
    for (const t of ['prefix-aware routing', 'disaggregation', 'tiered KV', 'autoscaling', 'tensor parallelism', 'federation', 'anti-pattern', 'cost']) expect(topics).toContain(t);
    for (const c of CHALLENGES) {
      expect(LESSON_IDS, c.id).toContain(c.lesson);
      expect(Object.keys(MUST_FAIL), c.id).toContain(c.id);
      expect(findChallenge(c.id)).toBe(c);
    }
    expect(findChallenge('no-such-challenge')).toBeUndefined();
  });

  for (const ch of CHALLENGES) {
    it(`${ch.id}: par passes and is the model's score; the start and the near misses fail`, () => {
      const par = gradeChallenge(ch, ch.par);
      if (!par.ok) throw new Error(par.error);
      expect(par.grade.passed, JSON.stringify(par.grade.checks)).toBe(true);
      expect(par.grade.score).toBe(metricOf(par.report, ch.goal.score));
      // The start either fails or scores worse than par (a "fewest" challenge may start from a working but wasteful fleet).
      const start = gradeChallenge(ch, {});
      if (start.ok && start.grade.passed) expect(compareScores(ch.goal.score, start.grade.score, par.grade.score), 'the start is short of par').toBe(1);
      for (const bad of MUST_FAIL[ch.id] ?? []) expect(passes(ch, bad), JSON.stringify(bad)).toBe(false);
    });
  }

  it('the debriefs’ cold start of about 80 s for Qwen2.5-32B is the model’s', () => {
    expect(Math.round(coldStartS('qwen2.5-32b'))).toBe(80);
    for (const id of ['diurnal-gpu-hours', 'bursty-cheapest']) expect(findChallenge(id)?.debrief).toMatch(/80 s/);
  });

  it('locks the fixed settings whatever the learner sends', () => {
    const ch = findChallenge('tiered-rag') as LabChallenge;
    const c = challengeConfig(ch, { pattern: 'hybrid-multi-tier', gpus: 64, qps: 0.5, workload: 'chat' });
    expect(c).toMatchObject({ pattern: 'hybrid-multi-tier', gpus: 8, qps: 10, workload: 'rag', durationS: 300 });
    expect(startConfig(ch).pattern).toBe('caching-first');
    expect(parConfig(ch).pattern).toBe('hybrid-multi-tier');
  });

  it('a configuration that cannot run is graded as an error, not a pass', () => {
    const ch = findChallenge('chat-fewest-gpus') as LabChallenge;
    const g = gradeChallenge(ch, { pattern: 'disaggregated', gpus: 2 });
    expect(g.ok).toBe(false);
    if (!g.ok) expect(g.error).toMatch(/needs at least 2/);
  });

  it('compares scores in the direction of the metric', () => {
    expect(compareScores('gpus_used', 4, 6)).toBe(-1);
    expect(compareScores('slo_attainment', 0.9, 0.95)).toBe(1);
    expect(versusPar('gpu_hours', 0.5, 0.42)).toBe('short of par');
    expect(versusPar('ttft_p90_s', 0.3, 0.42)).toBe('better than par');
  });
});

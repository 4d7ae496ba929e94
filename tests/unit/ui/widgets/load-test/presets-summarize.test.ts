/**
 * The summarize presets of the load-test widget promise only what the model shows: each claim
 * of a title and guide is replayed here on the preset's own settings.
 */
import { describe, expect, it } from 'vitest';
import KC from '../../../../../src/content/quiz/lessons/patterns--choosing-an-architecture.ts';
import { kneeOf } from '../../../../../src/widget-models/load-test/sweep.ts';
import { sweep } from './presetSweep.ts';

describe('load-test summarize presets do what their titles say', { timeout: 60_000 }, () => {
  it('pd-long-prompts: P/D keeps TPOT p99 under 30 ms, aggregated passes 100 ms; P/D TTFT p50 is later at every rate; both knees at 8', () => {
    const { a, b, sim } = sweep('pd-long-prompts');
    expect(a[0]?.qps).toBe(2);
    expect(a.at(-1)?.qps).toBe(12);
    expect(sim.sloItlMs).toBe(100);
    expect(Math.max(...b.map((p) => p.tpotP99Ms))).toBeLessThan(30);
    expect(Math.max(...a.map((p) => p.tpotP99Ms))).toBeGreaterThan(100);
    a.forEach((p, i) => expect(b[i]?.ttftP50S).toBeGreaterThan(p.ttftP50S));
    expect(kneeOf(a).qps).toBe(8);
    expect(kneeOf(b).qps).toBe(8);
  });

  it('tp-vs-replicas: TP 8 answers first at 2 req/s but its knee is at 4, the four TP 2 replicas’ at 8', () => {
    const { a, b } = sweep('tp-vs-replicas');
    expect(a[0]?.qps).toBe(2);
    expect(a[0]?.ttftP50S).toBeLessThan(b[0]?.ttftP50S ?? 0);
    expect(kneeOf(a).qps).toBe(4);
    expect(kneeOf(b).qps).toBe(8);
    // The knowledge check that quotes this sweep is graded by it.
    const item = KC.items.find((i) => i.id === 'kc:patterns/choosing-an-architecture#9');
    expect(item?.kind === 'numeric' ? item.answer : null).toBe((kneeOf(b).qps ?? 0) / (kneeOf(a).qps ?? 1));
    expect(item?.explanation).toContain(`at ${kneeOf(b).qps} requests per second`);
    expect(item?.prompt).toContain(`at ${kneeOf(a).qps} requests per second`);
    expect(item?.prompt).toContain(`from ${a[0]?.qps} to ${a.at(-1)?.qps} requests per second`);
  });
});

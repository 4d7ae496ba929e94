/**
 * Every load-test preset's title and guide promise only what the model shows: each claim is
 * replayed here on the preset's own settings.
 */
import { describe, expect, it } from 'vitest';
import { startLoadTest, type LoadTestSweep } from '../../../../../src/widget-models/load-test/model.ts';
import { LOAD_TEST_PRESETS, presetOf, type LoadTestPresetId } from '../../../../../src/widget-models/load-test/presets.ts';
import { sweepRates, type LoadTestSettings } from '../../../../../src/widget-models/load-test/settings.ts';
import { kneeOf, type LoadPoint } from '../../../../../src/widget-models/load-test/sweep.ts';

function settingsOf(id: LoadTestPresetId): LoadTestSettings {
  const { metric: _m, ...s } = LOAD_TEST_PRESETS[id].state;
  return s;
}

function sweep(id: LoadTestPresetId): { a: LoadPoint[]; b: LoadPoint[]; sim: LoadTestSweep } {
  const job = startLoadTest(settingsOf(id));
  while (!job.advance(10));
  for (const line of job.sim.series) expect(line.error).toBeNull();
  const [a, b] = job.sim.series.map((l) => l.points as LoadPoint[]);
  return { a: a ?? [], b: b ?? [], sim: job.sim };
}

describe('load-test presets do what their titles say', { timeout: 60_000 }, () => {
  it('one-replica: one replica holds to 10 req/s then TTFT climbs into seconds; four replicas hold to 35', () => {
    const { a, b } = sweep('one-replica');
    expect(sweepRates(settingsOf('one-replica'))[0]).toBe(5);
    expect(kneeOf(a).qps).toBe(10);
    expect(kneeOf(b).qps).toBe(35);
    expect(a[2]?.ttftP99S).toBeGreaterThan(1);
    expect(a[3]?.ttftP50S).toBeGreaterThan(1);
  });

  it('chat-routing: prefix-aware routing has the lower TTFT p50 at every rate and moves the knee from 30 to 50', () => {
    const { a, b } = sweep('chat-routing');
    expect(a.map((p) => p.qps)).toEqual([10, 20, 30, 40, 50, 60]);
    a.forEach((p, i) => expect(b[i]?.ttftP50S).toBeLessThan(p.ttftP50S));
    a.forEach((p, i) => expect(b[i]?.prefixHitRate).toBeGreaterThan(p.prefixHitRate));
    expect(kneeOf(a).qps).toBe(30);
    expect(kneeOf(b).qps).toBe(50);
  });

  it('pd-long-prompts: P/D keeps TPOT p99 under 30 ms, aggregated passes 100 ms; P/D TTFT is later at every rate; both knees at 8', () => {
    const { a, b, sim } = sweep('pd-long-prompts');
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
  });

  it('every preset resolves; an unknown id names the known ones', () => {
    for (const id of Object.keys(LOAD_TEST_PRESETS)) expect(presetOf(id).id).toBe(id);
    expect(() => presetOf('nope')).toThrow(/Known presets: one-replica/);
  });
});

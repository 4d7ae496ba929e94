/**
 * The chat presets of the load-test widget promise only what the model shows: each claim of a
 * title and guide is replayed here on the preset's own settings.
 */
import { describe, expect, it } from 'vitest';
import { LOAD_TEST_PRESETS, presetOf } from '../../../../../src/widget-models/load-test/presets.ts';
import { sweepRates } from '../../../../../src/widget-models/load-test/settings.ts';
import { kneeOf } from '../../../../../src/widget-models/load-test/sweep.ts';
import { settingsOf, sweep } from './presetSweep.ts';

describe('load-test chat presets do what their titles say', { timeout: 60_000 }, () => {
  it('one-replica: one replica holds to 6 req/s, its TTFT p50 is in seconds at 12; four replicas hold to 24', () => {
    const { a, b } = sweep('one-replica');
    expect(sweepRates(settingsOf('one-replica'))).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
    expect(kneeOf(a).qps).toBe(6);
    expect(kneeOf(b).qps).toBe(24);
    expect(a[3]?.qps).toBe(12);
    expect(a[3]?.ttftP50S).toBeGreaterThan(1);
  });

  it('chat-routing: prefix-aware routing has the lower TTFT p50 and higher hit rate at every rate and moves the knee from 20 to 40', () => {
    const { a, b } = sweep('chat-routing');
    expect(a.map((p) => p.qps)).toEqual([10, 20, 30, 40, 50, 60]);
    a.forEach((p, i) => expect(b[i]?.ttftP50S).toBeLessThan(p.ttftP50S));
    a.forEach((p, i) => expect(b[i]?.prefixHitRate).toBeGreaterThan(p.prefixHitRate));
    expect(kneeOf(a).qps).toBe(20);
    expect(kneeOf(b).qps).toBe(40);
  });

  it('every preset resolves; an unknown id names the known ones', () => {
    for (const id of Object.keys(LOAD_TEST_PRESETS)) expect(presetOf(id).id).toBe(id);
    expect(() => presetOf('nope')).toThrow(/Known presets: one-replica/);
  });
});

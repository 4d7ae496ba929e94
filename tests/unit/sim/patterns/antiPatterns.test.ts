/** Each anti-pattern's harm, shown by running the model on the mistake and on its fix. */
import { describe, expect, it } from 'vitest';
import { ANTI_PATTERNS, antiPattern } from '../../../../src/sim/patterns/antiPatterns.ts';

const m = (id: string) => {
  const r = antiPattern(id).run();
  return { bad: r.bad.metrics, better: r.better.metrics };
};
const n = (x: number | undefined) => x ?? NaN;

describe('anti-patterns', () => {
  it('lists five cases and refuses unknown ids', () => {
    expect(ANTI_PATTERNS).toHaveLength(5);
    expect(() => antiPattern('nope')).toThrow(/valid: round-robin-shared-prefixes/);
  });

  it('round robin over shared prefixes: fewer cache hits, slower first tokens', () => {
    const { bad, better } = m('round-robin-shared-prefixes');
    expect(n(bad['prefix_hit_rate'])).toBeLessThan(n(better['prefix_hit_rate']) - 0.1);
    expect(n(bad['ttft_p90_s'])).toBeGreaterThan(2 * n(better['ttft_p90_s']));
  }, 30_000);

  it('scale to zero for a 70B model: cold starts push TTFT p99 to minutes and break the SLO', () => {
    const { bad, better } = m('scale-to-zero-70b-tight-ttft');
    expect(n(bad['cold_starts'])).toBeGreaterThan(0);
    expect(n(bad['ttft_p99_s'])).toBeGreaterThan(60);
    expect(n(better['ttft_p99_s'])).toBeLessThan(1);
    expect(n(bad['slo_attainment'])).toBeLessThan(n(better['slo_attainment']) - 0.1);
    // What it buys: fewer GPU-hours.
    expect(n(bad['gpu_hours'])).toBeLessThan(n(better['gpu_hours']));
  }, 30_000);

  it('TP across nodes over 100 GbE: slower steps, worse ITL and SLO attainment', () => {
    const { bad, better } = m('tp-across-nodes-slow-link');
    expect(n(bad['itl_p90_ms'])).toBeGreaterThan(2 * n(better['itl_p90_ms']));
    expect(n(bad['slo_attainment'])).toBeLessThan(n(better['slo_attainment']));
  }, 30_000);

  it('an oversized max_num_seqs preempts; the right-sized one does not', () => {
    const { bad, better } = m('oversized-max-num-seqs');
    expect(n(bad['num_preemptions'])).toBeGreaterThan(20);
    expect(better['num_preemptions']).toBe(0);
    expect(n(bad['itl_p99_ms'])).toBeGreaterThan(n(better['itl_p99_ms']));
  }, 30_000);

  it('one giant replica: four small ones serve long prompts with better TTFT, ITL and SLO attainment', () => {
    const { bad, better } = m('one-giant-replica');
    expect(n(bad['ttft_p90_s'])).toBeGreaterThan(n(better['ttft_p90_s']));
    expect(n(bad['itl_p90_ms'])).toBeGreaterThan(n(better['itl_p90_ms']));
    expect(n(bad['slo_attainment'])).toBeLessThan(n(better['slo_attainment']));
  }, 30_000);
});

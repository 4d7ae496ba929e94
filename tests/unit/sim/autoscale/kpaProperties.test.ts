/** Invariants of the decider and its windows, over random inputs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KpaDecider, MaxWindow, TimedBuckets, type DeciderSpec } from '../../../../src/sim/autoscale/index.ts';

const specArb = fc.record({
  metric: fc.constantFrom('concurrency' as const, 'rps' as const),
  targetValue: fc.double({ min: 0.5, max: 200, noNaN: true }),
  totalValue: fc.double({ min: 0, max: 300, noNaN: true }),
  targetBurstCapacity: fc.constantFrom(-1, 0, 50, 211),
  panicThreshold: fc.double({ min: 1.1, max: 10, noNaN: true }),
  maxScaleUpRate: fc.double({ min: 1.01, max: 1000, noNaN: true }),
  maxScaleDownRate: fc.double({ min: 1.01, max: 10, noNaN: true }),
  activationScale: fc.constant(1),
  stableWindowS: fc.integer({ min: 6, max: 120 }),
  scaleDownDelayS: fc.constant(0),
  reachable: fc.constant(true),
}) satisfies fc.Arbitrary<DeciderSpec>;

const tickArb = fc.record({
  dt: fc.integer({ min: 1, max: 30 }),
  ready: fc.integer({ min: 0, max: 50 }),
  stable: fc.double({ min: 0, max: 5000, noNaN: true }),
  panic: fc.double({ min: 0, max: 5000, noNaN: true }),
});

describe('KPA decider invariants', () => {
  it('outside panic the decision stays within the rate limits; inside, it never drops', () => {
    fc.assert(
      fc.property(specArb, fc.integer({ min: 0, max: 5 }), fc.array(tickArb, { minLength: 1, maxLength: 40 }), (spec, initial, ticks) => {
        const d = new KpaDecider(spec, initial, 0);
        let t = 0;
        let prevPanicking = d.panicking;
        let prevDesired = -1;
        for (const k of ticks) {
          t += k.dt;
          const r = d.scale({ nowS: t, readyPods: k.ready, stableValue: k.stable, panicValue: k.panic });
          expect(r.valid).toBe(true);
          const ready = Math.max(1, k.ready);
          const up = Math.ceil(spec.maxScaleUpRate * ready);
          if (!d.panicking) {
            expect(r.desiredPods).toBeLessThanOrEqual(up);
            expect(r.desiredPods).toBeGreaterThanOrEqual(Math.floor(ready / spec.maxScaleDownRate));
          } else if (prevPanicking) {
            expect(r.desiredPods).toBeGreaterThanOrEqual(prevDesired);
          }
          if (spec.targetBurstCapacity === 0) expect(r.excessBurstCapacity).toBe(0);
          else if (spec.targetBurstCapacity < 0) expect(r.excessBurstCapacity).toBe(-1);
          else expect(r.excessBurstCapacity).toBe(Math.floor(k.ready * spec.totalValue - spec.targetBurstCapacity - k.panic));
          prevPanicking = d.panicking;
          prevDesired = r.desiredPods;
        }
      }),
    );
  });

  it('panic is entered exactly when the panic demand reaches the threshold', () => {
    fc.assert(
      fc.property(specArb, tickArb, (spec, k) => {
        const d = new KpaDecider(spec, 1, 0);
        d.scale({ nowS: 2, readyPods: k.ready, stableValue: k.stable, panicValue: k.panic });
        const over = Math.ceil(k.panic / spec.targetValue) / Math.max(1, k.ready) >= spec.panicThreshold;
        expect(d.panicking).toBe(over);
      }),
    );
  });

  it('a scale-down delay never returns less than the largest decision of the delay window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 60 }), (delay, loads) => {
        const spec: DeciderSpec = { metric: 'concurrency', targetValue: 10, totalValue: 0, targetBurstCapacity: 0, panicThreshold: 1000, maxScaleUpRate: 1000, maxScaleDownRate: 1000, activationScale: 1, stableWindowS: 60, scaleDownDelayS: delay, reachable: true };
        const plain = new KpaDecider({ ...spec, scaleDownDelayS: 0 }, 0, 0);
        const held = new KpaDecider(spec, 0, 0);
        const history: [number, number][] = [];
        loads.forEach((load, i) => {
          const t = 2 * (i + 1);
          const raw = plain.scale({ nowS: t, readyPods: 100, stableValue: load, panicValue: 0 }).desiredPods;
          history.push([t, raw]);
          const got = held.scale({ nowS: t, readyPods: 100, stableValue: load, panicValue: 0 }).desiredPods;
          const buckets = Math.ceil(delay / 2);
          const inWindow = history.filter(([ht]) => Math.floor(t / 2) - Math.floor(ht / 2) < buckets).map(([, v]) => v);
          expect(got).toBe(Math.max(...inWindow));
        });
      }),
    );
  });
});

describe('windows', () => {
  it('MaxWindow equals the naive maximum over the last `size` indexes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 100 })), { maxLength: 80 }), (size, steps) => {
        const w = new MaxWindow(size);
        const seen: [number, number][] = [];
        let index = 0;
        for (const [gap, v] of steps) {
          index += gap;
          w.record(index, v);
          seen.push([index, v]);
          const want = Math.max(...seen.filter(([i]) => index - i < size).map(([, x]) => x));
          expect(w.current()).toBe(want);
        }
      }),
    );
  });

  it('TimedBuckets averages like a reference over the seconds since the first write', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 40 }), (win, writes) => {
        const b = new TimedBuckets(win);
        const values = new Map<number, number>();
        let t = 0;
        let first = 0;
        let last = -Infinity;
        for (const [gap, v] of writes) {
          t += gap;
          if (t - last >= win) {
            values.clear();
            first = t;
          }
          b.record(t, v);
          values.set(t, (values.get(t) ?? 0) + v);
          last = t;
          for (const now of [t, t + 1, t + win - 1, t + win]) {
            const d = now - last;
            let want = 0;
            if (d < win) {
              let sum = 0;
              for (const [s, x] of values) if (s > now - win) sum += x;
              want = sum / Math.min(last - first + 1, win - Math.max(0, d));
            }
            expect(b.windowAverage(now)).toBeCloseTo(want, 5);
            expect(b.isEmpty(now)).toBe(now - last > win);
          }
        }
      }),
    );
  });
});

/**
 * Knative's own decider tests (knative.dev/serving knative-v1.23.0
 * `pkg/autoscaler/scaling/autoscaler_test.go`), replayed as decider cases through `runKpaCase`,
 * the core the `kpa` CLI runs. Test helpers mirror upstream: target utilisation 0.75,
 * panic threshold 2, rates 10, stable window 60 s, one ready pod at creation.
 */
import { describe, expect, it } from 'vitest';
import {
  KNATIVE_DEFAULTS,
  KpaDecider,
  deciderSpecFrom,
  panicWindowS,
  resolveMetricTarget,
  runKpaCase,
  type KpaCase,
  type KpaCaseResult,
  type KpaCaseTick,
  type KpaSettings,
} from '../../../../src/sim/autoscale/index.ts';

const TU = 0.75;
type Spec = KpaCase['spec'];

/** `newTestAutoscalerWithScalingMetric(target, tbc, …)`. */
const testSpec = (target: number, tbc: number, over: Partial<Spec> = {}): Spec => ({
  metric: 'concurrency',
  targetValue: target,
  totalValue: target / TU,
  targetBurstCapacity: tbc,
  panicThreshold: 2,
  maxScaleUpRate: 10,
  maxScaleDownRate: 10,
  activationScale: 1,
  stableWindowS: 60,
  scaleDownDelayS: 0,
  ...over,
});

/** Upstream's `expectedEBC(totCap, targetBC, recordedConcurrency, numPods)`. */
const ebc = (totCap: number, tbc: number, conc: number, pods: number): number => Math.floor((totCap / TU) * pods - tbc - conc);

const tick = (t: number, readyPods: number | null, stable: number | null, panic: number | null, reachable = true): KpaCaseTick => ({
  t,
  readyPods,
  stableValue: stable,
  panicValue: panic,
  reachable,
});

/** Upstream compares ExcessBurstCapacity with ±1 tolerance (float order differs). */
function expectScale(got: KpaCaseResult | undefined, desired: number, wantEbc: number, valid = true): void {
  expect(got).toBeDefined();
  const r = got as KpaCaseResult;
  expect({ valid: r.valid, desiredPods: r.desiredPods }).toEqual({ valid, desiredPods: desired });
  expect(Math.abs(r.excessBurstCapacity - wantEbc)).toBeLessThanOrEqual(1);
}

const run = (spec: Spec, ticks: KpaCaseTick[], initialReadyPods: number | null = 1): KpaCaseResult[] => runKpaCase({ spec, initialReadyPods, ticks });

describe('KPA decider: Knative autoscaler_test.go', () => {
  const delaySpec = testSpec(10, 0, { totalValue: 0, panicThreshold: 100, stableWindowS: 0, scaleDownDelayS: 300 });

  it('ScaleDownDelay/simple and gradual', () => {
    const r = run(
      delaySpec,
      [
        tick(2, 0, 40, 40),
        tick(300, 0, 0, 0),
        tick(302, 0, 0, 0),
        tick(540, 0, 40, 40),
        tick(600, 0, 30, 30),
        tick(660, 0, 0, 0),
        tick(840, 0, 0, 0),
        tick(900, 0, 0, 0),
      ],
      0,
    );
    expect(r.map((x) => x.desiredPods)).toEqual([4, 4, 0, 4, 4, 4, 3, 0]);
    expect(r.every((x) => x.valid && x.excessBurstCapacity === 0)).toBe(true);
  });

  it('ScaleDownDelayNotReachable: an unreachable revision skips the delay', () => {
    const r = run(delaySpec, [tick(2, 0, 40, 40), tick(60, 0, 0, 0), tick(2, 0, 0, 0, false)], 0);
    expect(r.map((x) => x.desiredPods)).toEqual([4, 4, 0]);
  });

  it('ScaleDownDelayZero: scales down at once', () => {
    const r = run({ ...delaySpec, scaleDownDelayS: 0 }, [tick(0, 0, 40, 40), tick(0.5, 0, 20, 20)], 0);
    expect(r.map((x) => x.desiredPods)).toEqual([4, 2]);
  });

  it('NoDataNoAutoscale: invalid result carries zeros', () => {
    const [r] = run(testSpec(10, 100), [tick(0, 1, null, null)]);
    expect(r).toEqual({ t: 0, valid: false, desiredPods: 0, excessBurstCapacity: 0, panicking: false });
  });

  it('Metrics: 50 concurrency at target 10', () => {
    expectScale(run(testSpec(10, 100), [tick(0, 1, 50, 50)])[0], 5, ebc(10, 100, 50, 1));
  });

  it('MetricsWithRPS: panics on rps and desires 10', () => {
    const [r] = run(testSpec(10, 100, { metric: 'rps' }), [tick(61, 1, 100, 99)]);
    expectScale(r, 10, ebc(10, 100, 99, 1));
    expect(r?.panicking).toBe(true);
  });

  it('StableModeIncreaseWithConcurrencyDefault', () => {
    const r = run(testSpec(10, 101), [tick(0, 1, 50, 10), tick(0, 1, 100, 10)]);
    expectScale(r[0], 5, ebc(10, 101, 10, 1));
    expectScale(r[1], 10, ebc(10, 101, 10, 1));
  });

  it('StableModeIncreaseWithRPS', () => {
    const r = run(testSpec(10, 101, { metric: 'rps' }), [tick(0, 1, 50, 50), tick(0, 1, 100, 99)]);
    expectScale(r[0], 5, ebc(10, 101, 50, 1));
    expectScale(r[1], 10, ebc(10, 101, 99, 1));
  });

  it('UnpanicAfterSlowIncrease', () => {
    const r = run(testSpec(1, 98), [tick(0, 10, 11, 25), tick(30, 40, 30, 41), tick(62, 55, 50, 56)]);
    expectScale(r[0], 25, ebc(1, 98, 25, 10));
    expectScale(r[1], 41, ebc(1, 98, 41, 40));
    expectScale(r[2], 50, ebc(1, 98, 56, 55));
    expect(r.map((x) => x.panicking)).toEqual([true, true, false]);
  });

  it('UnpanicAfterSlowIncrease: the panic time did not move at 30 s', () => {
    // Had the 30 s tick extended panic, it would still be on at 62 s.
    const d = new KpaDecider({ ...testSpec(1, 98), reachable: true }, 1, 0);
    d.scale({ nowS: 0, readyPods: 10, stableValue: 11, panicValue: 25 });
    d.scale({ nowS: 30, readyPods: 40, stableValue: 30, panicValue: 41 });
    d.scale({ nowS: 60, readyPods: 55, stableValue: 50, panicValue: 56 });
    expect(d.panicking).toBe(true); // 0 + 60 is not before 60
    d.scale({ nowS: 60.000001, readyPods: 55, stableValue: 50, panicValue: 56 });
    expect(d.panicking).toBe(false);
  });

  it('ExtendPanicWindow', () => {
    const r = run(testSpec(1, 98), [tick(0, 10, 11, 25), tick(30, 40, 30, 80), tick(62, 80, 30, 30)]);
    expectScale(r[0], 25, ebc(1, 98, 25, 10));
    expectScale(r[1], 80, ebc(1, 98, 80, 40));
    // Extended at 30 s, so still panicking (and not scaling down) at 62 s.
    expect(r[2]).toMatchObject({ panicking: true, desiredPods: 80 });
  });

  it('StableModeDecrease', () => {
    const r = run(testSpec(10, 98), [tick(0, 8, 100, 100), tick(0, 8, 50, 50)]);
    expectScale(r[0], 10, ebc(10, 98, 100, 8));
    expectScale(r[1], 5, ebc(10, 98, 50, 8));
  });

  it('StableModeNoTrafficScaleToZero', () => {
    const r = run(testSpec(10, 75), [tick(0, 1, 1, 0), tick(0, 1, 0, 0)]);
    expectScale(r[0], 1, ebc(10, 75, 0, 1));
    expectScale(r[1], 0, ebc(10, 75, 0, 1));
  });

  it('ActivationScale: no effect at zero demand, lifts a small demand', () => {
    const r = run(testSpec(10, 75, { activationScale: 2 }), [tick(0, 1, 0, 0), tick(0, 1, 1, 0)]);
    expectScale(r[0], 0, ebc(10, 75, 0, 1));
    expectScale(r[1], 2, ebc(10, 75, 0, 1));
  });

  it('PanicModeExponentialTrackAndStabilize', () => {
    const r = run(testSpec(1, 101), [tick(0, 1, 6, 6), tick(0, 6, 36, 36), tick(1, 36, 216, 216), tick(1, 216, 1296, 1296), tick(2, 1296, 1296, 1296)]);
    expectScale(r[0], 6, ebc(1, 101, 6, 1));
    expectScale(r[1], 36, ebc(1, 101, 36, 6));
    expectScale(r[2], 216, ebc(1, 101, 216, 36));
    expectScale(r[3], 1296, ebc(1, 101, 1296, 216));
    expectScale(r[4], 1296, ebc(1, 101, 1296, 1296));
    expect(r.map((x) => x.panicking)).toEqual([true, true, true, true, true]);
  });

  describe('Scale table', () => {
    const table: [label: string, spec: Spec, ready: number, stable: number, panic: number, want: number, wantEbc: number][] = [
      ['NoDataAtZeroNoAutoscale', testSpec(10, 100), 1, 0, 0, 0, ebc(10, 100, 0, 1)],
      ['StableModeUnlimitedTBC', testSpec(181, -1), 1, 21, 26, 1, -1],
      ['0TBC', testSpec(10, 0), 1, 50, 49, 5, 0],
      ['StableModeNoChange', testSpec(10, 100), 1, 50, 50, 5, ebc(10, 100, 50, 1)],
      ['StableModeNoChangeAlreadyScaled', testSpec(10, 100), 5, 50, 50, 5, ebc(10, 100, 50, 5)],
      ['StableModeIncreaseWithSmallScaleUpRate', testSpec(1, 1982, { maxScaleUpRate: 1.1 }), 2, 3, 3.1, 3, ebc(1, 1982, 3.1, 2)],
      ['StableModeDecreaseWithSmallScaleDownRate', testSpec(10, 1982, { maxScaleDownRate: 1.1 }), 100, 1, 1, 90, ebc(10, 1982, 1, 100)],
      ['PanicModeDoublePodCount', testSpec(10, 84), 1, 50, 100, 10, ebc(10, 84, 100, 1)],
    ];
    it.each(table)('%s', (_label, spec, ready, stable, panic, want, wantEbc) => {
      expectScale(run(spec, [tick(0, ready, stable, panic)])[0], want, wantEbc);
    });

    it('StableModeDecreaseNonReachable: no rate limit down', () => {
      expectScale(run(testSpec(10, 1982, { maxScaleDownRate: 1.1 }), [tick(0, 100, 1, 1, false)])[0], 1, ebc(10, 1982, 1, 100));
    });

    // Upstream sets panicTime = now − 5 s and maxPanicPods = 5; an autoscaler created over
    // 5 ready pods 5 s earlier is in exactly that state.
    it('PanicStableLargerThanPanic: uses the stable value', () => {
      expectScale(run(testSpec(1, 100), [tick(5, 5, 50, 30)], 5)[0], 50, ebc(1, 100, 30, 5));
    });
    it('PanicStableLessThanPanic: uses the panic value', () => {
      expectScale(run(testSpec(1, 100), [tick(5, 5, 20, 30)], 5)[0], 30, ebc(1, 100, 30, 5));
    });
  });

  it('PanicThenUnPanicScaleDown', () => {
    const r = run(testSpec(10, 93), [tick(0, 1, 100, 100), tick(1, 10, 100, 1000), tick(31, 10, 1, 1), tick(62, 10, 1, 1)]);
    expectScale(r[0], 10, ebc(10, 93, 100, 1));
    expectScale(r[1], 100, ebc(10, 93, 1000, 10));
    expectScale(r[2], 100, ebc(10, 93, 1, 10));
    expectScale(r[3], 1, ebc(10, 93, 1, 10));
  });

  it('RateLimitScaleUp', () => {
    const r = run(testSpec(10, 61), [tick(0, 1, 1000, 1001), tick(0, 10, 1000, 1001)]);
    expectScale(r[0], 10, ebc(10, 61, 1001, 1));
    expectScale(r[1], 100, ebc(10, 61, 1001, 10));
  });

  it('RateLimitScaleDown', () => {
    const r = run(testSpec(10, 61), [tick(0, 100, 1, 1), tick(0, 10, 1, 1)]);
    expectScale(r[0], 10, ebc(10, 61, 1, 100));
    expectScale(r[1], 1, ebc(10, 61, 1, 10));
  });

  it('CantCountPods: invalid', () => {
    expect(run(testSpec(10, 81), [tick(0, null, 1000, 888)])[0]).toMatchObject({ valid: false, desiredPods: 0, excessBurstCapacity: 0 });
  });

  it('UseOnePodAsMinimumIfEndpointsNotFound', () => {
    expectScale(run(testSpec(10, 81), [tick(0, 0, 1000, 888)])[0], 10, ebc(10, 81, 888, 0));
  });

  it('UpdateTarget: a new spec applies from the next decision', () => {
    const d = new KpaDecider({ ...testSpec(10, 77), reachable: true }, 1, 0);
    expect(d.scale({ nowS: 0, readyPods: 1, stableValue: 100, panicValue: 101 }).desiredPods).toBe(10);
    d.update({ ...testSpec(1, 71, { totalValue: 1 / TU }), reachable: true });
    const r = d.scale({ nowS: 0, readyPods: 10, stableValue: 100, panicValue: 101 });
    expect(r.desiredPods).toBe(100);
    expect(Math.abs(r.excessBurstCapacity - ebc(1, 71, 101, 10))).toBeLessThanOrEqual(1);
  });

  it('StartInPanicMode: only above one ready pod, with maxPanicPods = ready', () => {
    const spec = { ...testSpec(100, 11, { totalValue: 120, panicThreshold: 2.2 }), reachable: true };
    for (const n of [0, 1]) {
      const d = new KpaDecider(spec, n, 0);
      expect(d.panicking).toBe(false);
      expect(d.panicPods).toBe(n);
    }
    const d = new KpaDecider(spec, 2, 0);
    expect(d.panicking).toBe(true);
    expect(d.panicPods).toBe(2);
    // Holds the two pods through low load until a stable window has passed.
    expect(d.scale({ nowS: 2, readyPods: 2, stableValue: 10, panicValue: 10 }).desiredPods).toBe(2);
    expect(d.scale({ nowS: 61, readyPods: 2, stableValue: 10, panicValue: 10 })).toMatchObject({ desiredPods: 1 });
    expect(d.panicking).toBe(false);
  });

  it('NewFail: pods that cannot be counted at creation count as 0', () => {
    const d = new KpaDecider({ ...testSpec(100, 11), reachable: true }, null, 0);
    expect(d.panicking).toBe(false);
    expect(d.panicPods).toBe(0);
  });

  it('an invalid tick leaves the panic state alone', () => {
    const r = run(testSpec(10, 0), [tick(0, 1, 100, 100), tick(100, null, 0, 0), tick(100, 10, null, 0), tick(100, 10, 0, 0)]);
    expect(r.map((x) => [x.valid, x.panicking, x.desiredPods])).toEqual([
      [true, true, 10],
      [false, true, 0],
      [false, true, 0],
      [true, false, 1],
    ]);
  });
});

describe('decider spec from settings (Knative target_test.go, decider.go)', () => {
  const s = (over: Partial<KpaSettings>): KpaSettings => ({ ...KNATIVE_DEFAULTS, ...over });
  it.each([
    ['defaults', s({}), 70, 100],
    ['containerConcurrency 12, utilisation 75 %', s({ containerConcurrency: 12, targetUtilization: 0.75 }), 9, 12],
    ['target annotation 1 at 0.1 % clamps to TargetMin', s({ target: 1, targetUtilization: 0.001 }), 0.01, 1],
    ['target annotation above containerConcurrency', s({ target: 150, containerConcurrency: 10 }), 7, 10],
    ['rps default', s({ metric: 'rps' }), 140, 200],
  ] as const)('%s', (_name, settings, target, total) => {
    const r = resolveMetricTarget(settings);
    expect(r.total).toBe(total);
    expect(r.target).toBeCloseTo(target, 9);
  });

  it('defaults: panic threshold 2, panic window 6 s, TBC 211, rates 1000 / 2', () => {
    expect(deciderSpecFrom(KNATIVE_DEFAULTS)).toMatchObject({ panicThreshold: 2, targetBurstCapacity: 211, maxScaleUpRate: 1000, maxScaleDownRate: 2, stableWindowS: 60, reachable: true });
    expect(panicWindowS(KNATIVE_DEFAULTS)).toBe(6);
    expect(panicWindowS(s({ stableWindowS: 6, panicWindowPercentage: 1 }))).toBe(1);
  });

  it('activationScale 0 (unset) behaves like 1', () => {
    const ticks = [tick(0, 1, 1, 0)];
    expect(run(testSpec(10, 75, { activationScale: 0 }), ticks)).toEqual(run(testSpec(10, 75, { activationScale: 1 }), ticks));
  });
});

/**
 * Decider cases: the `kpa` CLI's file format, checked field by field, and the replay of its
 * ticks through one `KpaDecider` (docs/kpa-cli.md). Unknown fields are errors so that a typo
 * never silently falls back to a default.
 */
import { KpaDecider } from './kpaDecider.ts';
import type { DeciderSpec, KpaCase, KpaCaseResult, KpaCaseTick } from './types.ts';

/** Parse outcome: the case, or every problem found, each naming its field path. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

class Checker {
  readonly errors: string[] = [];

  fail(path: string, msg: string): void {
    this.errors.push(`${path}: ${msg}`);
  }

  /** Reports fields not in `known`. */
  onlyKnown(o: Obj, path: string, known: readonly string[]): void {
    for (const k of Object.keys(o)) {
      if (!known.includes(k)) this.fail(path ? `${path}.${k}` : k, `unknown field (allowed: ${known.join(', ')})`);
    }
  }

  num(o: Obj, key: string, path: string, ok: (n: number) => boolean, rule: string, dflt?: number): number {
    const v = o[key];
    if (v === undefined && dflt !== undefined) return dflt;
    if (!isNum(v) || !ok(v)) {
      this.fail(`${path}.${key}`, v === undefined ? `is required: ${rule}` : `must be ${rule} (got ${JSON.stringify(v)})`);
      return Number.NaN;
    }
    return v;
  }

  nullable(o: Obj, key: string, path: string, ok: (n: number) => boolean, rule: string): number | null {
    const v = o[key];
    if (v === null) return null;
    if (!isNum(v) || !ok(v)) {
      this.fail(`${path}.${key}`, v === undefined ? `is required: ${rule} or null` : `must be ${rule} or null (got ${JSON.stringify(v)})`);
      return null;
    }
    return v;
  }
}

const SPEC_FIELDS = [
  'metric',
  'targetValue',
  'totalValue',
  'targetBurstCapacity',
  'panicThreshold',
  'maxScaleUpRate',
  'maxScaleDownRate',
  'activationScale',
  'stableWindowS',
  'scaleDownDelayS',
] as const;
const TICK_FIELDS = ['t', 'stableValue', 'panicValue', 'readyPods', 'reachable'] as const;

const positive = (n: number): boolean => n > 0;
const nonNegative = (n: number): boolean => n >= 0;
const any = (): boolean => true;
const count = (n: number): boolean => Number.isInteger(n) && n >= 0;

function parseSpec(c: Checker, v: unknown): KpaCase['spec'] | null {
  const p = 'spec';
  if (!isObj(v)) {
    c.fail(p, v === undefined ? 'is required: an object' : 'must be an object');
    return null;
  }
  c.onlyKnown(v, p, SPEC_FIELDS);
  const metric = v.metric;
  if (metric !== 'concurrency' && metric !== 'rps') {
    c.fail(`${p}.metric`, metric === undefined ? 'is required: "concurrency" or "rps"' : `must be "concurrency" or "rps" (got ${JSON.stringify(metric)})`);
  }
  return {
    metric: metric === 'rps' ? 'rps' : 'concurrency',
    targetValue: c.num(v, 'targetValue', p, positive, 'a number > 0'),
    totalValue: c.num(v, 'totalValue', p, nonNegative, 'a number ≥ 0'),
    targetBurstCapacity: c.num(v, 'targetBurstCapacity', p, any, 'a number, < 0 for the activator always in the path'),
    panicThreshold: c.num(v, 'panicThreshold', p, positive, 'a number > 0, 2 for 200 %'),
    maxScaleUpRate: c.num(v, 'maxScaleUpRate', p, positive, 'a number > 0'),
    maxScaleDownRate: c.num(v, 'maxScaleDownRate', p, positive, 'a number > 0'),
    // 0 (Go's zero value when the annotation is unset) and 1 both mean no activation scale.
    activationScale: c.num(v, 'activationScale', p, count, 'an integer ≥ 0', 1),
    stableWindowS: c.num(v, 'stableWindowS', p, nonNegative, 'a number of seconds ≥ 0'),
    scaleDownDelayS: c.num(v, 'scaleDownDelayS', p, nonNegative, 'a number of seconds ≥ 0', 0),
  };
}

function parseTick(c: Checker, v: unknown, i: number): KpaCaseTick | null {
  const p = `ticks[${i}]`;
  if (!isObj(v)) {
    c.fail(p, 'must be an object');
    return null;
  }
  c.onlyKnown(v, p, TICK_FIELDS);
  const reachable = v.reachable ?? true;
  if (typeof reachable !== 'boolean') c.fail(`${p}.reachable`, `must be true or false (got ${JSON.stringify(v.reachable)})`);
  return {
    t: c.num(v, 't', p, any, 'a number of seconds'),
    stableValue: c.nullable(v, 'stableValue', p, nonNegative, 'a number ≥ 0'),
    panicValue: c.nullable(v, 'panicValue', p, nonNegative, 'a number ≥ 0'),
    readyPods: c.nullable(v, 'readyPods', p, count, 'an integer ≥ 0'),
    reachable: reachable === true,
  };
}

/**
 * Checks a decider case (already parsed from JSON).
 * @returns the case, or all problems as `path: what is wrong`
 */
export function parseKpaCase(json: unknown): ParseResult<KpaCase> {
  const c = new Checker();
  if (!isObj(json)) return { ok: false, errors: ['(root): must be an object with spec, initialReadyPods and ticks'] };
  c.onlyKnown(json, '', ['spec', 'initialReadyPods', 'ticks']);
  const spec = parseSpec(c, json.spec);
  let initialReadyPods: number | null = null;
  if (json.initialReadyPods === undefined) c.fail('initialReadyPods', 'is required: an integer ≥ 0 or null');
  else initialReadyPods = c.nullable(json, 'initialReadyPods', '', count, 'an integer ≥ 0');
  const ticks: KpaCaseTick[] = [];
  if (!Array.isArray(json.ticks)) c.fail('ticks', json.ticks === undefined ? 'is required: an array' : 'must be an array');
  else json.ticks.forEach((t, i) => {
    const tick = parseTick(c, t, i);
    if (tick) ticks.push(tick);
  });
  if (c.errors.length > 0 || spec === null) return { ok: false, errors: c.errors.map((e) => e.replace(/^\./, '')) };
  return { ok: true, value: { spec, initialReadyPods, ticks } };
}

/**
 * Replays a case through one decider created at t = 0 with `initialReadyPods`; a tick's
 * `reachable` updates the spec before its decision, as a route change would.
 */
export function runKpaCase(kase: KpaCase): KpaCaseResult[] {
  const specAt = (reachable: boolean): DeciderSpec => ({ ...kase.spec, reachable });
  const decider = new KpaDecider(specAt(kase.ticks[0]?.reachable ?? true), kase.initialReadyPods, 0);
  return kase.ticks.map((tick) => {
    decider.update(specAt(tick.reachable));
    const r = decider.scale({ nowS: tick.t, readyPods: tick.readyPods, stableValue: tick.stableValue, panicValue: tick.panicValue });
    return { t: tick.t, valid: r.valid, desiredPods: r.desiredPods, excessBurstCapacity: r.excessBurstCapacity, panicking: decider.panicking };
  });
}

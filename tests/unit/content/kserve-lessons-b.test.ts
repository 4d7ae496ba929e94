/**
 * Keeps the autoscaling and monitoring lessons honest: the KPA worked example is recomputed with the
 * course's Knative decider, every glossary link resolves, and every metric the monitoring lesson
 * names is one the metrics reader understands or vLLM exports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTerm } from '../../../src/content/glossary/index.ts';
import { parseExposition } from '../../../src/metrics/exposition.ts';
import { readVllmReport } from '../../../src/metrics/vllmReport.ts';
import { KNATIVE_DEFAULTS, deciderSpecFrom } from '../../../src/sim/autoscale/knativeDefaults.ts';
import { KpaDecider } from '../../../src/sim/autoscale/kpaDecider.ts';

const lesson = (file: string) => readFileSync(new URL(`../../../src/lessons/04-kserve/${file}`, import.meta.url), 'utf8');
const AUTOSCALING = lesson('02-autoscaling.mdx');
const MONITORING = lesson('04-monitoring.mdx');
const SAMPLE = readFileSync(new URL('../../../src/ui/metrics/sample-vllm-metrics.prom', import.meta.url), 'utf8');

/** The callout between its title and the closing tag. */
function callout(text: string, title: string): string {
  const start = text.indexOf(`title="${title}"`);
  if (start < 0) throw new Error(`no callout "${title}"`);
  return text.slice(start, text.indexOf('</Callout>', start));
}

interface Tick {
  readonly t: number;
  readonly stable: number;
  readonly panic: number;
  readonly desired: number;
  readonly ebc: number;
  readonly panicking: boolean;
}

const BURST_START = 117; // first second at 250
const BURST_END = 146; // last second at 250 (30 s)

/** Ten ready pods; 70 concurrent requests, then 250 for 30 s, then 70; averages over 1 s samples as Knative's buckets do. */
function runExample(target: number | null): Tick[] {
  const concurrency = (s: number) => (s >= BURST_START && s <= BURST_END ? 250 : 70);
  const average = (t: number, window: number) => {
    let sum = 0;
    for (let s = t - window + 1; s <= t; s += 1) sum += concurrency(s);
    return sum / window;
  };
  const settings = { ...KNATIVE_DEFAULTS, target };
  const decider = new KpaDecider(deciderSpecFrom(settings), 10, 0);
  const ticks: Tick[] = [];
  for (let t = 2; t <= 300; t += 2) {
    const stable = average(t, settings.stableWindowS);
    const panic = average(t, 6);
    const result = decider.scale({ nowS: t, readyPods: 10, stableValue: stable, panicValue: panic });
    ticks.push({ t, stable, panic, desired: result.desiredPods, ebc: result.excessBurstCapacity, panicking: decider.panicking });
  }
  return ticks;
}

describe('autoscaling lesson: the KPA worked example', () => {
  const text = callout(AUTOSCALING, "Ten LLM pods and a burst, worked with Knative's rules");
  const tuned = runExample(10);
  const at = (t: number) => tuned.find((tick) => tick.t === t) as Tick;

  it('steady state: ten pods wanted, and the activator stays in the path (excess burst capacity −181)', () => {
    expect(at(BURST_START - 1).desired).toBe(10);
    expect(at(BURST_START - 1).panicking).toBe(false);
    expect(text).toContain('wants exactly **10**');
    expect(at(BURST_START - 1).ebc).toBe(-181);
    expect(AUTOSCALING).toContain('100 − 211 − 70 = **−181**');
  });

  it('panics four seconds into the burst asking for 28, then 36; the stable window alone wants 13', () => {
    const first = tuned.find((tick) => tick.panicking && tick.t > BURST_START) as Tick;
    expect(first.t - (BURST_START - 1)).toBe(4);
    expect(first.panic).toBe(190);
    expect(first.desired).toBe(28);
    const full = at(first.t + 2);
    expect(full.panic).toBe(250);
    expect(full.desired).toBe(36);
    expect(full.stable).toBe(88);
    expect(Math.ceil(full.stable / 7)).toBe(13);
    expect(Math.max(...tuned.map((tick) => tick.desired))).toBe(36);
    for (const figure of ['Four seconds in', 'reached 190', '**28**', '**36**', 'only 88, worth **13**']) expect(text).toContain(figure);
  });

  it('holds 36 until a stable window after the last crossing (64 s after the burst) and then wants 10', () => {
    const exit = tuned.find((tick) => tick.t > BURST_END && !tick.panicking) as Tick;
    expect(tuned.filter((tick) => tick.t > BURST_END && tick.t < exit.t).every((tick) => tick.desired === 36)).toBe(true);
    expect(exit.t - BURST_END).toBe(64);
    expect(exit.desired).toBe(10);
    expect(exit.stable).toBe(70);
    expect(text).toContain("**64 s** after the burst's last second");
    expect(text).toContain('asks for **10** again');
  });

  it('with the default target (70 per pod) it never panics and wants 5 throughout', () => {
    const defaults = runExample(null);
    // A new autoscaler over more than one pod starts in panic for one stable window; after that, none.
    const afterStart = defaults.filter((tick) => tick.t > 62);
    expect(afterStart.some((tick) => tick.panicking)).toBe(false);
    expect(afterStart.some((tick) => tick.t >= BURST_START && tick.t <= BURST_END)).toBe(true);
    expect(new Set(afterStart.map((tick) => tick.desired))).toEqual(new Set([5]));
    expect(text).toContain('halving rule at **5**');
  });
});

describe('kserve lessons B: glossary links', () => {
  it.each(['02-autoscaling.mdx', '04-monitoring.mdx'])('%s links only to glossary terms that exist', (file) => {
    const ids = [...lesson(file).matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !getTerm(id))).toEqual([]);
  });
});

describe('monitoring lesson', () => {
  const parsed = parseExposition(SAMPLE);
  if (!parsed.ok) throw new Error(parsed.problem.message);

  it('works the p50 by hand from the sample’s own buckets, and the reader agrees', () => {
    const rows = parsed.exposition.samples.get('vllm:time_to_first_token_seconds_bucket') ?? [];
    const count = (le: string) => rows.find((r) => r.labels.le === le)?.value;
    expect([count('0.1'), count('0.25'), count('+Inf')]).toEqual([733, 1502, 1842]);
    const text = callout(MONITORING, 'A p50 by hand');
    expect(text).toContain('733 of 1,842');
    expect(text).toContain('1,502 at or below 0.25 s');
    expect(text).toContain('rank is 921');
    const p50 = readVllmReport(parsed.exposition).engines[0]?.ttft?.p50 ?? Number.NaN;
    expect(text).toContain(`≈ **${p50.toFixed(3)} s**`);
  });

  it('queries and alerts only on series that vLLM exports (the sample carries vLLM’s real names)', () => {
    const code = [...MONITORING.matchAll(/```(?:promql|yaml)\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
    const used = new Set([...code.matchAll(/vllm:[a-z_:]+/g)].map((m) => m[0]));
    expect(used.size).toBeGreaterThanOrEqual(6);
    const exported = new Set(parsed.exposition.samples.keys());
    expect([...used].filter((name) => !exported.has(name))).toEqual([]);
  });

  it('embeds the metrics reader', () => {
    expect(MONITORING).toMatch(/import \{ MetricsReader \} from '..\/..\/ui\/metrics\/MetricsReader.tsx';/);
    expect(MONITORING).toContain('<MetricsReader />');
  });
});

import { describe, expect, it } from 'vitest';
import {
  clusterConfig,
  generateClusterWorkload,
  routerConfig,
  runClusterTimeline,
} from '../../../../../src/sim/cluster/index.ts';
import { presetOf, REQUEST_PATH_PRESETS } from '../../../../../src/widget-models/request-path/presets.ts';
import { ARRIVAL_WINDOW_S, PODS, type RequestPathSettings } from '../../../../../src/widget-models/request-path/settings.ts';
import { type RequestPathSim, STAGE_FRAMES, startRequestPath, tracedIndex } from '../../../../../src/widget-models/request-path/simulate.ts';
import { requestPathModel } from '../../../../../src/widget-models/request-path/model.ts';
import { WIDGET_MODELS } from '../../../../../src/widget-models/registry.ts';

function run(s: RequestPathSettings): RequestPathSim {
  const job = startRequestPath(s);
  while (!job.advance(50));
  return job.sim;
}

const settingsOf = (id: Parameters<typeof presetOf>[0], patch: Partial<RequestPathSettings> = {}): RequestPathSettings => {
  const { frame: _f, speed: _sp, ...s } = presetOf(id).state;
  return { ...s, ...patch };
};

describe('request-path model', { timeout: 60_000 }, () => {
  it('is registered for the worker', () => {
    expect(WIDGET_MODELS['request-path']).toBe(requestPathModel);
  });

  it('takes every time from the cluster model’s request track, and the segments add up to the end-to-end latency', () => {
    const s = settingsOf('shared-prefix');
    const sim = run(s);
    expect(sim.error).toBeNull();
    const r = sim.traced;
    if (!r) throw new Error('no traced request');
    // The same run, built directly with the cluster model.
    const wl = generateClusterWorkload({ preset: 'multi-tenant', rate: s.rate, durationS: ARRIVAL_WINDOW_S, groups: s.tenants }, s.seed);
    const t = runClusterTimeline(clusterConfig({ seed: s.seed, pods: PODS, router: routerConfig('llm-d-default') }), wl, 1_000_000);
    const track = t.tracks[tracedIndex(t)];
    if (!track) throw new Error('no track');
    expect(r.id).toBe(track.id);
    expect(track.arrivalUs).toBeGreaterThanOrEqual(ARRIVAL_WINDOW_S * 1e6 * (2 / 3));
    expect(r.pod).toBe(track.pod);
    expect(r.pod).toBe(t.decisions[track.index]?.pod);
    expect(r.queueUs).toBe(track.admittedUs - track.arrivalUs);
    expect(r.prefillUs).toBe(track.firstTokenUs - track.admittedUs);
    expect(r.ttftUs).toBe(track.firstTokenUs - track.arrivalUs);
    expect(r.decodeUs).toBe(track.finishUs - track.firstTokenUs);
    expect(r.queueUs + r.prefillUs + r.decodeUs).toBe(r.e2eUs);
    expect(r.e2eUs).toBe(track.finishUs - track.arrivalUs);
    expect(r.tpotUs).toBeCloseTo(r.decodeUs / (r.outputTokens - 1), 9);
    expect(r.cachedTokens).toBe(track.source?.hbmTokens);
    // The picker's scores are the decision's rows, one per pod; the chosen pod has the top total.
    expect(r.scores).toHaveLength(PODS);
    const top = Math.max(...r.scores.map((x) => x.total));
    expect(r.scores.find((x) => x.pod === r.pod)?.total).toBe(top);
    // The run's medians are the cluster model's.
    expect(sim.runs[0]?.hitRate).toBe(t.metrics?.prefixCacheHitRate);
  });

  it('plays each stage in order and ends at the end-to-end latency with every token received', () => {
    const sim = run(settingsOf('shared-prefix'));
    const r = sim.traced;
    if (!r) throw new Error('no traced request');
    const total = Object.values(STAGE_FRAMES).reduce((a, b) => a + b, 0) + 1;
    expect(sim.frames).toHaveLength(total);
    for (let i = 1; i < sim.frames.length; i++) expect((sim.frames[i] as { atUs: number }).atUs).toBeGreaterThanOrEqual((sim.frames[i - 1] as { atUs: number }).atUs);
    const at = (stage: string) => sim.frames.filter((f) => f.stage === stage);
    expect(at('queue').at(-1)?.atUs).toBe(r.queueUs);
    expect(at('prefill').at(-1)?.atUs).toBe(r.ttftUs);
    expect(at('prefill').at(-1)?.tokens).toBe(1);
    expect(sim.frames.at(-1)).toEqual({ stage: 'done', atUs: r.e2eUs, tokens: r.outputTokens });
    // Gateway and picker take no model time (shown as an assumption, not a figure).
    expect(at('gateway').every((f) => f.atUs === 0)).toBe(true);
    expect(at('picker').every((f) => f.atUs === 0)).toBe(true);
  });

  it('shared prefixes over many tenants: prefix-aware routing caches the prompt and beats round robin on TTFT', () => {
    const sim = run(settingsOf('shared-prefix'));
    const [prefix, rr] = sim.runs;
    if (!prefix || !rr || !sim.traced || !sim.other) throw new Error('incomplete');
    expect(prefix.policy).toBe('prefix');
    expect(rr.policy).toBe('rr');
    expect(prefix.ttftP50Us).toBeLessThan(rr.ttftP50Us);
    expect(prefix.hitRate).toBeGreaterThan(rr.hitRate);
    // The preset's promise: the traced request finds its tenant's prompt cached; under round robin it does not, and TTFT grows several-fold.
    expect(sim.traced.cachedTokens).toBeGreaterThanOrEqual(5000);
    expect(sim.other.cachedTokens).toBe(0);
    expect(sim.other.ttftUs).toBeGreaterThan(3 * sim.traced.ttftUs);
    // The round-robin preset shows the same pair from the other side.
    const other = run(settingsOf('round-robin'));
    expect(other.traced?.ttftUs).toBe(sim.other.ttftUs);
    expect(other.traced?.scores).toEqual([]);
  });

  it('few tenants: both routers’ median TTFT is about the same (within 10 %)', () => {
    const sim = run(settingsOf('few-tenants'));
    const [prefix, rr] = sim.runs;
    if (!prefix || !rr) throw new Error('incomplete');
    expect(Math.abs(prefix.ttftP50Us - rr.ttftP50Us) / rr.ttftP50Us).toBeLessThan(0.1);
  });

  it('at 20 requests/s the queue wait, not prefill, dominates the traced request’s TTFT (the lesson’s claim)', () => {
    const sim = run(settingsOf('shared-prefix', { rate: 20 }));
    if (!sim.traced) throw new Error('no traced request');
    expect(sim.traced.queueUs).toBeGreaterThan(sim.traced.prefillUs);
  });

  it('is deterministic, and every preset runs to completion', () => {
    expect(run(settingsOf('sandbox'))).toEqual(run(settingsOf('sandbox')));
    for (const id of Object.keys(REQUEST_PATH_PRESETS) as (keyof typeof REQUEST_PATH_PRESETS)[]) {
      const sim = run(settingsOf(id));
      expect(sim.error, id).toBeNull();
      expect(sim.frames.length, id).toBeGreaterThan(0);
    }
  });
});

/**
 * Every routing preset's title and guide promise only what the model shows: each claim is
 * replayed here on the preset's own settings through the widget's model, headless.
 */
import { describe, expect, it } from 'vitest';
import { routerPreset, type ClusterConfig, type ClusterMetrics, type ClusterTimeline } from '../../../../../src/sim/cluster/index.ts';
import { configOf } from '../../../../../src/widget-models/routing/buildRun.ts';
import { routingModel, type RoutingRuns } from '../../../../../src/widget-models/routing/model.ts';
import { ROUTING_PRESETS, type RoutingPresetId } from '../../../../../src/widget-models/routing/presets.ts';
import type { RoutingSettings } from '../../../../../src/widget-models/routing/settings.ts';

function settingsOf(id: RoutingPresetId): RoutingSettings {
  const { frame: _f, speed: _sp, side: _side, selected: _sel, ...s } = ROUTING_PRESETS[id].state;
  return s;
}

interface Sides {
  readonly a: ClusterTimeline;
  readonly b: ClusterTimeline;
}

const runs = new Map<string, Sides>();

/** Both sides of a preset, computed as the widget computes them, to the end. */
function run(id: RoutingPresetId): Sides {
  const s = settingsOf(id);
  const key = JSON.stringify(s);
  const hit = runs.get(key);
  if (hit) return hit;
  const job = routingModel.start(s);
  while (!job.advance(1000));
  const sim: RoutingRuns = job.sim;
  expect(sim.error).toBeNull();
  const out = { a: sim.a ?? expect.unreachable(), b: sim.b ?? expect.unreachable() };
  for (const t of [out.a, out.b]) {
    expect(t.done && !t.truncated).toBe(true);
    expect(metrics(t).finished).toBe(t.workload.requests.length);
  }
  runs.set(key, out);
  return out;
}

const metrics = (t: ClusterTimeline): ClusterMetrics => t.metrics ?? expect.unreachable('run not finished');

/** Per shared-prefix group, how many requests each pod streamed, in arrival order of first use. */
function podsByGroup(t: ClusterTimeline): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const r of t.tracks) if (r.group >= 0) out.set(r.group, [...(out.get(r.group) ?? []), r.pod]);
  return out;
}

/** Share of grouped requests that went to the pod that served their group first. */
function shareOnFirstPod(t: ClusterTimeline): number {
  let on = 0;
  let all = 0;
  for (const pods of podsByGroup(t).values()) {
    on += pods.filter((p) => p === pods[0]).length;
    all += pods.length;
  }
  return on / all;
}

/** Mean number of pods holding a group's whole prefix, over frames and the groups held anywhere. */
function holdersPerPrefix(t: ClusterTimeline): number {
  let sum = 0;
  let n = 0;
  for (const f of t.frames) {
    const held = new Map<number, number>();
    for (const p of f.pods) for (const [g, whole] of p.groups) if (whole === 2) held.set(g, (held.get(g) ?? 0) + 1);
    for (const c of held.values()) {
      sum += c;
      n++;
    }
  }
  return sum / n;
}

const arrivalRate = (t: ClusterTimeline) => t.workload.requests.length / t.workload.params.durationS;
const roles = (t: ClusterTimeline) => ({ prefill: t.podRoles.filter((r) => r === 'prefill').length, decode: t.podRoles.filter((r) => r === 'decode').length, both: t.podRoles.filter((r) => r === 'prefill-decode').length });
const scorersOf = (c: ClusterConfig) => (c.router.kind === 'epp' ? c.router.profile.scorers.map((x) => [x.type, x.weight]) : []);
const maxWaiting = (t: ClusterTimeline) => Math.max(...t.frames.flatMap((f) => f.pods.map((p) => p.waiting)));
const promptTokens = (t: ClusterTimeline) => t.workload.requests.map((r) => r.prompt.reduce((a, g) => a + g.tokens, 0));

describe('routing presets do what their titles say', { timeout: 60_000 }, () => {
  it('gateway: 150 tenants × 6,000-token prompts at 10 requests/s on 8 replicas; the default EPP keeps each prefix on one pod and beats round robin on TTFT', () => {
    const s = settingsOf('gateway');
    const { a, b } = run('gateway');
    expect(a.workload.groups).toHaveLength(150);
    for (const g of a.workload.groups) expect(g.prefix.reduce((x, seg) => x + seg.tokens, 0)).toBe(6000);
    expect(arrivalRate(a)).toBeGreaterThan(9);
    expect(arrivalRate(a)).toBeLessThan(11);
    expect(a.podNames).toHaveLength(8);
    expect(b.podNames).toHaveLength(8);

    // A: the Endpoint Picker with its default weights; B: a plain Service in round robin.
    expect(s.weightsA).toBeNull();
    expect(scorersOf(configOf(s, 'a'))).toEqual(routerPreset('llm-d-default').profile?.scorers.map((x) => [x.type, x.weight]));
    expect(configOf(s, 'b').router).toEqual({ kind: 'service', mode: 'round-robin' });
    expect(a.decisions.every((d) => d.policy === 'epp')).toBe(true);
    expect(b.decisions.every((d) => d.policy === 'round-robin')).toBe(true);
    const served = metrics(b).perPod.map((p) => p.requests);
    expect(Math.max(...served) - Math.min(...served)).toBeLessThanOrEqual(1);

    // The cached-prefix chips: one pod per tenant prefix on A, copies on several pods on B.
    expect(holdersPerPrefix(a)).toBeLessThan(1.1);
    expect(holdersPerPrefix(b)).toBeGreaterThan(1.5);
    expect(metrics(a).prefixCacheHitRate).toBeGreaterThan(metrics(b).prefixCacheHitRate);
    // The TTFT row.
    expect(metrics(a).ttft.p50).toBeLessThan(metrics(b).ttft.p50);
    expect(metrics(a).ttft.p90).toBeLessThan(metrics(b).ttft.p90);
  });

  it('prefix-only: six tenants at 16 requests/s on 8 replicas; prefix alone piles each tenant on its first pod, queues grow, some pods idle', () => {
    const s = settingsOf('prefix-only');
    const { a, b } = run('prefix-only');
    expect(a.workload.groups).toHaveLength(6);
    expect(arrivalRate(a)).toBeGreaterThan(14.5);
    expect(arrivalRate(a)).toBeLessThan(17.5);
    expect(a.podNames).toHaveLength(8);

    expect(scorersOf(configOf(s, 'a'))).toEqual([['prefix-cache-scorer', expect.any(Number)]]);
    const blend = scorersOf(configOf(s, 'b')).map(([t]) => t);
    expect(blend).toEqual(expect.arrayContaining(['prefix-cache-scorer', 'queue-scorer', 'kv-cache-utilization-scorer']));

    expect(shareOnFirstPod(a)).toBeGreaterThan(0.95);
    expect(shareOnFirstPod(a)).toBeGreaterThan(shareOnFirstPod(b));
    expect(maxWaiting(a)).toBeGreaterThan(5 * maxWaiting(b));
    expect(metrics(a).perPod.filter((p) => p.requests === 0).length).toBeGreaterThan(0);
    expect(metrics(b).perPod.every((p) => p.requests > 0)).toBe(true);
  });

  it('sticky: A is the affinity filter then token load, B the default blend; both keep tenants on their pods', () => {
    const s = settingsOf('sticky');
    const { a, b } = run('sticky');
    const ca = configOf(s, 'a');
    expect(ca.router.kind === 'epp' && ca.router.profile.filters).toEqual(['prefix-cache-affinity-filter']);
    expect(scorersOf(ca).map(([t]) => t)).toEqual(['token-load-scorer']);
    expect(s.routerB).toBe('llm-d-default');
    expect(scorersOf(configOf(s, 'b'))).toEqual(routerPreset('llm-d-default').profile?.scorers.map((x) => [x.type, x.weight]));
    // Both keep tenants on their pods.
    expect(shareOnFirstPod(a)).toBeGreaterThan(0.95);
    expect(shareOnFirstPod(b)).toBeGreaterThan(0.95);
    // The guide: at this load no pod falls the 18 s behind that releases a tenant, so A never moves one.
    expect(shareOnFirstPod(a)).toBe(1);
  });

  it('pd: random 5,000-token prompts, 250-token answers, 8 replicas; A aggregated, B 3 prefill + 5 decode with InfiniBand transfers and a lower TPOT', () => {
    const s = settingsOf('pd');
    const { a, b } = run('pd');
    expect(promptTokens(a).every((n) => n === 5000)).toBe(true);
    expect(a.workload.requests.every((r) => r.outputTokens === 250)).toBe(true);
    expect(a.workload.groups).toHaveLength(0);
    expect(metrics(a).prefixCacheHitRate).toBe(0); // random: nothing shared
    expect(roles(a)).toEqual({ prefill: 0, decode: 0, both: 8 });
    expect(metrics(a).disaggregated).toBe(0);
    expect(roles(b)).toEqual({ prefill: 3, decode: 5, both: 0 });
    expect(metrics(b).disaggregated).toBe(metrics(b).requests);
    expect(metrics(b).kvTransferMs.count).toBe(metrics(b).requests);
    expect(configOf(s, 'b').link.label).toMatch(/InfiniBand/i);
    expect(metrics(b).tpot.p50).toBeLessThan(metrics(a).tpot.p50);
  });

  it('pd-decider: shared prefixes on 3 prefill + 5 decode pods; A always disaggregates, B prefills locally iff fewer than 2,048 tokens are uncached on the decode pod', () => {
    const { a, b } = run('pd-decider');
    expect(a.workload.groups.length).toBeGreaterThan(0);
    expect(a.workload.requests.every((r) => (r.group ?? -1) >= 0)).toBe(true);
    for (const t of [a, b]) expect(roles(t)).toEqual({ prefill: 3, decode: 5, both: 0 });

    expect(metrics(a).disaggregated).toBe(metrics(a).requests);
    expect(a.decisions.every((d) => d.pd?.decider === 'always-disagg-pd-decider' && d.pd.disaggregate && d.prefillPod !== null)).toBe(true);

    let local = 0;
    for (const d of b.decisions) {
      const pd = d.pd ?? expect.unreachable('no P/D decision');
      expect(pd.decider).toBe('prefix-based-pd-decider');
      expect(pd.threshold).toBe(2048);
      const uncached = pd.promptTokens - pd.cachedTokens;
      expect(pd.disaggregate).toBe(uncached >= 2048);
      expect(d.prefillPod === null).toBe(!pd.disaggregate);
      if (!pd.disaggregate) local++;
    }
    // Both answers occur, and the local prefills are the ones the counts show.
    expect(local).toBeGreaterThan(0);
    expect(local).toBeLessThan(b.decisions.length);
    expect(metrics(b).disaggregated).toBe(b.decisions.length - local);
  });

  it('tiers: 3 replicas, 150 tenants’ 900,000 prompt tokens overflow HBM; B offloads to 100 GB CPU per replica then shared storage and loads back', () => {
    const s = settingsOf('tiers');
    const { a, b } = run('tiers');
    expect(a.podNames).toHaveLength(3);
    expect(a.workload.groups).toHaveLength(150);
    const sysTokens = a.workload.groups.reduce((x, g) => x + g.prefix.reduce((y, seg) => y + seg.tokens, 0), 0);
    expect(sysTokens).toBe(900_000);
    // More than one replica’s HBM holds; the three together (3 × kvCacheTokens) fit them only with
    // no request's own KV beside them, so in the run they overflow: B loads blocks back from CPU below.
    expect(sysTokens).toBeGreaterThan(a.kvCacheTokens);
    // The guide's "each replica holds about 313,000 tokens".
    expect(a.kvCacheTokens).toBeGreaterThan(305_000);
    expect(a.kvCacheTokens).toBeLessThan(320_000);

    // A: HBM only.
    expect(configOf(s, 'a').tiers).toEqual({});
    expect(metrics(a).cpuHitRate + metrics(a).storageHitRate).toBe(0);
    expect(a.frames.every((f) => f.pods.every((p) => p.cpuBlocks === 0))).toBe(true);

    // B: 100 GB of CPU per replica, then shared storage; evicted blocks land there and load back.
    const tb = configOf(s, 'b').tiers;
    expect(tb.cpu?.capacityGB).toBe(100);
    expect(tb.storage).toBeDefined();
    expect(b.frames.some((f) => f.pods.some((p) => p.cpuBlocks > 0))).toBe(true);
    expect(metrics(b).cpuHitRate).toBeGreaterThan(0);
    expect(metrics(b).storageHitRate).toBeGreaterThan(0);
    expect(metrics(b).tierLoadMs.count).toBeGreaterThan(0);
    // Loaded instead of recomputed: more of the prompts come from cache, and sooner first tokens.
    const reused = (m: ClusterMetrics) => m.prefixCacheHitRate + m.cpuHitRate + m.storageHitRate;
    expect(reused(metrics(b))).toBeGreaterThan(reused(metrics(a)));
    expect(metrics(b).ttft.p50).toBeLessThan(metrics(a).ttft.p50);
  });

  it('sandbox: the gateway comparison, every setting open', () => {
    expect(settingsOf('sandbox')).toEqual(settingsOf('gateway'));
  });
});

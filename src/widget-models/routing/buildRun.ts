/**
 * Settings → the two cluster configurations and the shared workload the widget simulates.
 */
import {
  clusterConfig,
  generateClusterWorkload,
  linkById,
  routerConfig,
  routerPreset,
  TIER_PRESETS,
  type ClusterConfig,
  type PdDeciderConfig,
  type ScorerType,
  type Workload,
} from '../../sim/cluster/index.ts';
import { LIMITS, type RoutingSettings, SCORER_ORDER, type Side } from './settings.ts';

/** Side A's weights as a scorer → weight map (null when A uses its preset's). */
export function weightsOf(s: RoutingSettings): Partial<Record<ScorerType, number>> | undefined {
  if (!s.wa) return undefined;
  const out: Partial<Record<ScorerType, number>> = {};
  SCORER_ORDER.forEach((t, i) => (out[t] = (s.wa?.[i] ?? 0) / 2));
  return out;
}

/** The weights side A runs with, in slider order (preset's when not customised). */
export function effectiveWeights(s: RoutingSettings): number[] {
  const p = routerPreset(s.pa).profile;
  if (s.wa) return SCORER_ORDER.map((_, i) => (s.wa?.[i] ?? 0) / 2);
  return SCORER_ORDER.map((t) => p?.scorers.find((x) => x.type === t)?.weight ?? 0);
}

/** The workload both sides run. Arrivals are capped so a run stays quick in a browser. */
export function workloadOf(s: RoutingSettings): Workload {
  const dur = Math.min(s.dur, Math.floor(LIMITS.requests / Math.max(1, s.rate)));
  return generateClusterWorkload({ preset: s.wl, rate: s.rate, durationS: dur, groups: s.grp }, s.seed);
}

const decider = (s: RoutingSettings, side: Side): PdDeciderConfig =>
  (side === 'a' ? s.da : s.db) === 'always' ? { type: 'always-disagg-pd-decider' } : { type: 'prefix-based-pd-decider', nonCachedTokens: s.thr };

/** The cluster configuration of one side. */
export function configOf(s: RoutingSettings, side: Side): ClusterConfig {
  const pd = (side === 'a' ? s.ta : s.tb) === 'pd';
  const preset = side === 'a' ? s.pa : s.pb;
  const base = clusterConfig();
  return clusterConfig({
    seed: s.seed,
    pods: s.n,
    prefillPods: pd ? Math.min(s.pf, s.n - 1) : 0,
    deployment: { ...base.deployment, gpuMemoryUtilization: s.mem / 100 },
    router: routerConfig(preset, side === 'a' ? weightsOf(s) : undefined, pd ? decider(s, side) : undefined),
    link: linkById(s.ln),
    tiers: TIER_PRESETS[side === 'a' ? s.ka : s.kb],
  });
}

/** A short name for a side: "llm-d default", "Round robin", "+ P/D", "+ CPU". */
export function sideLabel(s: RoutingSettings, side: Side): string {
  const preset = routerPreset(side === 'a' ? s.pa : s.pb);
  const custom = side === 'a' && s.wa ? ' (custom weights)' : '';
  const pd = (side === 'a' ? s.ta : s.tb) === 'pd' ? `, P/D ${Math.min(s.pf, s.n - 1)}:${s.n - Math.min(s.pf, s.n - 1)}` : '';
  const tiers = side === 'a' ? s.ka : s.kb;
  const t = tiers === 'hbm' ? '' : tiers === 'cpu' ? ', + CPU tier' : ', + CPU + storage tiers';
  return `${preset.label.replace(/ \(.*\)$/, '')}${custom}${pd}${t}`;
}

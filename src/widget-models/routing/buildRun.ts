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
  if (!s.weightsA) return undefined;
  const out: Partial<Record<ScorerType, number>> = {};
  SCORER_ORDER.forEach((t, i) => (out[t] = (s.weightsA?.[i] ?? 0) / 2));
  return out;
}

/** The weights side A runs with, in slider order (preset's when not customised). */
export function effectiveWeights(s: RoutingSettings): number[] {
  const p = routerPreset(s.routerA).profile;
  if (s.weightsA) return SCORER_ORDER.map((_, i) => (s.weightsA?.[i] ?? 0) / 2);
  return SCORER_ORDER.map((t) => p?.scorers.find((x) => x.type === t)?.weight ?? 0);
}

/** The workload both sides run. Arrivals are capped so a run stays quick in a browser. */
export function workloadOf(s: RoutingSettings): Workload {
  const dur = Math.min(s.durationS, Math.floor(LIMITS.requests / Math.max(1, s.rate)));
  return generateClusterWorkload({ preset: s.workload, rate: s.rate, durationS: dur, groups: s.groups }, s.seed);
}

const decider = (s: RoutingSettings, side: Side): PdDeciderConfig =>
  (side === 'a' ? s.deciderA : s.deciderB) === 'always' ? { type: 'always-disagg-pd-decider' } : { type: 'prefix-based-pd-decider', nonCachedTokens: s.nonCachedTokens };

/** The cluster configuration of one side. */
export function configOf(s: RoutingSettings, side: Side): ClusterConfig {
  const pd = (side === 'a' ? s.topologyA : s.topologyB) === 'pd';
  const preset = side === 'a' ? s.routerA : s.routerB;
  const base = clusterConfig();
  return clusterConfig({
    seed: s.seed,
    pods: s.replicas,
    prefillPods: pd ? Math.min(s.prefillPods, s.replicas - 1) : 0,
    deployment: { ...base.deployment, gpuMemoryUtilization: s.gpuMemoryUtilizationPercent / 100 },
    router: routerConfig(preset, side === 'a' ? weightsOf(s) : undefined, pd ? decider(s, side) : undefined),
    link: linkById(s.link),
    tiers: TIER_PRESETS[side === 'a' ? s.tiersA : s.tiersB],
  });
}

/** A short name for a side: "llm-d default", "Round robin", "+ P/D", "+ CPU". */
export function sideLabel(s: RoutingSettings, side: Side): string {
  const preset = routerPreset(side === 'a' ? s.routerA : s.routerB);
  const custom = side === 'a' && s.weightsA ? ' (custom weights)' : '';
  const pd = (side === 'a' ? s.topologyA : s.topologyB) === 'pd' ? `, P/D ${Math.min(s.prefillPods, s.replicas - 1)}:${s.replicas - Math.min(s.prefillPods, s.replicas - 1)}` : '';
  const tiers = side === 'a' ? s.tiersA : s.tiersB;
  const t = tiers === 'hbm' ? '' : tiers === 'cpu' ? ', + CPU tier' : ', + CPU + storage tiers';
  return `${preset.label.replace(/ \(.*\)$/, '')}${custom}${pd}${t}`;
}

/** How the routing widget's state is written into its search param (see kit/urlCodec.ts). */
import * as v from 'valibot';
import { LINKS, ROUTER_PRESETS, TIER_PRESETS, WORKLOAD_PRESETS } from '../../../sim/cluster/index.ts';
import { frameField, SPEED_FIELD } from '../kit/playedSettings.ts';
import { enumField, intField, keyed, type UrlField, type UrlFields } from '../kit/urlCodec.ts';
import { LIMITS, type RoutingUrlState, SCORER_ORDER, WEIGHT_MAX, WEIGHT_STEP } from '../../../widget-models/routing/settings.ts';

/**
 * Side A's weights: one whole number of half points per scorer, joined by `x`
 * (`6x4x4x0x0x0x0x0`), or `p` for "the preset's". A small general helper; the kit has none
 * for fixed-length number lists.
 */
export function weightListField(length: number, max: number): UrlField<readonly number[] | null> {
  const item = new RegExp(`^\\d{1,2}(x\\d{1,2}){${length - 1}}$`);
  return {
    schema: v.pipe(
      v.string(),
      v.check((t) => t === 'p' || item.test(t), 'malformed weights'),
      v.transform((t) => (t === 'p' ? null : t.split('x').map(Number))),
      v.check((w) => w === null || w.every((n) => n <= max), 'weight out of range'),
    ),
    format: (w) => (w === null ? 'p' : w.join('x')),
    equals: (a, b) => (a === null || b === null ? a === b : a.length === b.length && a.every((n, i) => n === b[i])),
  };
}

const routers = ROUTER_PRESETS.map((p) => p.id);
const tiers = Object.keys(TIER_PRESETS) as (keyof typeof TIER_PRESETS)[];

/** Readable property names; the short URL keys are the ones links have always used (URL version 1). */
export const ROUTING_URL_FIELDS: UrlFields<RoutingUrlState> = {
  workload: keyed('wl', enumField(WORKLOAD_PRESETS.map((w) => w.id))),
  groups: keyed('grp', intField(...LIMITS.groups)),
  replicas: keyed('n', intField(...LIMITS.replicas)),
  rate: intField(...LIMITS.rate),
  durationS: keyed('dur', intField(...LIMITS.durationS)),
  seed: intField(...LIMITS.seed),
  gpuMemoryUtilizationPercent: keyed('mem', intField(...LIMITS.gpuMemoryUtilizationPercent)),
  routerA: keyed('pa', enumField(routers)),
  routerB: keyed('pb', enumField(routers)),
  weightsA: keyed('wa', weightListField(SCORER_ORDER.length, (WEIGHT_MAX / WEIGHT_STEP) | 0)),
  topologyA: keyed('ta', enumField(['agg', 'pd'])),
  topologyB: keyed('tb', enumField(['agg', 'pd'])),
  prefillPods: keyed('pf', intField(...LIMITS.prefillPods)),
  deciderA: keyed('da', enumField(['always', 'prefix'])),
  deciderB: keyed('db', enumField(['always', 'prefix'])),
  nonCachedTokens: keyed('thr', intField(...LIMITS.nonCachedTokens)),
  link: keyed('ln', enumField(LINKS.map((l) => l.id))),
  tiersA: keyed('ka', enumField(tiers)),
  tiersB: keyed('kb', enumField(tiers)),
  frame: frameField(),
  speed: SPEED_FIELD,
  side: enumField(['a', 'b']),
  selected: keyed('sel', intField(-1, 100_000)),
};

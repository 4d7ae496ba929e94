/**
 * The Lab's URL: every setting is a search param, so any view can be shared
 * (`/lab?pattern=disaggregated&workload=summarize&qps=8`, `/lab?challenge=tiered-rag`). A param
 * that is missing takes the challenge's starting value or the Lab's default; one that is invalid
 * is reported to the learner and replaced the same way (src/state/searchParams.ts).
 */
import * as v from 'valibot';
import { CHALLENGES, challengeConfig, type LabChallenge } from '../../content/lab/challenges.ts';
import type { SearchFields } from '../../state/searchParams.ts';
import {
  DURATIONS_S,
  EPP_ROUTERS,
  GPU_CHOICES,
  GPUS_RANGE,
  LAB_DEFAULTS,
  MODEL_IDS,
  PATTERN_IDS,
  QPS_RANGE,
  REGION_CHOICES,
  RTT_CHOICES_MS,
  SERVICE_ROUTERS,
  TIER_CHOICES,
  type LabConfig,
} from '../../widget-models/lab/config.ts';

const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const oneOf = <T extends number>(values: readonly T[]) => v.pipe(v.number(), v.check((x) => (values as readonly number[]).includes(x), `one of ${values.join(', ')}`));

/** Search param → the configuration field it sets. */
export const PARAM_FIELDS = {
  pattern: 'pattern',
  workload: 'workload',
  qps: 'qps',
  gpus: 'gpus',
  gpu: 'gpu',
  model: 'model',
  dur: 'durationS',
  router: 'router',
  pd: 'prefill',
  tp: 'tp',
  tiers: 'tiers',
  minscale: 'minScale',
  regions: 'regions',
  rtt: 'rttMs',
  fail: 'failover',
} as const satisfies Record<string, keyof LabConfig>;

export type LabParam = keyof typeof PARAM_FIELDS;

const schemas: Record<LabParam | 'challenge', v.GenericSchema> = {
  pattern: v.picklist(PATTERN_IDS),
  workload: v.picklist(['chat', 'rag', 'summarize', 'diurnal', 'bursty']),
  qps: v.pipe(v.number(), v.minValue(QPS_RANGE.min), v.maxValue(QPS_RANGE.max)),
  gpus: int(GPUS_RANGE.min, GPUS_RANGE.max),
  gpu: v.picklist(GPU_CHOICES),
  model: v.picklist(MODEL_IDS),
  dur: oneOf(DURATIONS_S),
  router: v.picklist(['auto', ...EPP_ROUTERS, ...SERVICE_ROUTERS]),
  pd: int(0, 31),
  tp: oneOf([0, 1, 2, 4, 8]),
  tiers: v.picklist(TIER_CHOICES),
  minscale: int(0, 1),
  regions: oneOf(REGION_CHOICES),
  rtt: oneOf(RTT_CHOICES_MS),
  fail: v.boolean(),
  challenge: v.picklist(CHALLENGES.map((c) => c.id)),
};

/** Field schemas for `forgivingSearch`: a missing or invalid param becomes undefined (then a default). */
export const LAB_SEARCH_FIELDS: SearchFields = Object.fromEntries(Object.entries(schemas).map(([k, schema]) => [k, { schema, fallback: undefined }]));

/** The Lab's search params, each absent when not given. */
export type LabSearch = { readonly [K in LabParam]?: LabConfig[(typeof PARAM_FIELDS)[K]] } & { readonly challenge?: string };

/** The settings a URL gives (only those present). */
export function settingsOf(search: LabSearch): Partial<LabConfig> {
  const out: Record<string, unknown> = {};
  for (const [param, field] of Object.entries(PARAM_FIELDS)) {
    const value = (search as Record<string, unknown>)[param];
    if (value !== undefined) out[field] = value;
  }
  return out as Partial<LabConfig>;
}

/** The configuration a URL describes: the challenge's start (locks applied) or the Lab's defaults, overridden by the params given. */
export function configOf(search: LabSearch, challenge: LabChallenge | undefined): LabConfig {
  const given = settingsOf(search);
  return challenge ? challengeConfig(challenge, given) : { ...LAB_DEFAULTS, ...given };
}

/** Params of a URL that a challenge's locks overrode (their names). */
export function overriddenBy(search: LabSearch, challenge: LabChallenge): string[] {
  const given = settingsOf(search) as Record<string, unknown>;
  return Object.entries(PARAM_FIELDS)
    .filter(([, field]) => field in challenge.fixed && given[field] !== undefined && given[field] !== (challenge.fixed as Record<string, unknown>)[field])
    .map(([param]) => param);
}

/**
 * The search params for a configuration: only the settings that differ from where it starts
 * (the challenge's start or the Lab's defaults); the rest are removed (undefined).
 */
export function searchOf(config: LabConfig, challenge: LabChallenge | undefined): Record<LabParam, unknown> {
  const base = challenge ? challengeConfig(challenge) : LAB_DEFAULTS;
  const out = {} as Record<LabParam, unknown>;
  for (const [param, field] of Object.entries(PARAM_FIELDS) as [LabParam, keyof LabConfig][]) {
    const locked = challenge !== undefined && field in challenge.fixed;
    out[param] = locked || config[field] === base[field] ? undefined : config[field];
  }
  return out;
}

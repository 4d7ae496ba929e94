/**
 * The Lab's search-param schemas, kept light: the `/lab` route validates with them in the app's
 * entry chunk, so this file imports only plain lists (src/widget-models/lab/choices.ts), never
 * the simulator. What the params mean is in labSearch.ts.
 */
import * as v from 'valibot';
import type { SearchFields } from '../../state/searchParams.ts';
import type { LabConfig } from '../../widget-models/lab/config.ts';
import {
  CHALLENGE_ID_LIST,
  DURATIONS_S,
  EPP_ROUTERS,
  GPU_ID_LIST,
  GPUS_RANGE,
  MODEL_ID_LIST,
  PATTERN_ID_LIST,
  QPS_RANGE,
  REGION_CHOICES,
  RTT_CHOICES_MS,
  SERVICE_ROUTERS,
  TIER_CHOICES,
  WORKLOAD_ID_LIST,
} from '../../widget-models/lab/choices.ts';

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
  pattern: v.picklist(PATTERN_ID_LIST),
  workload: v.picklist(WORKLOAD_ID_LIST),
  qps: v.pipe(v.number(), v.minValue(QPS_RANGE.min), v.maxValue(QPS_RANGE.max)),
  gpus: int(GPUS_RANGE.min, GPUS_RANGE.max),
  gpu: v.picklist(GPU_ID_LIST),
  model: v.picklist(MODEL_ID_LIST),
  dur: oneOf(DURATIONS_S),
  router: v.picklist(['auto', ...EPP_ROUTERS, ...SERVICE_ROUTERS]),
  pd: int(0, 31),
  tp: oneOf([0, 1, 2, 4, 8]),
  tiers: v.picklist(TIER_CHOICES),
  minscale: int(0, 1),
  regions: oneOf(REGION_CHOICES),
  rtt: oneOf(RTT_CHOICES_MS),
  fail: v.boolean(),
  challenge: v.picklist(CHALLENGE_ID_LIST),
};

/** Field schemas for `forgivingSearch`: a missing or invalid param becomes undefined (then a default). */
export const LAB_SEARCH_FIELDS: SearchFields = Object.fromEntries(Object.entries(schemas).map(([k, schema]) => [k, { schema, fallback: undefined }]));

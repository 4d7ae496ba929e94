/** How the load-test widget's state is written into its search param (see kit/urlCodec.ts). */
import { enumField, intField, keyed, numberChoiceField, type UrlFields } from '../kit/urlCodec.ts';
import { DURATION_CHOICES, GPU_CHOICES, LIMITS, METRICS, MODEL_CHOICES, PATTERN_IDS, POINT_CHOICES, SECOND_PATTERNS, WORKLOAD_IDS, type LoadTestUrlState } from '../../../widget-models/load-test/settings.ts';

/** Readable property names; the short URL keys are the ones links have always used (URL version 1). */
export const LOAD_TEST_URL_FIELDS: UrlFields<LoadTestUrlState> = {
  patternA: keyed('a', enumField(PATTERN_IDS)),
  patternB: keyed('b', enumField(SECOND_PATTERNS)),
  workload: enumField(WORKLOAD_IDS),
  model: enumField(MODEL_CHOICES.map((m) => m.id)),
  gpus: numberChoiceField(GPU_CHOICES),
  maxQps: intField(...LIMITS.maxQps),
  points: numberChoiceField(POINT_CHOICES),
  durationS: numberChoiceField(DURATION_CHOICES),
  seed: intField(...LIMITS.seed),
  metric: enumField(METRICS),
};

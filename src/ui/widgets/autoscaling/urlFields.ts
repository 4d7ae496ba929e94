/**
 * How the autoscaling widget's settings are written into its search param (see kit/urlCodec.ts);
 * the kit adds the timeline's frame (`f`) and speed (`sp`).
 */
import { enumField, intField, keyed, numberChoiceField, type UrlFields } from '../kit/urlCodec.ts';
import { type AutoscalingChoice, FOCI, LIMITS, MODEL_CHOICES, SHAPES, STORAGE_SOURCES, TBC_CHOICES } from '../../../widget-models/autoscaling/settings.ts';

export const AUTOSCALING_URL_FIELDS: UrlFields<AutoscalingChoice> = {
  shape: enumField(SHAPES),
  rps: intField(...LIMITS.rps),
  model: enumField(MODEL_CHOICES.map((m) => m.id)),
  storage: enumField(STORAGE_SOURCES),
  target: intField(...LIMITS.target),
  minScale: intField(...LIMITS.minScale),
  maxScale: intField(...LIMITS.maxScale),
  panic: intField(...LIMITS.panic),
  retention: intField(...LIMITS.retention),
  targetBurstCapacity: keyed('tbc', numberChoiceField(TBC_CHOICES)),
  altKind: keyed('alt', enumField(['hpa', 'keda'])),
  altMetric: enumField(['waiting', 'running']),
  altTarget: intField(...LIMITS.altTarget),
  fixed: intField(...LIMITS.fixed),
  seed: intField(...LIMITS.seed),
  focus: enumField(FOCI),
};

/** How the quantisation widget's settings are written into its search param (see kit/urlCodec.ts). */
import { enumField, keyed, numberChoiceField, type UrlFields } from '../kit/urlCodec.ts';
import { BATCH_VALUES, CONTEXT_VALUES, GPU_IDS, KV_CHOICES, MODEL_IDS, PREFILL_VALUES, type QuantizationUrlState, SCHEME_IDS, TP_VALUES } from '../../../widget-models/quantization/settings.ts';

/** Readable property names; the short URL keys are the ones links have always used (URL version 1). */
export const QUANTIZATION_URL_FIELDS: UrlFields<QuantizationUrlState> = {
  model: enumField(MODEL_IDS),
  gpu: enumField(GPU_IDS),
  tp: numberChoiceField(TP_VALUES),
  scheme: enumField(SCHEME_IDS),
  kvCacheDtype: keyed('kv', enumField(KV_CHOICES)),
  maxModelLen: keyed('ctx', numberChoiceField(CONTEXT_VALUES)),
  batch: numberChoiceField(BATCH_VALUES),
  prefill: numberChoiceField(PREFILL_VALUES),
};

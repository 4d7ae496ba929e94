/** How the tensor-parallel widget's settings are written into its search param (see kit/urlCodec.ts). */
import { enumField, intField, numberChoiceField, type UrlFields } from '../kit/urlCodec.ts';
import { LIMITS, LINK_IDS, TP_GPU_IDS, TP_MODEL_IDS, TP_VALUES, type TensorParallelSettings } from '../../../widget-models/tensor-parallel/settings.ts';

export const TP_URL_FIELDS: UrlFields<TensorParallelSettings> = {
  model: enumField(TP_MODEL_IDS),
  gpu: enumField(TP_GPU_IDS),
  tp: numberChoiceField(TP_VALUES),
  link: enumField(LINK_IDS),
  batch: intField(...LIMITS.batch),
  context: intField(...LIMITS.context),
  prefill: intField(...LIMITS.prefill),
};

/** How the LoRA widget's state is written into its search param (see kit/urlCodec.ts). */
import { SPEEDS } from '../kit/playback.ts';
import { enumField, intField, numberChoiceField, type UrlFields } from '../kit/urlCodec.ts';
import { ADAPTER_VALUES, LIMITS, MAX_CPU_LORAS_VALUES, MAX_LORAS_VALUES, RANK_VALUES, SKEWS, type LoraUrlState } from '../../../widget-models/lora/settings.ts';

export const LORA_URL_FIELDS: UrlFields<LoraUrlState> = {
  adapters: numberChoiceField(ADAPTER_VALUES),
  skew: enumField(SKEWS),
  maxLoras: numberChoiceField(MAX_LORAS_VALUES),
  maxCpuLoras: numberChoiceField(MAX_CPU_LORAS_VALUES),
  rank: numberChoiceField(RANK_VALUES),
  rate: intField(...LIMITS.rate),
  seed: intField(...LIMITS.seed),
  f: intField(0, 100_000),
  sp: numberChoiceField(SPEEDS),
};

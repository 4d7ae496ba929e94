/** How the LoRA widget's settings are written into its search param (see kit/urlCodec.ts). */
import { enumField, intField, keyed, numberChoiceField, renameKeys, type UrlSchema } from '../kit/urlCodec.ts';
import { ADAPTER_VALUES, LIMITS, MAX_CPU_LORAS_VALUES, MAX_LORAS_VALUES, RANK_VALUES, SKEWS, type LoraSettings } from '../../../widget-models/lora/settings.ts';

/** Version 2 shortened `maxLoras` and `maxCpuLoras` to `ml` and `mcl`; older links are renamed on the way in. */
export const LORA_URL: UrlSchema<LoraSettings> = {
  version: 2,
  upgrades: { 1: renameKeys({ maxLoras: 'ml', maxCpuLoras: 'mcl' }) },
  fields: {
    adapters: numberChoiceField(ADAPTER_VALUES),
    skew: enumField(SKEWS),
    maxLoras: keyed('ml', numberChoiceField(MAX_LORAS_VALUES)),
    maxCpuLoras: keyed('mcl', numberChoiceField(MAX_CPU_LORAS_VALUES)),
    rank: numberChoiceField(RANK_VALUES),
    rate: intField(...LIMITS.rate),
    seed: intField(...LIMITS.seed),
  },
};

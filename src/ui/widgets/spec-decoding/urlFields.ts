/** How the speculative-decoding widget's settings are written into its search param (see kit/urlCodec.ts). */
import * as v from 'valibot';
import { enumField, intField, keyed, numberChoiceField, type UrlField, type UrlFields } from '../kit/urlCodec.ts';
import { ACC_LIMITS, BS_CHOICES, DECAY_CHOICES, type DraftChoice, DRAFT_MODELS, GPU_CHOICES, K_CHOICES, SPECULATIVE_METHODS, type SpeculativeMethod, type SpecSettings } from '../../../widget-models/spec-decoding/settings.ts';

/** The drafter's method; `_` separates fields in the URL, so `draft_model` is written `draft-model`. */
const methodField: UrlField<SpeculativeMethod> = {
  schema: v.pipe(
    v.string(),
    v.transform((s) => s.replace(/-/g, '_')),
    v.check((s) => (SPECULATIVE_METHODS as readonly string[]).includes(s), 'not a speculative method'),
  ) as v.GenericSchema<string, SpeculativeMethod>,
  format: (m) => m.replace(/_/g, '-'),
};

/**
 * Readable property names; the short URL keys are the ones links have always used (URL version 1).
 * The kit adds the timeline's frame (`f`) and speed (`sp`).
 */
export const SPEC_URL_FIELDS: UrlFields<SpecSettings> = {
  method: methodField,
  k: numberChoiceField(K_CHOICES),
  acceptancePercent: keyed('acc', intField(...ACC_LIMITS)),
  decay: numberChoiceField(DECAY_CHOICES),
  batchSize: keyed('bs', numberChoiceField(BS_CHOICES)),
  gpu: enumField(GPU_CHOICES.map((g) => g.id)),
  draft: numberChoiceField(DRAFT_MODELS.map((d) => d.id)) as UrlField<DraftChoice>,
};

/** How the KV paging widget's state is written into its search param (see kit/urlCodec.ts). */
import { frameField, SPEED_FIELD } from '../kit/playedSettings.ts';
import { boolField, enumField, intField, intTupleListField, numberChoiceField, optionalIdField, type UrlFields } from '../kit/urlCodec.ts';
import { type AddedRequest, BLOCK_SIZE_CHOICES, LIMITS, type KvUrlState } from '../../../widget-models/kv-paging/settings.ts';

export const KV_URL_FIELDS: UrlFields<KvUrlState> = {
  bs: numberChoiceField(BLOCK_SIZE_CHOICES),
  nb: intField(...LIMITS.nb),
  pc: boolField(),
  seed: intField(...LIMITS.seed),
  sys: intField(...LIMITS.sys),
  gen: intField(...LIMITS.gen),
  rate: intField(...LIMITS.rate),
  rq: intTupleListField<AddedRequest>([LIMITS.prompt, LIMITS.maxTokens, LIMITS.n, [0, 1], LIMITS.atMs], LIMITS.addedRequests),
  par: enumField(['fork', 'fanout']),
  res: enumField(['request', 'max']),
  mml: intField(...LIMITS.mml),
  frame: frameField(),
  speed: SPEED_FIELD,
  sel: optionalIdField(16),
  view: enumField(['grid', 'table']),
};

/** How the KV paging widget's state is written into its search param (see kit/urlCodec.ts). */
import { frameField, SPEED_FIELD } from '../kit/playedSettings.ts';
import { boolField, enumField, intField, intTupleListField, keyed, numberChoiceField, optionalIdField, type UrlFields } from '../kit/urlCodec.ts';
import { type AddedRequest, BLOCK_SIZE_CHOICES, LIMITS, type KvUrlState } from '../../../widget-models/kv-paging/settings.ts';

/**
 * Readable property names; the short URL keys are the ones links have always used (URL version 1).
 * Frame and speed sit where links have always had them: the kit's timeline fields take their places.
 */
export const KV_URL_FIELDS: UrlFields<KvUrlState> = {
  blockSize: keyed('bs', numberChoiceField(BLOCK_SIZE_CHOICES)),
  numGpuBlocks: keyed('nb', intField(...LIMITS.numGpuBlocks)),
  enablePrefixCaching: keyed('pc', boolField()),
  seed: intField(...LIMITS.seed),
  systemPromptTokens: keyed('sys', intField(...LIMITS.systemPromptTokens)),
  generatedRequests: keyed('gen', intField(...LIMITS.generatedRequests)),
  rate: intField(...LIMITS.rate),
  addedRequests: keyed('rq', intTupleListField<AddedRequest>([LIMITS.prompt, LIMITS.maxTokens, LIMITS.n, [0, 1], LIMITS.atMs], LIMITS.addedRequests)),
  parallelSampling: keyed('par', enumField(['fork', 'fanout'])),
  contiguousReservation: keyed('res', enumField(['request', 'max'])),
  maxModelLen: keyed('mml', intField(...LIMITS.maxModelLen)),
  frame: frameField(),
  speed: SPEED_FIELD,
  selected: keyed('sel', optionalIdField(16)),
  view: enumField(['grid', 'table']),
};

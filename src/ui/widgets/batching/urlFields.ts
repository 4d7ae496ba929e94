/** How the batching widget's state is written into its search param (see kit/urlCodec.ts). */
import { GPU_IDS, MODELS } from '../../../sim/cost/index.ts';
import { frameField, SPEED_FIELD } from '../kit/playedSettings.ts';
import { boolField, enumField, intField, numberChoiceField, type UrlFields } from '../kit/urlCodec.ts';
import { BURST_CHOICES, LENGTH_KINDS, LIMITS, MML_CHOICES, RATE_CHOICES, ZOOM_CHOICES, type BatchUrlState } from '../../../widget-models/batching/settings.ts';

export const BATCH_URL_FIELDS: UrlFields<BatchUrlState> = {
  seed: intField(...LIMITS.seed),
  n: intField(...LIMITS.n),
  rate: numberChoiceField(RATE_CHOICES),
  burst: numberChoiceField(BURST_CHOICES),
  pd: enumField(LENGTH_KINDS),
  pm: intField(...LIMITS.pm),
  od: enumField(LENGTH_KINDS),
  om: intField(...LIMITS.om),
  mns: intField(...LIMITS.mns),
  mbt: intField(...LIMITS.mbt),
  lpt: intField(...LIMITS.lpt),
  kvb: intField(...LIMITS.kvb),
  pol: enumField(['fcfs', 'priority']),
  mml: numberChoiceField(MML_CHOICES),
  cpu: intField(...LIMITS.cpu),
  async: boolField(),
  model: enumField(MODELS.map((m) => m.id)),
  gpu: enumField(GPU_IDS),
  tp: numberChoiceField([1, 2, 4, 8]),
  wdt: enumField(['bf16', 'fp8', 'int8', 'int4-awq', 'int4-gptq']),
  kvdt: enumField(['bf16', 'fp8']),
  gmu: intField(...LIMITS.gmu),
  frame: frameField(),
  speed: SPEED_FIELD,
  zoom: numberChoiceField(ZOOM_CHOICES),
  view: enumField(['chart', 'table']),
};

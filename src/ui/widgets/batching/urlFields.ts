/** How the batching widget's state is written into its search param (see kit/urlCodec.ts). */
import { GPU_IDS, MODELS } from '../../../sim/cost/index.ts';
import { frameField, SPEED_FIELD } from '../kit/playedSettings.ts';
import { boolField, enumField, intField, keyed, numberChoiceField, type UrlFields } from '../kit/urlCodec.ts';
import { BURST_CHOICES, LENGTH_KINDS, LIMITS, MML_CHOICES, RATE_CHOICES, ZOOM_CHOICES, type BatchUrlState } from '../../../widget-models/batching/settings.ts';

/** Readable property names; the short URL keys are the ones links have always used (URL version 1). */
export const BATCH_URL_FIELDS: UrlFields<BatchUrlState> = {
  seed: intField(...LIMITS.seed),
  numPrompts: keyed('n', intField(...LIMITS.numPrompts)),
  rate: numberChoiceField(RATE_CHOICES),
  burstiness: keyed('burst', numberChoiceField(BURST_CHOICES)),
  promptLengthKind: keyed('pd', enumField(LENGTH_KINDS)),
  promptLength: keyed('pm', intField(...LIMITS.promptLength)),
  outputLengthKind: keyed('od', enumField(LENGTH_KINDS)),
  outputLength: keyed('om', intField(...LIMITS.outputLength)),
  maxNumSeqs: keyed('mns', intField(...LIMITS.maxNumSeqs)),
  maxNumBatchedTokens: keyed('mbt', intField(...LIMITS.maxNumBatchedTokens)),
  longPrefillTokenThreshold: keyed('lpt', intField(...LIMITS.longPrefillTokenThreshold)),
  numGpuBlocks: keyed('kvb', intField(...LIMITS.numGpuBlocks)),
  schedulingPolicy: keyed('pol', enumField(['fcfs', 'priority'])),
  maxModelLen: keyed('mml', numberChoiceField(MML_CHOICES)),
  cpuUsPerStep: keyed('cpu', intField(...LIMITS.cpuUsPerStep)),
  asyncScheduling: keyed('async', boolField()),
  model: enumField(MODELS.map((m) => m.id)),
  gpu: enumField(GPU_IDS),
  tp: numberChoiceField([1, 2, 4, 8]),
  weightDtype: keyed('wdt', enumField(['bf16', 'fp8', 'int8', 'int4-awq', 'int4-gptq'])),
  kvDtype: keyed('kvdt', enumField(['bf16', 'fp8'])),
  gpuMemoryUtilizationPercent: keyed('gmu', intField(...LIMITS.gpuMemoryUtilizationPercent)),
  frame: frameField(),
  speed: SPEED_FIELD,
  zoom: numberChoiceField(ZOOM_CHOICES),
  view: enumField(['chart', 'table']),
};

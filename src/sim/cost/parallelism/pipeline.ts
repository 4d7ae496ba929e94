/**
 * Pipeline parallelism at decode: the layers are cut into `pp` stages of equal size, the batch
 * into up to `pp` micro-batches kept in flight (vLLM's scheduler runs several batches at once
 * under PP), and each micro-batch's hidden states are sent from stage to stage.
 *
 *   stage_i   = layers/pp × per-layer time(micro-batch)   (+ lm_head on the last stage)
 *   cycle     = max(pp × max_i stage_i, Σ_i stage_i + pp × send)
 *
 * A sequence gets one token per cycle. With fewer sequences than stages, stages idle: the
 * bubble is the share of GPU-time no stage is working.
 */
import { stepBreakdown, type Deployment } from '../stepTime.ts';
import { sendUs } from './collectives.ts';
import { decodeShape } from './decodeShape.ts';
import type { LinkSpec } from './links.ts';

export interface PipelineDecode {
  readonly stages: number;
  readonly layersPerStage: number;
  readonly microBatches: number;
  /** Sequences in each micro-batch (the largest). */
  readonly microBatchSeqs: number;
  /** Time of the first stages and of the last one (which adds lm_head), µs. */
  readonly stageUs: number;
  readonly lastStageUs: number;
  /** One hand-over of a micro-batch's hidden states between stages, µs. */
  readonly sendUs: number;
  /** Time between two tokens of one sequence, µs. */
  readonly itlUs: number;
  /** Tokens per second over all sequences. */
  readonly tokensPerS: number;
  /** Share of GPU-time the stages sit idle (0 = always busy). */
  readonly bubble: number;
}

/**
 * Decode of `batch` sequences at `contextTokens` over `pp` stages of one GPU each.
 * @param d the deployment of one stage's GPU (its `tp` is the tensor parallelism inside a stage, usually 1)
 * @throws Error when the layers do not divide into `pp` equal stages
 */
export function pipelineDecode(d: Deployment, pp: number, batch: number, contextTokens: number, link: LinkSpec): PipelineDecode {
  if (!Number.isInteger(pp) || pp < 1) throw new Error(`pipeline parallel size must be a positive integer (got ${pp})`);
  if (d.model.layers % pp !== 0) throw new Error(`${d.model.name} has ${d.model.layers} layers, not divisible into ${pp} equal stages`);
  const layersPerStage = d.model.layers / pp;
  const microBatches = Math.max(1, Math.min(pp, batch));
  const microBatchSeqs = Math.max(1, Math.ceil(batch / microBatches));
  const b = stepBreakdown(d, decodeShape(microBatchSeqs, contextTokens));
  const stageUs = layersPerStage * (b.perLayerUs + b.commUs);
  const lastStageUs = stageUs + b.lmHeadUs;
  const send = pp > 1 ? sendUs(microBatchSeqs * d.model.hidden * 2, link) : 0;
  const sum = (pp - 1) * stageUs + lastStageUs;
  const itlUs = Math.max(microBatches * lastStageUs, sum + pp * send);
  const busy = microBatches * sum;
  return {
    stages: pp,
    layersPerStage,
    microBatches,
    microBatchSeqs,
    stageUs,
    lastStageUs,
    sendUs: send,
    itlUs,
    tokensPerS: (batch / itlUs) * 1e6,
    bubble: Math.max(0, 1 - busy / (pp * itlUs)),
  };
}

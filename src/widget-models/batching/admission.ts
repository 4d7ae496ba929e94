/**
 * Why the scheduler stopped admitting waiting requests in a step. The engine reports what was
 * scheduled and what was preempted, not why the rest waited; this derives it from the step's
 * numbers, in the order vLLM's waiting loop checks them (`Scheduler.schedule`): nothing
 * preempted, budget left, fewer than max_num_seqs running, then the KV allocation — at 0.33 the
 * whole current sequence must fit (`scheduler_reserve_full_isl`), plus the `watermark` blocks
 * while anything runs.
 */
import { KVCacheManager } from '../../sim/engine/kvCacheManager.ts';
import type { Request } from '../../sim/engine/request.ts';
import type { EngineConfig } from '../../sim/engine/types.ts';
import type { AdmitStop, HeadNeed } from './types.ts';

/** What the step left over, as its step event reports it. */
export interface StepFacts {
  readonly waitingAtSchedule: number;
  readonly preempted: number;
  readonly scheduledTokens: number;
  readonly runningAfterSchedule: number;
}

/** The first check of vLLM's waiting loop that failed. */
export function admitStop(f: StepFacts, c: EngineConfig): AdmitStop {
  if (f.waitingAtSchedule === 0) return 'none';
  if (f.preempted > 0) return 'preempted';
  if (c.maxNumBatchedTokens - f.scheduledTokens <= 0) return 'budget';
  if (f.runningAfterSchedule >= c.maxNumSeqs) return 'max-seqs';
  return 'blocks';
}

/**
 * The blocks the head of the queue asked for, computed as `allocate_slots` does (prefix-cache
 * hits included: after a preemption a request often finds its own freed blocks still cached).
 * @param freeAtSchedule free blocks when the scheduler tried (before this step's finished requests freed theirs)
 * @param running requests running after scheduling (the watermark applies only when > 0)
 */
export function headNeed(kv: unknown, head: Request, index: number, c: EngineConfig, scheduledTokens: number, freeAtSchedule: number, running = 0): HeadNeed {
  const bs = c.blockSize;
  let hitBlocks = 0;
  let evictable = 0;
  if (kv instanceof KVCacheManager && c.enablePrefixCaching && head.numComputedTokens === 0) {
    const max = Math.floor((head.numTokens - 1) / bs);
    for (; hitBlocks < max; hitBlocks++) {
      const b = kv.pool.getCachedBlock(head.tokens.blockHash(hitBlocks));
      if (b < 0) break;
      if (kv.pool.refCnt[b] === 0) evictable++;
    }
  }
  const hitTokens = hitBlocks * bs;
  let chunk = head.numTokens - hitTokens;
  if (c.longPrefillTokenThreshold > 0 && chunk > c.longPrefillTokenThreshold) chunk = c.longPrefillTokenThreshold;
  chunk = Math.min(chunk, c.maxNumBatchedTokens - scheduledTokens);
  const chunkNeed = Math.ceil(Math.min(hitTokens + chunk, c.maxModelLen) / bs) - hitBlocks + evictable;
  const fullNeed = c.schedulerReserveFullIsl ? Math.max(0, Math.ceil(Math.min(head.numTokens, c.maxModelLen) / bs) - hitBlocks) + evictable : 0;
  const watermarkBlocks = running > 0 ? Math.floor(c.watermark * c.numGpuBlocks) : 0;
  const fullSequence = fullNeed > chunkNeed;
  return { req: index, chunk, hitTokens, need: Math.max(chunkNeed, fullNeed) + watermarkBlocks, free: freeAtSchedule, fullSequence, watermarkBlocks };
}

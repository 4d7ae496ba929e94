/** Helpers shared by the paged and the contiguous recorder. */
import type { Engine } from '../../sim/engine/engine.ts';
import type { EngineConfig, EngineConfigInput, SimEvent } from '../../sim/engine/types.ts';
import { SEQ_PREEMPTED, SEQ_RUNNING, SEQ_WAITING } from './types.ts';
import type { Workload } from './workload.ts';

/** Engine settings common to both runs (the allocator is set by each recorder). */
export interface EngineOptions {
  readonly config: EngineConfigInput;
}

/** `[seqIndex, numComputedTokens, numTokens, status]` for every running and waiting sequence. */
export function liveSeqState(engine: Engine, w: Workload): Int32Array {
  const out: number[] = [];
  for (const r of engine.scheduler.running) out.push(w.byId.get(r.id)?.index ?? -1, r.numComputedTokens, r.numTokens, SEQ_RUNNING);
  for (const r of engine.scheduler.waiting.toArray()) {
    out.push(w.byId.get(r.id)?.index ?? -1, r.numComputedTokens, r.numTokens, r.status === 'PREEMPTED' ? SEQ_PREEMPTED : SEQ_WAITING);
  }
  return Int32Array.from(out);
}

/**
 * True when this event shows a request waiting for KV memory: a preemption, or a step that
 * left requests waiting although token budget and sequence slots were left (so only memory
 * can have stopped admission).
 */
export function memoryBoundWait(e: SimEvent, c: EngineConfig): boolean {
  if (e.type === 'preempted') return true;
  return e.type === 'step' && e.waiting > 0 && e.numScheduledTokens < c.maxNumBatchedTokens && e.running < c.maxNumSeqs;
}

import type { SimEvent } from '../../sim/engine/types.ts';
import type { BlockFrames } from './blockFrames.ts';
import type { TableLog } from './tableLog.ts';
import type { Waste } from './waste.ts';
import type { Workload } from './workload.ts';

/** Sequence status in a frame's `seqState`. */
export const SEQ_WAITING = 0;
export const SEQ_RUNNING = 1;
export const SEQ_PREEMPTED = 2;

/** What every recorded frame carries, whichever allocator. */
export interface FrameBase {
  /** Engine step that produced this frame (−1 for the start). */
  readonly step: number;
  /** Simulated time at the end of that step, µs. */
  readonly timeUs: number;
  /** Sequences in `running` / `waiting` after the step. */
  readonly running: number;
  readonly waiting: number;
  /** `kv_cache_usage` (0–1), as `vllm:kv_cache_usage_perc` reports it. */
  readonly usage: number;
  readonly waste: Waste;
  /** Live sequences: `[seqIndex, numComputedTokens, numTokens, status]` repeated. */
  readonly seqState: Int32Array;
}

/** A paged-allocator frame. */
export interface PagedFrame extends FrameBase {
  /** This step's events (requests and blocks level). */
  readonly events: readonly SimEvent[];
}

/** A contiguous-allocator frame. */
export interface ContiguousFrame extends FrameBase {
  /** `[start, slots, seqIndex, used, final]` per reserved region, in address order. */
  readonly regions: Int32Array;
}

/** Summary figures of one run (so far, while it is still being computed). */
export interface RunSummary {
  /** Most sequences running at once. */
  maxRunning: number;
  /** When a request first had to wait for KV memory (µs), or null if none ever did. */
  firstWaitUs: number | null;
  preemptions: number;
  /** True when the run hit the frame cap before every request finished. */
  truncated: boolean;
  /** True once every request finished (or the cap was hit). */
  done: boolean;
}

export interface PagedRun extends RunSummary {
  readonly kind: 'paged';
  readonly frames: PagedFrame[];
  readonly blocks: BlockFrames;
  readonly tables: TableLog;
}

export interface ContiguousRun extends RunSummary {
  readonly kind: 'contiguous';
  readonly frames: ContiguousFrame[];
  /** Total token slots (same memory as the paged pool's usable blocks). */
  readonly capacity: number;
}

/** Both runs of one scenario, or why the engine refused to start. */
export interface Simulation {
  readonly workload: Workload;
  readonly blockSize: number;
  readonly numBlocks: number;
  readonly paged: PagedRun | null;
  readonly contiguous: ContiguousRun | null;
  /** vLLM-style start-up error (e.g. the pool cannot hold one max-length request). */
  readonly error: string | null;
}

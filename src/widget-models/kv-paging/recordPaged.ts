/**
 * Runs the engine with vLLM's paged allocator and records one frame per step: block arrays
 * (read from the engine's `BlockPool`), sequence states, block-table versions and waste.
 * Recording is incremental (`step()` records one frame) so a long run never blocks the page.
 */
import { Engine } from '../../sim/engine/engine.ts';
import type { KVCacheManager } from '../../sim/engine/kvCacheManager.ts';
import type { SimEvent } from '../../sim/engine/types.ts';
import { BlockFrames, emptyBlockArrays, FLAG_NULL, type BlockArrays } from './blockFrames.ts';
import { liveSeqState, memoryBoundWait, type EngineOptions } from './engineRun.ts';
import { recordTables } from './recordTables.ts';
import { TableLog } from './tableLog.ts';
import type { PagedRun } from './types.ts';
import { memoryBreakdown } from '../../sim/engine/memory.ts';
import { fromBreakdown } from './waste.ts';
import type { Workload } from './workload.ts';

/** Records a paged run one engine step at a time. */
export class PagedRecorder {
  readonly run: PagedRun;
  private readonly engine: Engine;
  private readonly pool: KVCacheManager['pool'];
  private readonly arrays: BlockArrays;
  /** Sequence that wrote each block (from allocation and copy events). */
  private readonly allocatedBy: Int16Array;
  private readonly firstHolder: Int16Array;
  private readonly writerHolds: Uint8Array;

  constructor(
    opts: EngineOptions,
    private readonly w: Workload,
    private readonly maxFrames: number,
  ) {
    this.engine = new Engine({ ...opts.config, kvAllocator: 'paged', eventLevel: 'blocks' });
    this.engine.addRequests(w.specs);
    this.pool = (this.engine.kv as KVCacheManager).pool;
    const n = this.pool.numGpuBlocks;
    this.arrays = emptyBlockArrays(n);
    this.allocatedBy = new Int16Array(n).fill(-1);
    this.firstHolder = new Int16Array(n);
    this.writerHolds = new Uint8Array(n);
    const run: PagedRun = { kind: 'paged', frames: [], blocks: new BlockFrames(n), tables: new TableLog(w.seqs.length), maxRunning: 0, firstWaitUs: null, preemptions: 0, truncated: false, done: false };
    this.run = run;
    this.capture(-1, []);
  }

  /** Records the next step. @returns false once the run is complete */
  step(): boolean {
    const run = this.run;
    if (run.done) return false;
    if (run.frames.length >= this.maxFrames) {
      run.truncated = !this.engine.isDone;
      run.done = true;
      return false;
    }
    const s = this.engine.step();
    if (!s) {
      run.done = true;
      return false;
    }
    for (const e of s.events) {
      if (e.type === 'blocksAllocated') {
        const seq = this.w.byId.get(e.req)?.index ?? -1;
        for (const b of e.blockIds) this.allocatedBy[b] = seq;
      } else if (e.type === 'blockCopied') this.allocatedBy[e.dst] = this.w.byId.get(e.req)?.index ?? -1;
      else if (e.type === 'preempted') run.preemptions++;
      if (run.firstWaitUs === null && memoryBoundWait(e, this.engine.config)) run.firstWaitUs = e.timeUs;
    }
    recordTables(run.tables, this.engine.scheduler.running, this.w, s.events, run.frames.length);
    this.capture(s.index, s.events);
    return true;
  }

  private capture(step: number, events: readonly SimEvent[]): void {
    const { engine, pool, allocatedBy, firstHolder, writerHolds, w } = this;
    const { owner, fill, ref, flags } = this.arrays;
    const n = pool.numGpuBlocks;
    const bs = engine.config.blockSize;
    const refCnt = pool.refCnt;
    const hash = pool.blockHash;
    fill.fill(0);
    for (let b = 0; b < n; b++) {
      const r = refCnt[b] as number;
      const cached = hash[b] !== -1;
      ref[b] = r > 255 ? 255 : r;
      flags[b] = cached ? 1 : 0; // FLAG_CACHED
      owner[b] = r > 0 || cached ? (allocatedBy[b] as number) : -1;
    }
    flags[0] = (flags[0] as number) | FLAG_NULL;
    // Colour a held block by the sequence that wrote it while that one still holds it,
    // otherwise by its first current holder (e.g. a prefix hit on a finished request's block).
    firstHolder.fill(-1);
    writerHolds.fill(0);
    for (const req of engine.scheduler.running) {
      const held = req.blocks;
      const seq = w.byId.get(req.id)?.index ?? -1;
      const computed = req.numComputedTokens;
      for (let i = 0; i < held.length; i++) {
        const b = held[i] as number;
        const t = Math.max(0, Math.min(bs, computed - i * bs));
        if (t > (fill[b] as number)) fill[b] = t;
        if (firstHolder[b] === -1) firstHolder[b] = seq;
        if (allocatedBy[b] === seq) writerHolds[b] = 1;
      }
    }
    for (let b = 1; b < n; b++) {
      // Only full blocks are cached, so a cached block holds a full block of tokens.
      if (flags[b] === 1 && fill[b] === 0) fill[b] = bs;
      if ((ref[b] as number) > 0 && !writerHolds[b]) owner[b] = firstHolder[b] as number;
    }
    const run = this.run;
    run.blocks.push(this.arrays);
    const running = engine.numRunning;
    if (running > run.maxRunning) run.maxRunning = running;
    run.frames.push({
      step,
      timeUs: engine.now,
      running,
      waiting: engine.numWaiting,
      usage: engine.kvCacheUsage,
      waste: fromBreakdown(memoryBreakdown(engine)),
      seqState: liveSeqState(engine, w),
      events,
    });
  }
}

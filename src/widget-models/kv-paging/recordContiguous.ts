/**
 * Runs the same workload on the engine's contiguous baseline (one reservation per request,
 * placed first-fit, no sharing) and records regions and the waste split per step.
 */
import type { ContiguousAllocator } from '../../sim/engine/contiguousAllocator.ts';
import { Engine } from '../../sim/engine/engine.ts';
import type { ContiguousReservation } from '../../sim/engine/types.ts';
import { liveSeqState, memoryBoundWait, type EngineOptions } from './engineRun.ts';
import type { ContiguousRun } from './types.ts';
import { memoryBreakdown } from '../../sim/engine/memory.ts';
import { fromBreakdown } from './waste.ts';
import type { Workload } from './workload.ts';

/**
 * Records a contiguous run one step at a time. Parallel samples become separate requests
 * (prior systems could not share a prompt's memory between samples).
 */
export class ContiguousRecorder {
  readonly run: ContiguousRun;
  private readonly engine: Engine;
  private readonly kv: ContiguousAllocator;

  constructor(
    opts: EngineOptions,
    reservation: ContiguousReservation,
    private readonly w: Workload,
    private readonly maxFrames: number,
  ) {
    this.engine = new Engine({
      ...opts.config,
      kvAllocator: 'contiguous',
      contiguousReservation: reservation,
      parallelSampling: 'fanout',
      enablePrefixCaching: false,
      eventLevel: 'requests',
    });
    this.engine.addRequests(w.specs);
    this.kv = this.engine.kv as ContiguousAllocator;
    this.run = { kind: 'contiguous', frames: [], capacity: this.kv.capacity, maxRunning: 0, firstWaitUs: null, preemptions: 0, truncated: false, done: false };
    this.capture(-1);
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
      if (e.type === 'preempted') run.preemptions++;
      if (run.firstWaitUs === null && memoryBoundWait(e, this.engine.config)) run.firstWaitUs = e.timeUs;
    }
    this.capture(s.index);
    return true;
  }

  private capture(step: number): void {
    const { engine, kv, w } = this;
    const regions = kv.allRegions();
    const packed = new Int32Array(regions.length * 5);
    regions.forEach((r, k) => {
      const req = r.req;
      // The length it will reach, as the engine's memoryBreakdown counts it.
      const final = Math.min(r.slots, req.promptLen + Math.min(req.stopAfter, req.maxTokens));
      packed.set([r.start, r.slots, w.byId.get(req.id)?.index ?? -1, req.numComputedTokens, final], k * 5);
    });
    const run = this.run;
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
      regions: packed,
    });
  }
}

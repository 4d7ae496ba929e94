/**
 * Runs the engine (vLLM V1's scheduler, continuous batching with chunked prefill) one step at a
 * time and records what the widget draws and explains: tokens per request, waiting queue,
 * preemptions, and why admission stopped (derived, see admission.ts).
 */
import { Engine } from '../../sim/engine/engine.ts';
import type { Request } from '../../sim/engine/request.ts';
import type { EngineConfig, SimEvent } from '../../sim/engine/types.ts';
import { admitStop, headNeed } from './admission.ts';
import { cpuGapUs } from './hostOverhead.ts';
import { SegmentWriter } from './segments.ts';
import { DECODE, emptyRun, PREFILL, PREFILL_LAST, SCHED_STRIDE, type HeadNeed, type PreemptionRecord, type RunRecord } from './types.ts';
import type { Workload } from './workload.ts';

export class ContinuousRecorder {
  readonly run: RunRecord;
  readonly engine: Engine;
  private readonly seg: SegmentWriter;
  private readonly index: (id: string) => number;

  constructor(
    readonly config: EngineConfig,
    private readonly w: Workload,
    private readonly maxSteps: number,
  ) {
    this.engine = new Engine({ ...config, eventLevel: 'blocks' });
    this.engine.addRequests(w.specs);
    this.run = emptyRun('continuous', w.reqs.length);
    this.seg = new SegmentWriter(this.run.segs);
    this.index = (id) => w.byId.get(id)?.index ?? -1;
  }

  /** Records the next step. @returns false once the run is complete */
  step(): boolean {
    const run = this.run;
    if (run.done) return false;
    if (run.steps.length >= this.maxSteps) {
      run.truncated = !this.engine.isDone;
      run.done = true;
      return false;
    }
    const s = this.engine.step();
    if (!s) {
      run.done = true;
      return false;
    }
    this.record(s.index, s.startUs, s.startUs + s.durationUs, s.events);
    if (this.engine.isDone) run.done = true;
    return true;
  }

  private record(index: number, startUs: number, endUs: number, events: readonly SimEvent[]): void {
    const { run, seg, engine, config: c } = this;
    const times = run.times;
    const preempted: PreemptionRecord[] = [];
    const finished: number[] = [];
    const at = events.findIndex((e) => e.type === 'step');
    const stepEv = events[at];
    if (!stepEv || stepEv.type !== 'step') throw new Error(`step ${index} reported no step event`);
    // Before the step event: arrivals at the step's start and this step's preemptions.
    let lastFreed = 0;
    for (let k = 0; k < at; k++) {
      const e = events[k] as SimEvent;
      if (e.type === 'blocksFreed') lastFreed = e.blockIds.length;
      else if (e.type === 'arrival') seg.wait(this.index(e.req), e.timeUs);
      else if (e.type === 'preempted') {
        const v = this.index(e.req);
        const t = times[v];
        if (t) t.preemptions++;
        preempted.push({ victim: v, for: this.index(e.for), recompute: (this.w.reqs[v]?.promptTokens ?? 0) + (t?.outputs ?? 0), freedBlocks: lastFreed });
        lastFreed = 0;
        seg.preempt(v, startUs);
      }
    }
    const sched = new Int32Array(stepEv.scheduled.length * SCHED_STRIDE);
    const scheduledSet = new Set<number>();
    let emitted = 0;
    stepEv.scheduled.forEach((x, k) => {
      const i = this.index(x.req);
      const t = times[i];
      scheduledSet.add(i);
      const numTokens = (this.w.reqs[i]?.promptTokens ?? 0) + (t?.outputs ?? 0);
      const emits = x.computed + x.tokens >= numTokens;
      const kind = emits ? (x.tokens === 1 && x.computed > 0 ? DECODE : PREFILL_LAST) : PREFILL;
      sched.set([i, x.tokens, kind, x.computed], k * SCHED_STRIDE);
      if (t && t.firstScheduledUs < 0) t.firstScheduledUs = startUs;
      if (emits) {
        emitted++;
        if (t) t.outputs++;
      }
      seg.add(i, kind, startUs, endUs, x.tokens);
    });
    // After it: arrivals during the step, first tokens, finishes and the blocks they freed.
    let freedAfter = 0;
    for (let k = at + 1; k < events.length; k++) {
      const e = events[k] as SimEvent;
      if (e.type === 'arrival') seg.wait(this.index(e.req), e.timeUs);
      else if (e.type === 'firstToken') {
        const t = times[this.index(e.req)];
        if (t) t.firstTokenUs = e.timeUs;
      } else if (e.type === 'finished') {
        const i = this.index(e.req);
        const t = times[i];
        if (t) t.finishUs = e.timeUs;
        finished.push(i);
      } else if (e.type === 'blocksFreed') freedAfter += e.toFreeQueue.length;
    }
    const stop = admitStop({ waitingAtSchedule: stepEv.waiting, preempted: preempted.length, scheduledTokens: stepEv.numScheduledTokens, runningAfterSchedule: stepEv.running }, c);
    const queue = engine.scheduler.waiting.toArray();
    const waiting = Int32Array.from(queue, (r) => this.index(r.id));
    let head: HeadNeed | null = null;
    if (stop === 'blocks') {
      const h = queue.find((r) => r.arrivalUs <= startUs);
      if (h) head = headNeed(engine.kv, h, this.index(h.id), c, stepEv.numScheduledTokens, engine.kv.numFreeBlocks - freedAfter, stepEv.running);
    }
    const unscheduled = Int32Array.from(
      engine.scheduler.running.filter((r: Request) => !scheduledSet.has(this.index(r.id))),
      (r) => this.index(r.id),
    );
    const selfPreempted = preempted.some((p) => p.victim === p.for);
    const prev = run.steps[run.steps.length - 1];
    const dur = endUs - startUs;
    run.steps.push({
      index,
      startUs,
      endUs,
      sched,
      tokens: stepEv.numScheduledTokens,
      padding: 0,
      running: stepEv.running,
      waiting,
      kvUsage: stepEv.kvCacheUsage,
      emitted,
      finished,
      preempted,
      admitStop: stop,
      head,
      unscheduled,
      unscheduledWhy: unscheduled.length === 0 ? null : selfPreempted ? 'self-preempted' : 'budget',
      cpuGapUs: cpuGapUs(c.costModel),
      batch: 0,
      cumEmitted: (prev?.cumEmitted ?? 0) + emitted,
      cumBusyUs: (prev?.cumBusyUs ?? 0) + dur,
      cumUtilUs: (prev?.cumUtilUs ?? 0) + Math.min(1, stepEv.numScheduledTokens / c.maxNumBatchedTokens) * dur,
      cumRunUs: (prev?.cumRunUs ?? 0) + stepEv.running * dur,
      cumPreemptions: (prev?.cumPreemptions ?? 0) + preempted.length,
      cumCpuGapUs: (prev?.cumCpuGapUs ?? 0) + cpuGapUs(c.costModel),
    });
  }
}

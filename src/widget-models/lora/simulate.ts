/**
 * Runs the real engine (`src/sim/engine`) with multi-LoRA on: the widget's requests, each
 * naming an adapter, through the V1 scheduler's `max_loras` check and the worker's adapter
 * caches (`AdapterManager`). One frame per `FRAME_MS` of simulated time records GPU slots, the
 * CPU cache, who runs, who waits and why, and what was loaded. Then the same requests run on
 * the base model without LoRA, for comparison.
 */
import { ENGINE_DEFAULTS } from '../../sim/engine/config.ts';
import { Engine, type StepResult } from '../../sim/engine/engine.ts';
import type { MetricsSummary } from '../../sim/engine/metrics.ts';
import type { EngineConfigInput, RequestSpec } from '../../sim/engine/types.ts';
import type { ModelJob } from '../model.ts';
import { kvBlocksWithSlots, overheadTable } from './overhead.ts';
import { adapterName, FRAME_MS, MAX_RUN_S, SKEW_EXPONENT, type LoraSettings } from './settings.ts';
import type { AdapterStats, LoraFrame, LoraSim, QueueEntry, RunStats } from './types.ts';
import { adapterShares, buildWorkload } from './workload.ts';

/** Waiting requests listed per frame. */
export const QUEUE_SHOWN = 8;

/** xs[i] += by. */
function add(xs: number[], i: number, by: number): void {
  xs[i] = (xs[i] ?? 0) + by;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The engine settings of the LoRA run (the KV pool shrinks by the slots' reserved weights). */
export function loraEngineConfig(s: LoraSettings): EngineConfigInput {
  return {
    eventLevel: 'requests',
    numGpuBlocks: kvBlocksWithSlots(ENGINE_DEFAULTS.numGpuBlocks, s.maxLoras, s.rank),
    lora: {
      maxLoras: s.maxLoras,
      maxCpuLoras: s.maxCpuLoras,
      maxLoraRank: s.rank,
      adapters: Array.from({ length: s.adapters }, (_, i) => adapterName(i)),
    },
  };
}

function statsOf(m: MetricsSummary): RunStats {
  const t = m.time_to_first_token_seconds;
  return { finished: m.num_finished, durationS: m.duration_s, outputThroughput: m.output_throughput, ttftP50Ms: t.p50 * 1000, ttftP99Ms: t.p99 * 1000 };
}

/** Runs the same requests on the base model (LoRA off) until done or `MAX_RUN_S`. */
export function runBase(specs: readonly RequestSpec[]): RunStats {
  const engine = new Engine({});
  engine.addRequests(specs.map(({ lora: _lora, ...rest }) => rest));
  engine.run({ untilUs: MAX_RUN_S * 1e6 });
  return statsOf(engine.metrics());
}

/**
 * Starts a run. Settings the engine refuses (e.g. `max_cpu_loras` below `max_loras`) come back
 * as `error`, with the engine's message naming the field.
 */
export function startLoraRun(s: LoraSettings): ModelJob<LoraSim> {
  const sim: LoraSim = { frames: [], summary: null, overhead: overheadTable(), error: null };
  let engine: Engine;
  const { specs, adapterOf } = buildWorkload(s);
  try {
    engine = new Engine(loraEngineConfig(s));
    engine.addRequests(specs);
  } catch (e) {
    sim.error = message(e);
    return { sim, advance: () => true };
  }
  const n = s.adapters;
  const indexOfName = new Map<string, number>(Array.from({ length: n }, (_, i) => [adapterName(i), i]));
  const adapterOfReq = new Map<string, number>(specs.map((sp, i) => [sp.id, adapterOf[i] as number]));
  const slots: number[] = Array.from({ length: s.maxLoras }, () => -1);
  const ttftSum = new Array<number>(n).fill(0);
  const ttftCount = new Array<number>(n).fill(0);
  const deferredSteps = new Array<number>(n).fill(0);
  const loadsPer = new Array<number>(n).fill(0);
  const hitsPer = new Array<number>(n).fill(0);
  const everDeferred = new Set<string>();
  let finished = 0;
  let loraUsTotal = 0;
  let busyUsTotal = 0;
  // Per-slice accumulators.
  let loads: number[] = [];
  let hits: number[] = [];
  let steps = 0;
  let deferredPeak = 0;
  let loraUs = 0;
  let busyUs = 0;
  let lastDeferred: number[] = new Array<number>(n).fill(0);
  let batch: number[] = [];
  let frameIndex = 0;

  const mgr = engine.adapters;
  const onStep = (r: StepResult) => {
    steps++;
    loraUs += r.loraUs;
    busyUs += r.durationUs;
    for (const ev of r.events) {
      if (ev.type === 'step') {
        const b = new Set<number>();
        for (const x of ev.scheduled) {
          const a = adapterOfReq.get(x.req);
          if (a !== undefined) b.add(a);
        }
        batch = [...b].sort((x, y) => x - y);
      } else if (ev.type === 'adaptersLoaded') {
        for (const nm of ev.activated) {
          const a = indexOfName.get(nm) as number;
          if (ev.loaded.includes(nm)) {
            loads.push(a);
            add(loadsPer, a, 1);
          } else {
            hits.push(a);
            add(hitsPer, a, 1);
          }
        }
      } else if (ev.type === 'firstToken') {
        const a = adapterOfReq.get(ev.req);
        if (a !== undefined) {
          add(ttftSum, a, ev.ttftUs);
          add(ttftCount, a, 1);
        }
      } else if (ev.type === 'finished') {
        finished++;
      }
    }
    // The scheduler puts the requests it skipped for max_loras back at the head of the queue.
    const numDeferred = engine.scheduler.numDeferredByLora;
    lastDeferred = new Array<number>(n).fill(0);
    if (numDeferred > 0) {
      const head = engine.scheduler.waiting.toArray().slice(0, numDeferred);
      for (const req of head) {
        const a = adapterOfReq.get(req.id) as number;
        add(lastDeferred, a, 1);
        add(deferredSteps, a, 1);
        everDeferred.add(req.id);
      }
    }
    deferredPeak = Math.max(deferredPeak, numDeferred);
    // GPU slots: an adapter no longer active frees its slot; a newly active one takes the first free slot.
    if (mgr) {
      const active = new Set(mgr.active.keys().map((nm) => indexOfName.get(nm) as number));
      for (let k = 0; k < slots.length; k++) if (slots[k] !== -1 && !active.has(slots[k] as number)) slots[k] = -1;
      for (const a of active) {
        if (slots.includes(a)) continue;
        const free = slots.indexOf(-1);
        if (free >= 0) slots[free] = a;
      }
    }
  };

  const snapshot = (tMs: number): LoraFrame => {
    const running = new Array<number>(n).fill(0);
    for (const req of engine.scheduler.running) add(running, adapterOfReq.get(req.id) as number, 1);
    const waitingReqs = engine.scheduler.waiting.toArray();
    const waiting = new Array<number>(n).fill(0);
    for (const req of waitingReqs) add(waiting, adapterOfReq.get(req.id) as number, 1);
    const nowUs = engine.now;
    const numDeferred = engine.scheduler.numDeferredByLora;
    const queue: QueueEntry[] = waitingReqs.slice(0, QUEUE_SHOWN).map((req, i) => ({
      id: req.id,
      adapter: adapterOfReq.get(req.id) as number,
      deferred: i < numDeferred,
      waitedMs: Math.max(0, (nowUs - req.arrivalUs) / 1000),
    }));
    return {
      tMs,
      slots: [...slots],
      cpu: mgr ? mgr.registered.keys().map((nm) => indexOfName.get(nm) as number) : [],
      running,
      waiting,
      deferred: lastDeferred,
      batch,
      queue,
      loads,
      hits,
      steps,
      deferredPeak,
      loraMs: loraUs / 1000,
      busyMs: busyUs / 1000,
      finished,
    };
  };

  let phase: 'lora' | 'base' | 'done' = 'lora';
  return {
    sim,
    advance(budgetMs) {
      const until = performance.now() + budgetMs;
      try {
        while (phase === 'lora' && performance.now() < until) {
          const endMs = (frameIndex + 1) * FRAME_MS;
          engine.run({ untilUs: endMs * 1000, onStep });
          sim.frames.push(snapshot(endMs));
          loraUsTotal += loraUs;
          busyUsTotal += busyUs;
          loads = [];
          hits = [];
          steps = 0;
          deferredPeak = 0;
          loraUs = 0;
          busyUs = 0;
          frameIndex++;
          if (engine.isDone || endMs >= MAX_RUN_S * 1000) phase = 'base';
        }
        if (phase === 'base') {
          const m = engine.metrics();
          const shares = adapterShares(n, SKEW_EXPONENT[s.skew]);
          const perAdapter: AdapterStats[] = shares.map((share, a) => ({
            share,
            requests: adapterOf.filter((x) => x === a).length,
            ttftMeanMs: ttftCount[a] ? (ttftSum[a] as number) / (ttftCount[a] as number) / 1000 : Number.NaN,
            deferredSteps: deferredSteps[a] as number,
            loads: loadsPer[a] as number,
            hits: hitsPer[a] as number,
          }));
          const cfg = engine.config;
          sim.summary = {
            numRequests: specs.length,
            lora: statsOf(m),
            base: runBase(specs),
            perAdapter,
            loads: m.lora?.num_adapter_loads ?? 0,
            activations: m.lora?.num_adapter_activations ?? 0,
            deferredSteps: m.lora?.num_requests_deferred_steps ?? 0,
            requestsDeferred: everDeferred.size,
            kvBlocks: cfg.numGpuBlocks,
            kvBlocksBase: ENGINE_DEFAULTS.numGpuBlocks,
            loraTimeShare: busyUsTotal > 0 ? loraUsTotal / busyUsTotal : 0,
          };
          phase = 'done';
        }
      } catch (e) {
        sim.error = message(e);
        return true;
      }
      return phase === 'done';
    },
  };
}

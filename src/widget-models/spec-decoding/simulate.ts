/**
 * Runs the engine (vLLM V1's scheduler with a drafter and the rejection sampler) on one batch of
 * requests, with and without speculative decoding, and records what the widget shows: each
 * step's drafts for a few requests, the step's time split between the target's verification pass
 * and the drafter, and vLLM's spec-decode counters as they accumulate. Deterministic: the
 * acceptance draws are a function of (request, output position, draft position).
 */
import type { CostModel, DecodeSeq } from '../../sim/costModel.ts';
import { createCalibratedCostModel } from '../../sim/cost/calibratedCostModel.ts';
import { resolveEngineConfig } from '../../sim/engine/config.ts';
import { Engine } from '../../sim/engine/engine.ts';
import type { EngineConfig, RequestSpec, SimEvent, SpeculativeConfigInput } from '../../sim/engine/types.ts';
import type { Micros } from '../../sim/core/units.ts';
import { acceptanceRates, DRAFT_MODELS, type GpuChoice, MIN_REQUESTS, OUTPUT_TOKENS, SWEEP_MIN_REQUESTS, PROMPT_TOKENS, type SpecSettings, TARGET, TRACKED } from './settings.ts';

/** One tracked request in one step. */
export interface RowFrame {
  readonly req: string;
  /** waiting: not admitted yet; prefill: its prompt ran this step; verify: drafts were checked; decode: one token without drafts; idle: running but not scheduled; done: finished before this step. */
  readonly phase: 'waiting' | 'prefill' | 'verify' | 'decode' | 'idle' | 'done';
  /** Drafts verified this step (the drafter proposed them after the previous step). */
  readonly numDraft: number;
  /** The accepted prefix of those drafts. */
  readonly numAccepted: number;
  /** Tokens the request gained this step (accepted drafts + the target's own token, fewer at the end). */
  readonly emitted: number;
  /** Output tokens so far, this step's included. */
  readonly outputs: number;
  /** Tokens scheduled for it this step (1 + drafts when decoding). */
  readonly scheduled: number;
}

/** vLLM's spec-decode counters so far (`vllm:spec_decode_*`). */
export interface SpecCounters {
  readonly numDrafts: number;
  readonly numDraftTokens: number;
  readonly numAcceptedTokens: number;
  readonly numAcceptedTokensPerPos: readonly number[];
}

export interface StepFrame {
  readonly index: number;
  readonly startUs: number;
  readonly durationUs: number;
  /** Of `durationUs`: the drafter's k passes. */
  readonly draftUs: number;
  /** What a plain decode step of the same requests would cost (one token each), when every scheduled request is decoding; null in steps with a prefill. */
  readonly plainUs: number | null;
  readonly numScheduledTokens: number;
  readonly running: number;
  readonly waiting: number;
  /** Output tokens of all requests so far. */
  readonly outputTokens: number;
  readonly counters: SpecCounters;
  readonly rows: readonly RowFrame[];
}

/** Totals of one whole run. */
export interface RunTotals {
  readonly steps: number;
  readonly makespanUs: number;
  readonly outputTokens: number;
  /** Output tokens per second, end to end. */
  readonly outputTps: number;
  /** Mean step duration. */
  readonly meanStepUs: number;
}

/** One point of a sweep: the same requests with and without the drafter. */
export interface SweepPoint {
  readonly x: number;
  /** Output tokens/s with ÷ without (both end to end, same requests). */
  readonly speedup: number;
  /** Steps without ÷ steps with: what the accepted drafts save. */
  readonly fewerSteps: number;
  /** Mean step with ÷ mean step without: what verification and drafting cost. speedup = fewerSteps ÷ stepCost. */
  readonly stepCost: number;
  /** vLLM's mean acceptance length (1 + accepted ÷ drafts). */
  readonly meanAcceptanceLength: number;
}

const costModels = new Map<GpuChoice, CostModel>();

/** The calibrated cost model for Llama-3.1-8B on the GPU (bf16, TP 1), built once. */
export function costModelFor(gpu: GpuChoice): CostModel {
  let cm = costModels.get(gpu);
  if (!cm) {
    cm = createCalibratedCostModel({ modelId: TARGET.id, gpuId: gpu, tp: 1, weightDtype: 'bf16', kvDtype: 'bf16' });
    costModels.set(gpu, cm);
  }
  return cm;
}

/** `--speculative-config` for the settings, as the engine takes it. */
export function speculativeOf(s: SpecSettings): SpeculativeConfigInput {
  return {
    method: s.method,
    numSpeculativeTokens: s.k,
    acceptanceRate: acceptanceRates(s),
    targetParamsB: TARGET.paramsB,
    ...(s.method === 'draft_model' ? { draftParamsB: DRAFT_MODELS.find((d) => d.id === s.draft)?.paramsB ?? DRAFT_MODELS[0].paramsB } : {}),
  };
}

/** Requests in the step-by-step run of batch size `bs`. */
export const numRequests = (bs: number): number => Math.max(bs, MIN_REQUESTS);
/** Requests in a sweep run: more at small batches, so each point averages over more verifications. */
export const numSweepRequests = (bs: number): number => Math.max(bs, SWEEP_MIN_REQUESTS);

/** `n` requests at t = 0, each a unique prompt and a fixed number of output tokens. */
export function requestsOf(n: number): RequestSpec[] {
  return Array.from({ length: n }, (_, i) => ({ id: `r${i}`, arrivalUs: 0 as Micros, prompt: [{ seed: 7100 + i, tokens: PROMPT_TOKENS }], outputTokens: OUTPUT_TOKENS }));
}

/** The engine configuration: vLLM 0.33 defaults, `max_num_seqs` = batch size, optionally a drafter. */
export function engineConfigOf(s: Pick<SpecSettings, 'batchSize' | 'gpu'>, speculative: SpeculativeConfigInput | null, eventLevel: EngineConfig['eventLevel'] = 'none'): EngineConfig {
  return resolveEngineConfig({ maxNumSeqs: s.batchSize, maxModelLen: 4096, costModel: costModelFor(s.gpu), eventLevel, speculative });
}

/** Runs the same requests to the end and returns the totals. */
export function runTotals(s: Pick<SpecSettings, 'batchSize' | 'gpu'>, speculative: SpeculativeConfigInput | null): RunTotals & { readonly meanAcceptanceLength: number } {
  const e = new Engine(engineConfigOf(s, speculative));
  const n = numSweepRequests(s.batchSize);
  e.addRequests(requestsOf(n));
  let steps = 0;
  let end = 0;
  for (let st = e.step(); st; st = e.step()) {
    steps++;
    end = st.startUs + st.durationUs;
  }
  const m = e.metrics();
  if (m.num_finished !== n) throw new Error(`finished ${m.num_finished} of ${n} requests`);
  const outputTokens = n * OUTPUT_TOKENS;
  return { steps, makespanUs: end, outputTokens, outputTps: outputTokens / (end / 1e6), meanStepUs: end / steps, meanAcceptanceLength: m.spec_decode?.mean_acceptance_length ?? 1 };
}

const baselines = new Map<string, RunTotals>();

/** The run without a drafter (depends only on batch size and GPU; cached). */
export function baselineTotals(s: Pick<SpecSettings, 'batchSize' | 'gpu'>): RunTotals {
  const key = `${s.gpu}|${s.batchSize}`;
  let b = baselines.get(key);
  if (!b) {
    b = runTotals(s, null);
    baselines.set(key, b);
  }
  return b;
}

/** One sweep point: the settings with and without the drafter. */
export function sweepPoint(s: SpecSettings, x: number): SweepPoint {
  const base = baselineTotals(s);
  const spec = runTotals(s, speculativeOf(s));
  return {
    x,
    speedup: spec.outputTps / base.outputTps,
    fewerSteps: base.steps / spec.steps,
    stepCost: spec.meanStepUs / base.meanStepUs,
    meanAcceptanceLength: spec.meanAcceptanceLength,
  };
}

/**
 * Records the run with the drafter step by step, for the first `TRACKED` requests.
 * Call `step()` until it returns false.
 */
export class DetailRecorder {
  readonly frames: StepFrame[] = [];
  private readonly engine: Engine;
  private readonly cost: CostModel;
  private readonly tracked: string[];
  private readonly outputs: number[];
  private readonly prompt = PROMPT_TOKENS;
  private readonly promptDone: boolean[];
  private readonly finished: boolean[];
  private readonly perPos: number[];
  private counters = { numDrafts: 0, numDraftTokens: 0, numAcceptedTokens: 0 };
  private outputTokens = 0;
  done = false;

  constructor(readonly settings: SpecSettings) {
    const config = engineConfigOf(settings, speculativeOf(settings), 'tokens');
    this.cost = config.costModel;
    this.engine = new Engine(config);
    const n = numRequests(settings.batchSize);
    this.engine.addRequests(requestsOf(n));
    this.tracked = Array.from({ length: Math.min(TRACKED, n) }, (_, i) => `r${i}`);
    this.outputs = this.tracked.map(() => 0);
    this.promptDone = this.tracked.map(() => false);
    this.finished = this.tracked.map(() => false);
    this.perPos = new Array<number>(settings.k).fill(0);
  }

  get trackedIds(): readonly string[] {
    return this.tracked;
  }

  /** The engine's own end-of-run metrics (`spec_decode` among them). */
  metrics() {
    return this.engine.metrics();
  }

  /** Records the next step. @returns false once the run is complete */
  step(): boolean {
    if (this.done) return false;
    const st = this.engine.step();
    if (!st) {
      this.done = true;
      return false;
    }
    this.record(st.index, st.startUs, st.durationUs, st.draftUs, st.numScheduledTokens, st.events);
    if (this.engine.isDone) this.done = true;
    return !this.done;
  }

  private record(index: number, startUs: number, durationUs: number, draftUs: number, numScheduledTokens: number, events: readonly SimEvent[]): void {
    const tracked = this.tracked;
    const rowOf = (id: string) => tracked.indexOf(id);
    const verified = tracked.map(() => ({ numDraft: 0, numAccepted: 0, seen: false }));
    const emitted = tracked.map(() => 0);
    const scheduled = tracked.map(() => 0);
    const wasFinished = this.finished.slice();
    let running = 0;
    let waiting = 0;
    let decodes: DecodeSeq[] | null = [];
    for (const e of events) {
      if (e.type === 'step') {
        running = e.running;
        waiting = e.waiting;
        for (const x of e.scheduled) {
          if (x.computed < this.prompt) decodes = null;
          else decodes?.push({ contextTokens: x.computed + 1 });
          const r = rowOf(x.req);
          if (r >= 0) scheduled[r] = x.tokens;
        }
      } else if (e.type === 'specVerified') {
        this.counters.numDrafts++;
        this.counters.numDraftTokens += e.numDraft;
        this.counters.numAcceptedTokens += e.numAccepted;
        for (let i = 0; i < e.numAccepted; i++) this.perPos[i] = (this.perPos[i] as number) + 1;
        const r = rowOf(e.req);
        if (r >= 0) verified[r] = { numDraft: e.numDraft, numAccepted: e.numAccepted, seen: true };
      } else if (e.type === 'token') {
        this.outputTokens++;
        const r = rowOf(e.req);
        if (r >= 0) {
          emitted[r] = (emitted[r] as number) + 1;
          this.outputs[r] = (this.outputs[r] as number) + 1;
        }
      } else if (e.type === 'finished') {
        const r = rowOf(e.req);
        if (r >= 0) this.finished[r] = true;
      }
    }
    const rows: RowFrame[] = tracked.map((req, r) => {
      const v = verified[r] as { numDraft: number; numAccepted: number; seen: boolean };
      const sch = scheduled[r] as number;
      let phase: RowFrame['phase'];
      if (wasFinished[r]) phase = 'done';
      else if (sch === 0) phase = this.promptDone[r] || (this.outputs[r] as number) > 0 ? 'idle' : 'waiting';
      else if (!this.promptDone[r]) phase = 'prefill';
      else phase = v.seen ? 'verify' : 'decode';
      if (sch > 0 && (emitted[r] as number) > 0) this.promptDone[r] = true;
      return { req, phase, numDraft: v.numDraft, numAccepted: v.numAccepted, emitted: emitted[r] as number, outputs: this.outputs[r] as number, scheduled: sch };
    });
    const plainUs = decodes && decodes.length > 0 ? this.cost.stepTimeUs({ prefills: [], decodes }) : null;
    this.frames.push({
      index,
      startUs,
      durationUs,
      draftUs,
      plainUs,
      numScheduledTokens,
      running,
      waiting,
      outputTokens: this.outputTokens,
      counters: { ...this.counters, numAcceptedTokensPerPos: this.perPos.slice() },
      rows,
    });
  }
}

/** The cost model's label for the GPU. */
export function costLabelOf(gpu: GpuChoice): string {
  return costModelFor(gpu).label;
}

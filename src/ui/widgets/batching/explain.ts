/**
 * The "why" of one engine step in words: who got how many tokens, who waited and why, who was
 * preempted and why. Pure: built from a recorded step, so the panel, the narration and the
 * tests share it.
 */
import type { Simulation } from '../../../widget-models/batching/simulate.ts';
import { DECODE, PAD, PREFILL, PREFILL_LAST, SCHED_STRIDE, type StepRecord } from '../../../widget-models/batching/types.ts';
import { fmtInt, labelOf } from './selectors.ts';

/** One request that computed tokens in the step. */
export interface GotRow {
  readonly req: number;
  readonly tokens: number;
  readonly kind: number;
  /** What the tokens were, e.g. "prefill chunk: prompt tokens 1–512 of 1,800". */
  readonly what: string;
}

/** Requests that waited (or sat idle) for the same reason. */
export interface WaitGroup {
  readonly key: string;
  readonly reqs: readonly number[];
  readonly reason: string;
}

export interface PreemptRow {
  readonly victim: number;
  readonly for: number;
  readonly text: string;
}

export interface StepExplanation {
  readonly run: 'continuous' | 'static';
  readonly step: StepRecord;
  readonly got: readonly GotRow[];
  readonly waited: readonly WaitGroup[];
  readonly idle: WaitGroup | null;
  readonly preempted: readonly PreemptRow[];
  readonly finished: readonly number[];
  /** Useful tokens, padding, and the budget (max_num_batched_tokens). */
  readonly budget: { readonly used: number; readonly padding: number; readonly total: number };
}

function what(sim: Simulation, step: StepRecord, req: number, tokens: number, kind: number, before: number, isStatic: boolean): string {
  const prompt = sim.workload.reqs[req]?.promptTokens ?? 0;
  if (kind === DECODE) return `decode: 1 new token, attending to ${fmtInt(before + 1)} tokens of context`;
  if (kind === PAD) return 'padding: already finished, but its slot is still computed until the batch ends';
  const range = `${fmtInt(before + 1)}–${fmtInt(before + tokens)}`;
  const first = sim.cont?.times[req]?.firstTokenUs ?? -1;
  if (!isStatic && first >= 0 && first <= step.startUs) {
    return kind === PREFILL
      ? `recompute after preemption: tokens ${range} of its prompt and answer so far; samples nothing yet`
      : `recompute after preemption, last chunk: tokens ${range}; samples its next token`;
  }
  if (kind === PREFILL) return `prefill chunk: prompt tokens ${range} of ${fmtInt(prompt)}; samples nothing yet`;
  return before === 0 ? `whole prompt (${fmtInt(tokens)} tokens) in one step; samples the first token` : `last prefill chunk: prompt tokens ${range} of ${fmtInt(prompt)}; samples the first token`;
}

/** Groups requests by reason, keeping first-seen order. */
function group(items: readonly { req: number; key: string; reason: string }[]): WaitGroup[] {
  const out = new Map<string, { key: string; reqs: number[]; reason: string }>();
  for (const it of items) {
    const g = out.get(it.key);
    if (g) g.reqs.push(it.req);
    else out.set(it.key, { key: it.key, reqs: [it.req], reason: it.reason });
  }
  return [...out.values()];
}

/** Why each waiting request waited in a continuous step. */
function continuousWaits(sim: Simulation, step: StepRecord): WaitGroup[] {
  const c = sim.config;
  const preemptedNow = new Set(step.preempted.map((p) => p.victim));
  const head = step.head;
  const priority = c?.policy === 'priority';
  const items = Array.from(step.waiting, (req) => {
    const info = sim.workload.reqs[req];
    if (preemptedNow.has(req)) return { req, key: 'preempted-now', reason: 'Preempted in this step (see below); back in the waiting queue' + (priority ? ', placed by priority.' : ', at its front.') };
    if ((info?.arrivalUs ?? 0) > step.startUs) return { req, key: 'arrived', reason: 'Arrived while the step was running; it can be admitted at the next step.' };
    switch (step.admitStop) {
      case 'preempted':
        return { req, key: 'preempted', reason: 'Not considered: this step preempted a request, and vLLM admits no waiting request in a step that preempted (v0.11 `if not preempted_reqs`).' };
      case 'budget':
        return { req, key: 'budget', reason: `Token budget used up: the running requests took all ${fmtInt(c?.maxNumBatchedTokens ?? 0)} tokens of max_num_batched_tokens.` };
      case 'max-seqs':
        return { req, key: 'max-seqs', reason: `max_num_seqs reached: ${fmtInt(c?.maxNumSeqs ?? 0)} requests were already running.` };
      default:
        if (head && head.req === req) {
          const hitBlocks = Math.round(head.hitTokens / (c?.blockSize ?? 16));
          const what = head.fullSequence ? 'its whole current sequence (scheduler_reserve_full_isl), not just its first chunk,' : `its first chunk of ${fmtInt(head.chunk)} tokens`;
          const mark = head.watermarkBlocks > 0 ? ` (${fmtInt(head.watermarkBlocks)} of them the watermark kept free)` : '';
          const hit =
            head.hitTokens > 0
              ? ` It would start from ${fmtInt(head.hitTokens)} tokens still cached in its own freed blocks; those ${fmtInt(hitBlocks)} blocks sit in the free queue and count against the free blocks too, so ${what} needs ${fmtInt(head.need)} free blocks in all${mark}, and ${fmtInt(head.free)} were free.`
              : ` To be admitted, ${what} needs ${fmtInt(head.need)} blocks${mark}, and ${fmtInt(head.free)} were free.`;
          return { req, key: 'blocks-head', reason: `Not enough free KV blocks.${hit} Admission stops here for this step.` };
        }
        return { req, key: 'blocks-behind', reason: `Queued behind ${head ? labelOf(sim, head.req) : 'the head of the queue'}, which could not get KV blocks: ${priority ? 'it comes first by priority, and' : 'under FCFS'} the head of the queue blocks the rest.` };
    }
  });
  return group(items);
}

/** Why each arrived, not-yet-batched request waited in a static step. */
function staticWaits(sim: Simulation, step: StepRecord): WaitGroup[] {
  const c = sim.config;
  const items = Array.from(step.waiting, (req) => {
    const info = sim.workload.reqs[req];
    if ((info?.arrivalUs ?? 0) > step.startUs) return { req, key: 'arrived', reason: 'Arrived while the batch was running; it waits for the next batch.' };
    if (step.admitStop === 'max-seqs') return { req, key: 'max-seqs', reason: `The batch was full: max_num_seqs = ${fmtInt(c?.maxNumSeqs ?? 0)}.` };
    if (step.admitStop === 'memory') return { req, key: 'memory', reason: 'Its KV reservation (prompt + max_tokens, for its whole life) did not fit next to the batch’s reservations.' };
    return { req, key: 'batch-running', reason: `Batch ${step.batch} is running; static batching admits nobody until its longest member finishes.` };
  });
  return group(items);
}

function preemptText(sim: Simulation, p: StepRecord['preempted'][number]): string {
  const v = labelOf(sim, p.victim);
  const f = labelOf(sim, p.for);
  const priority = sim.config?.policy === 'priority';
  const rule = priority
    ? `Under the priority policy the victim is the running request with the largest priority value, the latest arrival breaking ties: ${v} has priority ${sim.workload.reqs[p.victim]?.priority ?? 0}.`
    : 'Under FCFS the victim is the last request in the running list, the most recently admitted.';
  const self = p.victim === p.for ? ` ${v} was itself the victim, so it gave up its own blocks and scheduling of running requests stopped for this step.` : '';
  return `${f} needed a new KV block and none was free. ${rule}${self} ${v} released ${fmtInt(p.freedBlocks)} blocks, went back to the waiting queue, and will recompute ${fmtInt(p.recompute)} tokens (prompt and answer so far) when it is admitted again.`;
}

/** Explains one recorded step of the continuous or the static run. */
export function explainStep(sim: Simulation, step: StepRecord, run: 'continuous' | 'static'): StepExplanation {
  const isStatic = run === 'static';
  const got: GotRow[] = [];
  const x = step.sched;
  for (let k = 0; k + 3 < x.length; k += SCHED_STRIDE) {
    const req = x[k] as number;
    const tokens = x[k + 1] as number;
    const kind = x[k + 2] as number;
    got.push({ req, tokens, kind, what: what(sim, step, req, tokens, kind, x[k + 3] as number, isStatic) });
  }
  const idle =
    step.unscheduled.length === 0
      ? null
      : {
          key: 'idle',
          reqs: Array.from(step.unscheduled),
          reason:
            step.unscheduledWhy === 'self-preempted'
              ? 'Running, but got no tokens: scheduling of running requests stopped when a request preempted itself.'
              : 'Running, but got no tokens: running requests are served in admission order and the budget ran out before their turn.',
        };
  return {
    run,
    step,
    got,
    waited: isStatic ? staticWaits(sim, step) : continuousWaits(sim, step),
    idle,
    preempted: step.preempted.map((p) => ({ victim: p.victim, for: p.for, text: preemptText(sim, p) })),
    finished: step.finished,
    budget: { used: step.tokens, padding: step.padding, total: sim.config?.maxNumBatchedTokens ?? 0 },
  };
}

/** Kinds as words, for tables. */
export const KIND_WORD: Readonly<Record<number, string>> = { 1: 'waiting', [PREFILL]: 'prefill chunk', [PREFILL_LAST]: 'prefill (last chunk)', [DECODE]: 'decode', 5: 'preempted', [PAD]: 'padding' };

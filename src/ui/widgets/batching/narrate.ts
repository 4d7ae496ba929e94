/**
 * "What just happened" at a frame, in plain words: the continuous step that just ran (and the
 * static run at the same moment), each with a "Why?" that explains the mechanism.
 */
import type { NarrationEntry } from '../kit/narration.ts';
import { explainStep, type StepExplanation } from './explain.ts';
import { contStepAt, frameTime, statStepAt } from '../../../widget-models/batching/frames.ts';
import type { Simulation } from '../../../widget-models/batching/simulate.ts';
import { DECODE, PAD } from '../../../widget-models/batching/types.ts';
import { fmtInt, formatTime, labelOf } from './selectors.ts';

/** "R1, R2, R3 and 5 more". */
export function listLabels(sim: Simulation, reqs: readonly number[], max = 6): string {
  const names = reqs.slice(0, max).map((r) => labelOf(sim, r));
  const rest = reqs.length - names.length;
  if (rest > 0) return `${names.join(', ')} and ${rest} more`;
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
}

function batchLine(sim: Simulation, e: StepExplanation): string {
  const decodes = e.got.filter((g) => g.kind === DECODE).length;
  const prefills = e.got.filter((g) => g.kind !== DECODE && g.tokens > 0 && g.kind !== PAD);
  const parts: string[] = [];
  if (decodes > 0) parts.push(`${fmtInt(decodes)} decode${decodes === 1 ? '' : 's'} (1 token each)`);
  for (const p of prefills.slice(0, 3)) parts.push(`${labelOf(sim, p.req)} ${fmtInt(p.tokens)} prompt tokens`);
  if (prefills.length > 3) parts.push(`${prefills.length - 3} more prefill chunks`);
  return parts.join(', ') || 'nothing';
}

/** Narration for frame `f`. */
export function narrateFrame(sim: Simulation, f: number): NarrationEntry[] {
  const step = contStepAt(sim, f);
  const out: NarrationEntry[] = [];
  if (step && f <= (sim.cont?.steps.length ?? 0)) {
    const e = explainStep(sim, step, 'continuous');
    const unused = Math.max(0, e.budget.total - e.budget.used);
    out.push({
      key: `c-${step.index}`,
      text: `Continuous step ${step.index + 1} took ${formatTime(step.endUs - step.startUs)}: ${batchLine(sim, e)}; ${fmtInt(unused)} of ${fmtInt(e.budget.total)} budget tokens unused.`,
      why: 'vLLM’s scheduler gives each step a token budget (max_num_batched_tokens). Running requests are served first, in admission order: a decoding request takes 1 token, a request still prefilling takes as much of its prompt as fits. Waiting requests are admitted with what is left. The step time comes from the cost model for this batch.',
    });
    for (const p of e.preempted) out.push({ key: `c-${step.index}-p-${p.victim}`, tone: 'danger', text: `${labelOf(sim, p.victim)} was preempted to free KV blocks for ${labelOf(sim, p.for)}.`, why: p.text });
    if (e.finished.length > 0) out.push({ key: `c-${step.index}-f`, tone: 'ok', text: `${listLabels(sim, e.finished)} finished; ${e.finished.length === 1 ? 'its' : 'their'} blocks were freed and the slot${e.finished.length === 1 ? ' is' : 's are'} free for the next step.` });
    const waited = e.waited.filter((g) => g.key !== 'arrived' && g.key !== 'preempted-now');
    for (const g of waited.slice(0, 2)) out.push({ key: `c-${step.index}-w-${g.key}`, tone: 'warn', text: `${listLabels(sim, g.reqs)} waited.`, why: g.reason });
  }
  const st = statStepAt(sim, f);
  if (st) {
    const total = (sim.stat?.steps.length ?? 0) > 0 && st.index === (sim.stat?.steps.length ?? 0) - 1 && sim.stat?.done;
    out.push({
      key: `s-${st.index}`,
      text: `Static batching at ${formatTime(frameTime(sim, f))}: batch ${st.batch}, step ${st.index + 1}, ${fmtInt(st.tokens)} useful token${st.tokens === 1 ? '' : 's'}${st.padding > 0 ? ` and ${fmtInt(st.padding)} padding` : ''}${st.waiting.length > 0 ? `; ${fmtInt(st.waiting.length)} waiting` : ''}${total ? '; all requests done' : ''}.`,
      why: 'Static (request-level) batching forms a batch from the requests that have arrived, prefills them together, and decodes until the longest one finishes. Finished members keep their slot as padding, and new arrivals wait for the next batch.',
    });
  }
  return out;
}

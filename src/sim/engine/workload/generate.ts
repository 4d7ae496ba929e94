/**
 * Seeded workload generator: arrivals × lengths × prefix structure → request specs.
 * Token streams get seeds from the workload's RNG, so shared prefixes are byte-identical and
 * hit the prefix cache, and the same seed always yields the same workload.
 */
import { fmix32, fnv1a, mix32 } from '../../core/hash.ts';
import { Rng } from '../../core/rng.ts';
import { secondsToUs } from '../../core/units.ts';
import type { PromptSegment, RequestSpec } from '../types.ts';
import { arrivalTimesS, type ArrivalProcess } from './arrivals.ts';
import { sampleLength, sampleShareGpt, type LengthDist } from './lengths.ts';

/** How prompts share a prefix. */
export type PrefixSpec =
  | { readonly kind: 'none' }
  /** A common system prompt of `tokens`; `numPrefixes` distinct ones, drawn uniformly. */
  | { readonly kind: 'system'; readonly tokens: number; readonly numPrefixes?: number }
  /**
   * k-shot examples before each query (paper §6.4, WMT16 en→de). The prefix is 15 + 65.25 × k
   * tokens, fitted to the paper's two sizes: 1-shot 80 tokens, 5-shot 341.
   */
  | { readonly kind: 'fewShot'; readonly shots: number };

/** A seeded workload. */
export interface WorkloadConfig {
  readonly numRequests: number;
  readonly arrival: ArrivalProcess;
  /** The request's own prompt tokens (after any shared prefix; per turn for multi-turn). */
  readonly promptTokens: LengthDist;
  readonly outputTokens: LengthDist;
  readonly prefix?: PrefixSpec;
  /**
   * Multi-turn chat: conversations of `turns` requests; turn t + 1 re-sends the whole history
   * (its prompt extends turn t's prompt and answer) and arrives `thinkTimeS` (mean,
   * exponential) after turn t finishes. Conversations start by the arrival process.
   */
  readonly multiTurn?: { readonly turns: number; readonly thinkTimeS: number };
  /** `SamplingParams.n` for every request. */
  readonly n?: number;
  /** Priorities drawn uniformly from this list (priority policy). */
  readonly priorities?: readonly number[];
  /** `max_tokens`: "output" (= the drawn output length, as `vllm bench` does) or a fixed cap. */
  readonly maxTokens?: 'output' | number;
  /** LoRA adapter names; each request (each conversation, multi-turn) uses one, drawn uniformly. */
  readonly adapters?: readonly string[];
}

/** Prefix tokens for k shots (see `PrefixSpec`). */
export function fewShotPrefixTokens(shots: number): number {
  return Math.round(15 + 65.25 * shots);
}

/**
 * Generates the request specs of a workload.
 * @param seed workload seed
 * @param maxModelLen prompts + outputs are kept within it (multi-turn conversations end early)
 * @example generateWorkload({ numRequests: 100, arrival: { process: 'poisson', rate: 5 },
 *   promptTokens: { dist: 'sharegpt' }, outputTokens: { dist: 'sharegpt' } }, 1, 2048)
 */
export function generateWorkload(w: WorkloadConfig, seed: number, maxModelLen: number): RequestSpec[] {
  const root = new Rng(seed);
  const arrivalRng = root.derive(1);
  const lenRng = root.derive(2);
  const seedRng = root.derive(3);
  const miscRng = root.derive(4);
  const prefix = w.prefix ?? { kind: 'none' };
  const prefixSegs: PromptSegment[] = [];
  if (prefix.kind === 'system') {
    for (let i = 0; i < (prefix.numPrefixes ?? 1); i++) prefixSegs.push({ seed: seedRng.nextU32(), tokens: prefix.tokens });
  } else if (prefix.kind === 'fewShot') {
    prefixSegs.push({ seed: seedRng.nextU32(), tokens: fewShotPrefixTokens(prefix.shots) });
  }
  const shareGpt = w.promptTokens.dist === 'sharegpt' || w.outputTokens.dist === 'sharegpt';
  const drawLengths = (prefixLen: number): { prompt: number; output: number } => {
    for (let tries = 0; ; tries++) {
      let prompt: number;
      let output: number;
      if (shareGpt) {
        const sg = sampleShareGpt(lenRng, maxModelLen);
        prompt = w.promptTokens.dist === 'sharegpt' ? sg.prompt : sampleLength(w.promptTokens, lenRng);
        output = w.outputTokens.dist === 'sharegpt' ? sg.output : sampleLength(w.outputTokens, lenRng);
      } else {
        prompt = sampleLength(w.promptTokens, lenRng);
        output = sampleLength(w.outputTokens, lenRng);
      }
      prompt = Math.max(1, prompt);
      output = Math.max(1, output);
      if (prefixLen + prompt + output <= maxModelLen || tries > 100) {
        // Clamp as a last resort so odd configs still produce valid requests.
        const room = Math.max(2, maxModelLen - prefixLen);
        const p = Math.min(prompt, room - 1);
        return { prompt: p, output: Math.max(1, Math.min(output, room - p)) };
      }
    }
  };
  const maxTokensFor = (): number | undefined => (w.maxTokens === undefined || w.maxTokens === 'output' ? undefined : w.maxTokens);
  const priorityOf = (): number | undefined => (w.priorities && w.priorities.length > 0 ? (w.priorities[miscRng.int(0, w.priorities.length - 1)] as number) : undefined);
  const pickPrefix = (): PromptSegment[] => (prefixSegs.length === 0 ? [] : [prefixSegs[prefixSegs.length === 1 ? 0 : miscRng.int(0, prefixSegs.length - 1)] as PromptSegment]);

  const specs: RequestSpec[] = [];
  const turns = w.multiTurn ? Math.max(1, Math.floor(w.multiTurn.turns)) : 1;
  const numStarts = Math.ceil(w.numRequests / turns);
  const starts = arrivalTimesS(w.arrival, numStarts, arrivalRng);
  for (let c = 0; c < numStarts && specs.length < w.numRequests; c++) {
    const pre = pickPrefix();
    const preLen = pre.reduce((s, p) => s + p.tokens, 0);
    const ownSeed = seedRng.nextU32();
    const priority = priorityOf();
    const base = {
      ...(w.n !== undefined && w.n > 1 ? { n: w.n } : {}),
      ...(priority !== undefined ? { priority } : {}),
    };
    if (!w.multiTurn) {
      const { prompt, output } = drawLengths(preLen);
      const mt = maxTokensFor();
      specs.push({
        id: `r${c}`,
        arrivalUs: secondsToUs(starts[c] as number),
        prompt: [...pre, { seed: ownSeed, tokens: prompt }],
        outputTokens: output,
        ...(mt !== undefined ? { maxTokens: mt } : {}),
        ...base,
      });
      continue;
    }
    // Conversation: the history is one growing segment, so each turn extends the last.
    let history = 0;
    for (let t = 0; t < turns && specs.length < w.numRequests; t++) {
      const { prompt, output } = drawLengths(preLen + history);
      if (preLen + history + prompt + output > maxModelLen) break;
      const id = `c${c}t${t}`;
      const mt = maxTokensFor();
      specs.push({
        id,
        arrivalUs: secondsToUs(starts[c] as number),
        prompt: [...pre, { seed: ownSeed, tokens: history + prompt }],
        outputTokens: output,
        ...(mt !== undefined ? { maxTokens: mt } : {}),
        ...base,
        ...(t > 0 ? { after: { id: `c${c}t${t - 1}`, delayUs: secondsToUs(miscRng.exponential(1 / Math.max(1e-9, w.multiTurn.thinkTimeS))) } } : {}),
      });
      history += prompt + output;
    }
  }
  return withAdapters(specs, w.adapters, seed);
}

/** Assigns adapters by a hash of the conversation id, not the workload's RNG, so the rest of
 * the workload is the same with or without adapters. */
function withAdapters(specs: RequestSpec[], adapters: readonly string[] | undefined, seed: number): RequestSpec[] {
  if (!adapters || adapters.length === 0) return specs;
  return specs.map((r) => {
    const conversation = /^c\d+t\d+$/.test(r.id) ? r.id.replace(/t\d+$/, '') : r.id;
    const pick = fmix32(mix32(seed, fnv1a(conversation))) % adapters.length;
    return { ...r, lora: adapters[pick] as string };
  });
}

/**
 * Turns the scenario into the engine's request specs, and names every sequence the engine
 * will create (a request with n > 1 becomes n sequences "k_rN"), so colours and labels are
 * stable across the paged and the contiguous run.
 */
import { Rng } from '../../sim/core/rng.ts';
import { us } from '../../sim/core/units.ts';
import type { RequestSpec } from '../../sim/engine/types.ts';
import { sampleShareGpt } from '../../sim/engine/workload/lengths.ts';
import type { KvSettings } from './settings.ts';

/** One sequence as the widget names it. */
export interface SeqInfo {
  /** Engine request id: "r3", or "1_r3" for sample 1 of r3. */
  readonly id: string;
  /** Short label for people: "R3", "R3·2". */
  readonly label: string;
  /** Dense index (colour, arrays). */
  readonly index: number;
  readonly spec: number;
  readonly sample: number;
}

/** The specs and the sequences they become. */
export interface Workload {
  readonly specs: readonly RequestSpec[];
  readonly seqs: readonly SeqInfo[];
  readonly byId: ReadonlyMap<string, SeqInfo>;
}

/** Output tokens generated before EOS for added request `i`: between max/4 and max, from the seed. */
export function outputLength(seed: number, i: number, maxTokens: number): number {
  const r = new Rng((seed * 7919 + i * 104_729 + 17) >>> 0);
  return Math.max(1, r.int(Math.ceil(maxTokens / 4), maxTokens));
}

/** max_tokens of generated requests: a typical client cap, not the (unknown) real length. */
export const GENERATED_MAX_TOKENS = 512;

/**
 * Builds the workload. Generated requests come first (r1…), then the added ones, in order.
 * Prompts never reach `maxModelLen` (vLLM rejects those), so they are capped at maxModelLen − 1.
 */
export function buildWorkload(s: KvSettings): Workload {
  const specs: RequestSpec[] = [];
  const root = new Rng(s.seed >>> 0);
  const sysSeg = { seed: root.nextU32(), tokens: s.systemPromptTokens };
  const lenRng = root.derive(2);
  const arrRng = root.derive(3);
  const segRng = root.derive(4);
  let t = 0;
  for (let i = 0; i < s.generatedRequests; i++) {
    const sg = sampleShareGpt(lenRng, Math.min(2048, s.maxModelLen));
    const own = Math.max(1, Math.min(sg.prompt, s.maxModelLen - 1 - (s.systemPromptTokens > 0 ? s.systemPromptTokens : 0)));
    const maxTokens = Math.max(1, Math.min(GENERATED_MAX_TOKENS, s.maxModelLen - own));
    if (i > 0 && s.rate > 0) t += arrRng.exponential(s.rate);
    specs.push({
      id: `r${specs.length + 1}`,
      arrivalUs: us(Math.round(t * 1e6)),
      prompt: s.systemPromptTokens > 0 && own + s.systemPromptTokens < s.maxModelLen ? [sysSeg, { seed: segRng.nextU32(), tokens: own }] : [{ seed: segRng.nextU32(), tokens: own }],
      outputTokens: Math.min(sg.output, maxTokens),
      maxTokens,
    });
  }
  s.addedRequests.forEach(([prompt, maxTokens, n, system, atMs], i) => {
    const useSys = system === 1 && s.systemPromptTokens > 0;
    const own = Math.max(1, Math.min(prompt, s.maxModelLen - 1 - (useSys ? s.systemPromptTokens : 0)));
    const segs = useSys ? [sysSeg, { seed: segRng.nextU32(), tokens: own }] : [{ seed: segRng.nextU32(), tokens: own }];
    specs.push({
      id: `r${specs.length + 1}`,
      arrivalUs: us(atMs * 1000),
      prompt: segs,
      outputTokens: outputLength(s.seed, i, maxTokens),
      maxTokens,
      ...(n > 1 ? { n } : {}),
    });
  });
  const seqs: SeqInfo[] = [];
  specs.forEach((spec, k) => {
    const n = spec.n ?? 1;
    const base = spec.id.toUpperCase();
    for (let j = 0; j < n; j++) {
      seqs.push({ id: n > 1 ? `${j}_${spec.id}` : spec.id, label: n > 1 ? `${base}·${j + 1}` : base, index: seqs.length, spec: k, sample: j });
    }
  });
  return { specs, seqs, byId: new Map(seqs.map((q) => [q.id, q])) };
}

/**
 * Seeded cluster workloads: the four shapes that decide whether smart routing pays off, plus
 * the long-prompt shape of llm-d's P/D benchmark. Prompts are built from token-stream segments
 * (src/sim/engine), so requests that share a system prompt or a document share real block
 * hashes, and a follow-up turn that quotes the previous answer hits its blocks.
 */
import { Rng } from '../core/rng.ts';
import { secondsToUs } from '../core/units.ts';
import type { PromptSegment } from '../engine/types.ts';
import type { ClusterRequestSpec } from './types.ts';

export type WorkloadPresetId = 'multi-tenant' | 'multi-turn' | 'rag' | 'uniform' | 'long-prompt';

/** The knobs of a workload. */
export interface WorkloadParams {
  readonly preset: WorkloadPresetId;
  /** Mean requests per second (Poisson). For multi-turn, conversations start at rate ÷ mean turns. */
  readonly rate: number;
  /** Arrivals stop after this many seconds (requests in flight then finish). */
  readonly durationS: number;
  /** Tenants (multi-tenant), documents (RAG); ignored otherwise. */
  readonly groups: number;
}

/** A shared prefix that requests reuse (a tenant's system prompt, a document). */
export interface PrefixGroup {
  readonly id: number;
  readonly label: string;
  readonly prefix: readonly PromptSegment[];
}

/** A generated workload. */
export interface Workload {
  readonly params: WorkloadParams;
  readonly requests: readonly ClusterRequestSpec[];
  /** Shared prefixes by group id (empty when nothing is shared). */
  readonly groups: readonly PrefixGroup[];
}

/** What each preset is, for pickers and lessons. */
export interface WorkloadPreset {
  readonly id: WorkloadPresetId;
  readonly label: string;
  readonly summary: string;
  /** Default `groups` (0 when the preset has none). */
  readonly groups: number;
}

export const WORKLOAD_PRESETS: readonly WorkloadPreset[] = [
  {
    id: 'multi-tenant',
    label: 'Multi-tenant, shared system prompts',
    summary: 'Each tenant has a 6,000-token system prompt; each request adds a ~1,200-token question and gets ~1,000 tokens back (the shape of llm-d’s shared-prefix benchmark).',
    groups: 150,
  },
  {
    id: 'multi-turn',
    label: 'Multi-turn chat',
    summary: 'Conversations of 3–8 turns; each turn re-sends the whole history after a think time of ~8 s, so its prefix is the previous turn’s prompt and answer.',
    groups: 0,
  },
  {
    id: 'rag',
    label: 'RAG with long documents',
    summary: 'A short shared instruction, then one of the documents (4,000–12,000 tokens, a few much more popular than the rest), then a short question.',
    groups: 40,
  },
  {
    id: 'uniform',
    label: 'Uniform random',
    summary: 'Unrelated prompts of 100–4,000 tokens and answers of 50–800: nothing to share, so only load balancing matters.',
    groups: 0,
  },
  {
    id: 'long-prompt',
    label: 'Long prompts, short answers',
    summary: 'Random 5,000-token prompts and 250-token answers, as in llm-d’s P/D benchmark: prefill-heavy, nothing shared.',
    groups: 0,
  },
];

/** Looks a preset up. @throws Error for an unknown id */
export function workloadPreset(id: WorkloadPresetId): WorkloadPreset {
  const p = WORKLOAD_PRESETS.find((w) => w.id === id);
  if (!p) throw new Error(`unknown workload preset "${id}"`);
  return p;
}

/** Poisson arrival times in [0, durationS). */
function poisson(rng: Rng, rate: number, durationS: number): number[] {
  const out: number[] = [];
  if (!(rate > 0)) return out;
  for (let t = rng.exponential(rate); t < durationS; t += rng.exponential(rate)) out.push(t);
  return out;
}

/** Zipf-like popularity: weight of rank k ∝ 1 / (k + 1)^s. */
function zipfPicker(n: number, s: number): (rng: Rng) => number {
  const cdf: number[] = [];
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += 1 / (k + 1) ** s;
    cdf.push(sum);
  }
  return (rng) => {
    const u = rng.float() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * Generates a workload.
 * @param maxModelLen prompts + outputs stay below it (conversations end early)
 * @example generateClusterWorkload({ preset: 'multi-tenant', rate: 10, durationS: 60, groups: 24 }, 1)
 */
export function generateClusterWorkload(params: WorkloadParams, seed: number, maxModelLen = 32_768): Workload {
  const root = new Rng(seed);
  const arrivals = root.derive(1);
  const lengths = root.derive(2);
  const seeds = root.derive(3);
  const pick = root.derive(4);
  const requests: ClusterRequestSpec[] = [];
  const groups: PrefixGroup[] = [];
  const { rate, durationS } = params;
  switch (params.preset) {
    case 'multi-tenant': {
      const g = Math.max(1, params.groups);
      for (let i = 0; i < g; i++) groups.push({ id: i, label: `T${i + 1}`, prefix: [{ seed: seeds.nextU32(), tokens: 6000 }] });
      poisson(arrivals, rate, durationS).forEach((t, i) => {
        const grp = groups[pick.int(0, g - 1)] as PrefixGroup;
        requests.push({
          id: `r${i}`,
          arrivalUs: secondsToUs(t),
          prompt: [...grp.prefix, { seed: seeds.nextU32(), tokens: lengths.int(1000, 1400) }],
          outputTokens: lengths.int(800, 1200),
          group: grp.id,
        });
      });
      break;
    }
    case 'rag': {
      const g = Math.max(1, params.groups);
      const instruction: PromptSegment = { seed: seeds.nextU32(), tokens: 300 };
      for (let i = 0; i < g; i++) groups.push({ id: i, label: `D${i + 1}`, prefix: [instruction, { seed: seeds.nextU32(), tokens: lengths.int(4000, 12_000) }] });
      const doc = zipfPicker(g, 1.1);
      poisson(arrivals, rate, durationS).forEach((t, i) => {
        const grp = groups[doc(pick)] as PrefixGroup;
        requests.push({
          id: `r${i}`,
          arrivalUs: secondsToUs(t),
          prompt: [...grp.prefix, { seed: seeds.nextU32(), tokens: lengths.int(50, 200) }],
          outputTokens: lengths.int(150, 400),
          group: grp.id,
        });
      });
      break;
    }
    case 'multi-turn': {
      const system: PromptSegment = { seed: seeds.nextU32(), tokens: 1000 };
      const meanTurns = 5.5;
      poisson(arrivals, rate / meanTurns, durationS).forEach((t, c) => {
        const turns = lengths.int(3, 8);
        const convSeed = seeds.nextU32();
        let history = 0;
        for (let k = 0; k < turns; k++) {
          const user = lengths.int(100, 500);
          const answer = lengths.int(150, 450);
          if (system.tokens + history + user + answer >= maxModelLen) break;
          requests.push({
            id: `c${c}t${k}`,
            arrivalUs: secondsToUs(t),
            prompt: [system, { seed: convSeed, tokens: history + user }],
            outputTokens: answer,
            session: `s${c}`,
            group: -1,
            ...(k > 0 ? { after: { id: `c${c}t${k - 1}`, delayUs: secondsToUs(pick.exponential(1 / 8)) } } : {}),
          });
          history += user + answer;
        }
      });
      break;
    }
    case 'uniform':
      poisson(arrivals, rate, durationS).forEach((t, i) => {
        requests.push({ id: `r${i}`, arrivalUs: secondsToUs(t), prompt: [{ seed: seeds.nextU32(), tokens: lengths.int(100, 4000) }], outputTokens: lengths.int(50, 800), group: -1 });
      });
      break;
    case 'long-prompt':
      poisson(arrivals, rate, durationS).forEach((t, i) => {
        requests.push({ id: `r${i}`, arrivalUs: secondsToUs(t), prompt: [{ seed: seeds.nextU32(), tokens: 5000 }], outputTokens: 250, group: -1 });
      });
      break;
  }
  return { params, requests, groups };
}

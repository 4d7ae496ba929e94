/**
 * The pattern workloads: seeded request streams with the shapes that decide between serving
 * patterns, and the latency objectives (SLOs) each is judged by. `qps` is always the mean
 * request rate over the run; conversations start at qps ÷ mean turns and each later turn arrives
 * a think time after the previous answer finished (closed loop per conversation).
 */
import { Rng } from '../core/rng.ts';
import { secondsToUs } from '../core/units.ts';
import type { ClusterRequestSpec } from '../cluster/types.ts';
import type { PromptSegment } from '../engine/types.ts';
import type { PatternWorkload, Slo, WorkloadId } from './types.ts';

/** One workload's description (for the CLI's help, docs and the Lab). */
export interface WorkloadDefinition {
  readonly id: WorkloadId;
  readonly label: string;
  readonly shape: string;
  readonly slo: Slo;
}

const CHAT_SLO: Slo = {
  ttftS: 1,
  itlMs: 50,
  reason: 'a person is waiting: the first words within a second feel responsive, and 20 tokens/s streams faster than people read',
};

export const WORKLOADS: readonly WorkloadDefinition[] = [
  {
    id: 'chat',
    label: 'Multi-turn chat, shared system prompts',
    shape: '48 tenants, each with a 3,000-token system prompt; conversations of 1–6 turns (user 100–400 tokens, answer 100–500), each turn re-sending the history after ~6 s of thinking',
    slo: CHAT_SLO,
  },
  {
    id: 'rag',
    label: 'RAG over a large document set',
    shape: '300-token instruction + one of 400 documents (3,000–11,000 tokens, ≈ 2.8 M tokens in all, Zipf popularity s = 1) + a 50–200-token question; answers 150–400 tokens. The documents outgrow the GPUs’ KV cache',
    slo: { ttftS: 2, itlMs: 50, reason: 'interactive, but the user expects a moment for retrieval over a long document' },
  },
  {
    id: 'summarize',
    label: 'Summarize long documents',
    shape: 'a 200-token shared instruction + a unique 3,000–9,000-token document; summaries of 100–300 tokens (prefill-heavy, little sharing)',
    slo: { ttftS: 5, itlMs: 100, reason: 'the user submitted a long document and accepts a wait; the summary is read as it streams, 10 tokens/s is enough' },
  },
  {
    id: 'diurnal',
    label: 'A compressed day of chat',
    shape: 'chat requests at a rate that follows one day squeezed into the run: 10 % of the mean at night (start and end), 190 % at midday',
    slo: CHAT_SLO,
  },
  {
    id: 'bursty',
    label: 'Bursty chat',
    shape: 'chat requests whose rate jumps to 4× the base for 10 s of every minute (mean = qps)',
    slo: CHAT_SLO,
  },
];

/** Looks a workload up. @throws Error naming the valid ids */
export function workloadDefinition(id: string): WorkloadDefinition {
  const w = WORKLOADS.find((x) => x.id === id);
  if (!w) throw new Error(`unknown workload "${id}" (valid: ${WORKLOADS.map((x) => x.id).join(', ')})`);
  return w;
}

/** Arrival times in [0, durationS) of a Poisson process with rate `rate(t)` ≤ `max` (thinning). */
function arrivals(rng: Rng, rate: (t: number) => number, max: number, durationS: number): number[] {
  const out: number[] = [];
  if (!(max > 0)) return out;
  for (let t = rng.exponential(max); t < durationS; t += rng.exponential(max)) {
    if (rng.float() * max < rate(t)) out.push(t);
  }
  return out;
}

const CHAT_TENANTS = 48;
const CHAT_SYSTEM_TOKENS = 3000;
const CHAT_MEAN_TURNS = 3.5;
const THINK_MEAN_S = 6;

/** Chat conversations whose starts follow `rate(t) / mean turns`. */
function chat(seed: number, rate: (t: number) => number, maxRate: number, durationS: number, maxModelLen: number): ClusterRequestSpec[] {
  const root = new Rng(seed);
  const times = root.derive(1);
  const lengths = root.derive(2);
  const seeds = root.derive(3);
  const pick = root.derive(4);
  const systems: PromptSegment[] = Array.from({ length: CHAT_TENANTS }, () => ({ seed: seeds.nextU32(), tokens: CHAT_SYSTEM_TOKENS }));
  const out: ClusterRequestSpec[] = [];
  arrivals(times, (t) => rate(t) / CHAT_MEAN_TURNS, maxRate / CHAT_MEAN_TURNS, durationS).forEach((t, c) => {
    const tenant = pick.int(0, CHAT_TENANTS - 1);
    const system = systems[tenant] as PromptSegment;
    const turns = lengths.int(1, 6);
    const conv = seeds.nextU32();
    let history = 0;
    for (let k = 0; k < turns; k++) {
      const user = lengths.int(100, 400);
      const answer = lengths.int(100, 500);
      if (system.tokens + history + user + answer >= maxModelLen) break;
      out.push({
        id: `c${c}t${k}`,
        arrivalUs: secondsToUs(t),
        prompt: [system, { seed: conv, tokens: history + user }],
        outputTokens: answer,
        session: `s${c}`,
        group: tenant,
        ...(k > 0 ? { after: { id: `c${c}t${k - 1}`, delayUs: secondsToUs(pick.exponential(1 / THINK_MEAN_S)) } } : {}),
      });
      history += user + answer;
    }
  });
  return out;
}

const RAG_DOCS = 400;

/** Zipf popularity over n items: rank k has weight 1 / (k + 1)^s. */
function zipf(n: number, s: number): (rng: Rng) => number {
  const cdf: number[] = [];
  let sum = 0;
  for (let k = 0; k < n; k++) cdf.push((sum += 1 / (k + 1) ** s));
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

function rag(seed: number, qps: number, durationS: number): ClusterRequestSpec[] {
  const root = new Rng(seed);
  const times = root.derive(1);
  const lengths = root.derive(2);
  const seeds = root.derive(3);
  const pick = root.derive(4);
  const instruction: PromptSegment = { seed: seeds.nextU32(), tokens: 300 };
  const docs: PromptSegment[] = Array.from({ length: RAG_DOCS }, () => ({ seed: seeds.nextU32(), tokens: lengths.int(3000, 11_000) }));
  const doc = zipf(RAG_DOCS, 1);
  return arrivals(times, () => qps, qps, durationS).map((t, i) => {
    const d = doc(pick);
    return {
      id: `r${i}`,
      arrivalUs: secondsToUs(t),
      prompt: [instruction, docs[d] as PromptSegment, { seed: seeds.nextU32(), tokens: lengths.int(50, 200) }],
      outputTokens: lengths.int(150, 400),
      group: d,
    };
  });
}

function summarize(seed: number, qps: number, durationS: number): ClusterRequestSpec[] {
  const root = new Rng(seed);
  const times = root.derive(1);
  const lengths = root.derive(2);
  const seeds = root.derive(3);
  const instruction: PromptSegment = { seed: seeds.nextU32(), tokens: 200 };
  return arrivals(times, () => qps, qps, durationS).map((t, i) => ({
    id: `r${i}`,
    arrivalUs: secondsToUs(t),
    prompt: [instruction, { seed: seeds.nextU32(), tokens: lengths.int(3000, 9000) }],
    outputTokens: lengths.int(100, 300),
    group: -1,
  }));
}

/**
 * Generates a workload.
 * @param qps mean requests per second over the run
 * @param maxModelLen conversations end before their context would exceed it
 * @throws Error for an unknown id or a non-positive rate or duration
 * @example generatePatternWorkload('chat', 10, 300, 1).requests.length // ≈ 3,000
 */
export function generatePatternWorkload(id: WorkloadId, qps: number, durationS: number, seed: number, maxModelLen = 32_768): PatternWorkload {
  const def = workloadDefinition(id);
  if (!(qps > 0)) throw new Error(`qps must be > 0 (got ${qps})`);
  if (!(durationS > 0)) throw new Error(`duration must be > 0 s (got ${durationS})`);
  // Mean tokens per turn of chat: history grows by ~550 tokens a turn, ~1.25 earlier turns on average.
  const chatShape = { meanPromptTokens: CHAT_SYSTEM_TOKENS + 1.25 * 550 + 250, meanOutputTokens: 300, sharedPromptShare: 0.94 };
  switch (id) {
    case 'chat':
      return { id, slo: def.slo, requests: chat(seed, () => qps, qps, durationS, maxModelLen), ...chatShape };
    case 'diurnal': {
      // One day over the run: night at both ends, midday peak; the mean is qps.
      const rate = (t: number) => qps * (1 - 0.9 * Math.cos((2 * Math.PI * t) / durationS));
      return { id, slo: def.slo, requests: chat(seed, rate, 1.9 * qps, durationS, maxModelLen), ...chatShape };
    }
    case 'bursty': {
      const base = qps / 1.5;
      const rate = (t: number) => (t % 60 < 10 ? 4 * base : base);
      return { id, slo: def.slo, requests: chat(seed, rate, 4 * base, durationS, maxModelLen), ...chatShape };
    }
    case 'rag':
      // 98 % of a prompt is a shared document, but the documents outgrow the KV cache: expect about half cached.
      return { id, slo: def.slo, requests: rag(seed, qps, durationS), meanPromptTokens: 7425, meanOutputTokens: 275, sharedPromptShare: 0.5 };
    case 'summarize':
      return { id, slo: def.slo, requests: summarize(seed, qps, durationS), meanPromptTokens: 6200, meanOutputTokens: 200, sharedPromptShare: 0.03 };
  }
}

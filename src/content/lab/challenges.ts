/**
 * The Lab's graded challenges. Each is data: a brief, the settings it locks, where the learner
 * starts, a goal (requirements + the metric that ranks passing runs) and a reference configuration
 * whose score on the pattern model is par. Nothing here is a guessed number: par is computed by
 * running the reference, and tests/unit/content/lab-challenges.test.ts checks that it passes, that
 * one step less (fewer GPUs, fewer regions…) fails where the goal is "fewest", and that the
 * starting or obvious-but-wrong configuration fails.
 */
import { canonical, LAB_DEFAULTS, type LabConfig } from '../../widget-models/lab/config.ts';
import { gradeReport, type Goal, type Grade } from '../../widget-models/lab/grade.ts';
import { metricOf } from '../../widget-models/lab/metrics.ts';
import { runLab } from '../../widget-models/lab/run.ts';
import type { PatternReport } from '../../sim/patterns/index.ts';
import type { LessonId } from '../course/plan.ts';

/** The settings a challenge can lock or open. */
export type ChallengeField = keyof LabConfig;

export interface LabChallenge {
  readonly id: string;
  readonly title: string;
  /** The serving idea it exercises. */
  readonly topic: string;
  /** The task, as the learner reads it. */
  readonly brief: string;
  /** Settings the challenge locks (the grader applies them whatever the URL says). */
  readonly fixed: Partial<LabConfig>;
  /** Where the learner starts (open settings). */
  readonly start: Partial<LabConfig>;
  readonly goal: Goal;
  /** The reference configuration; par is its score on the model. */
  readonly par: Partial<LabConfig>;
  /** A nudge for a learner who is stuck. */
  readonly hint: string;
  /** What passing shows, read after a pass. */
  readonly debrief: string;
  /** The lesson that explains it (`module/slug`). */
  readonly lesson: LessonId;
}

const QWEN_H100 = { model: 'qwen2.5-32b', gpu: 'h100-sxm-80gb', seed: 1 } as const;

export const CHALLENGES: readonly LabChallenge[] = [
  {
    id: 'chat-fewest-gpus',
    title: 'Serve 20 QPS of chat on the fewest GPUs',
    topic: 'prefix-aware routing',
    brief: 'Forty-eight tenants chat with Qwen2.5-32B at 20 requests per second. At least 99 % of requests must meet the chat objectives (first token within 1 s, at most 50 ms per token) and TTFT p90 must stay under 1 s. Use as few H100s as you can.',
    fixed: { ...QWEN_H100, workload: 'chat', qps: 20, durationS: 120 },
    start: { pattern: 'replicated', gpus: 8 },
    goal: {
      requirements: [
        { metric: 'slo_attainment', op: '>=', value: 0.99 },
        { metric: 'ttft_p90_s', op: '<=', value: 1 },
      ],
      score: 'gpus_used',
    },
    par: { pattern: 'hybrid-multi-tier', gpus: 4 },
    hint: 'Every turn re-sends a 3,000-token system prompt and the conversation so far. First find the pattern that sends a request to the replica already holding that prefix; then ask where the prefixes go when two replicas’ GPU memory is full.',
    debrief: 'Round robin needs four replicas here. Prefix-aware routing keeps each tenant’s system prompt and each conversation on a replica that has them cached, so most of every prompt is never prefilled again: three replicas suffice. With two, GPU memory can no longer hold every conversation, and recomputed histories slow the decodes they share steps with; a CPU tier below GPU memory keeps those blocks, and two replicas meet the objectives.',
    lesson: 'patterns/federation-and-caching',
  },
  {
    id: 'pd-summarize-at-load',
    title: 'Smooth streaming for long-document summaries',
    topic: 'prefill/decode disaggregation',
    brief: 'Summaries of 3,000–9,000-token documents arrive at 8 per second on 8 H100s. Streams must stay under 50 ms per token at p90, and at least 95 % of requests must meet the objectives (first token within 5 s, at most 100 ms per token). Highest SLO attainment wins.',
    fixed: { ...QWEN_H100, workload: 'summarize', qps: 8, gpus: 8, durationS: 120 },
    start: { pattern: 'caching-first' },
    goal: {
      requirements: [
        { metric: 'itl_p90_ms', op: '<=', value: 50 },
        { metric: 'slo_attainment', op: '>=', value: 0.95 },
      ],
      score: 'slo_attainment',
    },
    par: { pattern: 'disaggregated' },
    hint: 'On an aggregated replica every long prefill shares engine steps with the decodes in flight. What if decodes ran on replicas that never prefill — and how many of each would this workload need?',
    debrief: 'Disaggregation moves prefill to its own replicas and ships the KV cache to decode replicas, so decodes never wait behind a prefill chunk: ITL falls a lot, while TTFT rises by the prefill queue and the transfer, as llm-d’s P/D guide reports. The split matters: with too few prefill replicas, requests queue for tens of seconds or more before their prefill starts.',
    lesson: 'patterns/splitting-the-work',
  },
  {
    id: 'tiered-rag',
    title: 'RAG over more documents than the GPUs hold',
    topic: 'tiered KV cache',
    brief: 'RAG at 10 QPS on 8 H100s over 400 documents totalling about 2.8 M tokens — more KV than the four replicas hold. Reach a prefix-cache hit rate of at least 82 % and TTFT p90 of at most 0.5 s. Lowest TTFT p90 wins.',
    fixed: { ...QWEN_H100, workload: 'rag', qps: 10, gpus: 8, durationS: 300 },
    start: { pattern: 'caching-first' },
    goal: {
      requirements: [
        { metric: 'prefix_hit_rate', op: '>=', value: 0.82 },
        { metric: 'ttft_p90_s', op: '<=', value: 0.5 },
      ],
      score: 'ttft_p90_s',
    },
    par: { pattern: 'hybrid-multi-tier' },
    hint: 'Prefix-aware routing already sends each document to the replica that holds it, but documents evicted from GPU memory are prefilled from scratch. Where else could their KV blocks live?',
    debrief: 'A tiered cache catches what GPU memory evicts: blocks copied to CPU memory and shared storage are loaded back over PCIe or the network instead of recomputed, so more of each long document is a hit and first tokens come sooner. CPU memory alone is not enough here; the storage tier holds the long tail of documents.',
    lesson: 'patterns/splitting-the-work',
  },
  {
    id: 'diurnal-gpu-hours',
    title: 'Pay for a day of traffic, not for its peak',
    topic: 'autoscaling',
    brief: 'Chat traffic follows a day squeezed into ten minutes: 10 % of the mean at night, 190 % at midday (mean 10 QPS). Spend at most 1.0 GPU-hour while keeping SLO attainment at 75 % or more. Fewest GPU-hours wins.',
    fixed: { ...QWEN_H100, workload: 'diurnal', qps: 10, durationS: 600 },
    start: { pattern: 'caching-first', gpus: 8 },
    goal: {
      requirements: [
        { metric: 'gpu_hours', op: '<=', value: 1 },
        { metric: 'slo_attainment', op: '>=', value: 0.75 },
      ],
      score: 'gpu_hours',
    },
    par: { pattern: 'autoscaling-pool', gpus: 8 },
    hint: 'A fleet sized for midday sits idle all night, and one sized for the night drowns at midday. Which pattern changes its size during the run — and how large must it be allowed to grow?',
    debrief: 'The autoscaling pool adds replicas as the morning ramps up and drains them at night, so it pays for the average, not the peak. The price is in the tail: each new replica needs a cold start (80 s for Qwen2.5-32B from a node cache), and requests that arrive during it wait — which is why attainment is well below a fixed fleet’s.',
    lesson: 'patterns/single-and-replicated',
  },
  {
    id: 'tp-70b-fast-tokens',
    title: 'Faster tokens from a 70B model',
    topic: 'tensor parallelism',
    brief: 'Llama-3.1-70B serves chat at 4 QPS on 8 H100s. Stream at 25 ms per token or faster at p90 with at least 99 % SLO attainment. Lowest ITL p90 wins.',
    fixed: { model: 'llama-3.1-70b', gpu: 'h100-sxm-80gb', seed: 1, workload: 'chat', qps: 4, gpus: 8, durationS: 120 },
    start: { pattern: 'caching-first' },
    goal: {
      requirements: [
        { metric: 'itl_p90_ms', op: '<=', value: 25 },
        { metric: 'slo_attainment', op: '>=', value: 0.99 },
      ],
      score: 'itl_p90_ms',
    },
    par: { pattern: 'tensor-parallel', tp: 8 },
    hint: 'The 70B model needs 4 GPUs per replica, so 8 GPUs make two replicas. At this light load, is a second replica what you need — or a faster one?',
    debrief: 'At light load a decode step is bound by reading the weights from memory; splitting them over 8 GPUs instead of 4 makes every step faster, and NVLink keeps the all-reduces cheap. Under heavy load with long prompts the trade turns: one big replica prefills one chunk at a time (see “Fix it: one giant replica”).',
    lesson: 'patterns/splitting-the-work',
  },
  {
    id: 'federation-outage',
    title: 'Lose a region, keep the service',
    topic: 'federation and failover',
    brief: 'Chat at 10 QPS is served from several regions behind a global router; region 0 goes down halfway through the run (its requests in flight are lost) and 70 ms separate the regions. Keep SLO attainment at 93 % or more and TTFT p90 within 0.25 s, on the fewest GPUs.',
    fixed: { ...QWEN_H100, pattern: 'federation', workload: 'chat', qps: 10, durationS: 120, failover: true, rttMs: 70 },
    start: { gpus: 8, regions: 2 },
    goal: {
      requirements: [
        { metric: 'slo_attainment', op: '>=', value: 0.93 },
        { metric: 'ttft_p90_s', op: '<=', value: 0.25 },
      ],
      score: 'gpus_used',
    },
    par: { gpus: 8, regions: 4 },
    hint: 'Adding GPUs does not bring back the requests that were in flight in the failed region. What decides how large a share of the traffic one region holds?',
    debrief: 'An outage loses what the failed region was serving; with traffic spread over more, smaller regions, each holds a smaller share, so fewer requests are lost, and the survivors absorb the failed-over conversations at the price of the inter-region round trip on their first tokens.',
    lesson: 'patterns/federation-and-caching',
  },
  {
    id: 'fix-one-giant-replica',
    title: 'Fix it: one giant replica',
    topic: 'an anti-pattern to fix',
    brief: 'A colleague serves 7 QPS of long-document summaries with Qwen2.5-32B as one tensor-parallel replica across all 8 H100s, and almost every request misses its objectives. Reach 99 % SLO attainment with TTFT p90 within 1 s on the same 8 GPUs. Lowest TTFT p90 wins.',
    fixed: { ...QWEN_H100, workload: 'summarize', qps: 7, gpus: 8, durationS: 120 },
    start: { pattern: 'tensor-parallel', tp: 8 },
    goal: {
      requirements: [
        { metric: 'slo_attainment', op: '>=', value: 0.99 },
        { metric: 'ttft_p90_s', op: '<=', value: 1 },
      ],
      score: 'ttft_p90_s',
    },
    par: { pattern: 'caching-first' },
    hint: 'Qwen2.5-32B fits on 2 H100s with room for KV. How many prompts can one replica prefill at a time, and how many could four replicas?',
    debrief: 'A model that fits on two GPUs gains little from eight: the extra GPUs mostly add all-reduce traffic, and a single engine still prefills one long prompt chunk at a time while its decodes wait. Four TP 2 replicas behind a load-aware router prefill four prompts in parallel.',
    lesson: 'patterns/choosing-an-architecture',
  },
  {
    id: 'bursty-cheapest',
    title: 'The cheapest fleet for bursty chat',
    topic: 'cost minimisation',
    brief: 'Chat at a mean of 10 QPS arrives in bursts: four times the base rate for 10 s of every minute. Keep SLO attainment at 95 % or more. Fewest GPU-hours wins.',
    fixed: { ...QWEN_H100, workload: 'bursty', qps: 10, durationS: 300 },
    start: { pattern: 'autoscaling-pool', gpus: 8 },
    goal: {
      requirements: [{ metric: 'slo_attainment', op: '>=', value: 0.95 }],
      score: 'gpu_hours',
    },
    par: { pattern: 'caching-first', gpus: 4 },
    hint: 'A burst lasts 10 s; a new replica takes over a minute to start. Could a small fixed fleet absorb the bursts, if its caches do most of the prefill work?',
    debrief: 'A burst lasts 10 s and a new replica needs about 80 s to start, so the replicas the autoscaler adds for a burst are ready only after it, and Knative keeps them until its stable window has passed: the pool holds more GPUs on average than a small fixed fleet and still misses part of the bursts. Two replicas behind prefix-aware routing, which saves most of the prefill, absorb the bursts for less.',
    lesson: 'patterns/single-and-replicated',
  },
];

/** Looks a challenge up (undefined for an unknown id). */
export function findChallenge(id: string): LabChallenge | undefined {
  return CHALLENGES.find((c) => c.id === id);
}

/** The configuration a challenge runs: the learner's settings with the challenge's locks applied. */
export function challengeConfig(ch: LabChallenge, learner: Partial<LabConfig> = {}): LabConfig {
  return canonical({ ...LAB_DEFAULTS, ...ch.start, ...learner, ...ch.fixed });
}

/** The reference configuration behind par. */
export function parConfig(ch: LabChallenge): LabConfig {
  return challengeConfig(ch, ch.par);
}

/** Where the learner starts. */
export function startConfig(ch: LabChallenge): LabConfig {
  return challengeConfig(ch);
}

export type ChallengeOutcome = { readonly ok: true; readonly report: PatternReport; readonly grade: Grade } | { readonly ok: false; readonly error: string };

/** Grades a learner's configuration by running the model on it (locks applied). */
export function gradeChallenge(ch: LabChallenge, learner: Partial<LabConfig>): ChallengeOutcome {
  try {
    const report = runLab(challengeConfig(ch, learner));
    return { ok: true, report, grade: gradeReport(ch.goal, report) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Par: the reference configuration's score on the model. */
export function parScore(ch: LabChallenge): number {
  return metricOf(runLab(parConfig(ch)), ch.goal.score);
}

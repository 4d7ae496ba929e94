/**
 * The decision matrix of the architecture-patterns module as data: each row is an answer to one
 * of the six questions, the patterns it points to (or away from), and why. The chooser applies
 * the rows to a learner's answers; the lesson shows them as a table. Facts: the course's
 * reference notes (kserve-deploy-2026.md §8, llm-d-kserve-knative.md, routing-algorithms.md);
 * where the course's model can show a row's direction, `check` says so and
 * tests/unit/content/chooser.test.ts runs it.
 */
import type { PatternId } from '../../sim/patterns/index.ts';
import { SRC } from '../glossary/sources.ts';
import type { Source } from '../glossary/types.ts';
import type { Fit } from './fit.ts';

export type Traffic = 'steady' | 'daily' | 'bursty' | 'sparse';
export type Latency = 'tight-ttft' | 'tight-itl' | 'loose';
export type PromptLength = 'short' | 'long';
export type Sharing = 'none' | 'shared' | 'beyond-hbm';
export type Budget = 'peak' | 'floor';
export type Regions = 'one' | 'several';

/** A learner's answers to the six questions (the model and GPU answer the first). */
export interface ChooserInputs {
  readonly model: string;
  readonly gpu: string;
  readonly traffic: Traffic;
  readonly latency: Latency;
  readonly prompts: PromptLength;
  readonly sharing: Sharing;
  readonly budget: Budget;
  readonly regions: Regions;
}

export type Question = 'size' | 'traffic' | 'latency' | 'sharing' | 'budget' | 'regions';

export interface MatrixRow {
  readonly id: string;
  readonly question: Question;
  /** "If the workload has…" */
  readonly when: string;
  /** "Consider" */
  readonly consider: string;
  /** "Because" */
  readonly because: string;
  readonly patterns: readonly PatternId[];
  /** Patterns this answer argues against (the objective wins over the other rows). */
  readonly avoid: readonly PatternId[];
  readonly applies: (i: ChooserInputs, fit: Fit) => boolean;
  /** The reason in the learner's terms (figures from the model where it has them). */
  readonly reason: (i: ChooserInputs, fit: Fit) => string;
  /** What the course's model shows in this row's direction, if it can. */
  readonly check?: string;
  readonly source: Source;
}

const secs = (s: number | null) => (s === null ? 'minutes' : `about ${Math.round(s)} s`);

export const MATRIX: readonly MatrixRow[] = [
  {
    id: 'fits-one-gpu',
    question: 'size',
    when: 'a model that fits one GPU with room for KV',
    consider: 'replicas of the smallest replica (pattern 2), not tensor parallelism',
    because: 'TP adds all-reduces and buys nothing a model that fits needs',
    patterns: ['replicated'],
    avoid: ['tensor-parallel'],
    applies: (_, f) => f.kind === 'one-gpu',
    reason: () => 'The model fits one GPU with room for KV, so replicas of one GPU each scale better than one tensor-parallel replica.',
    check: 'one TP 8 replica of a model that fits on two GPUs misses the summarize objectives at 7 requests a second, where four TP 2 replicas on the same GPUs meet them',
    source: SRC.vllmParallelism,
  },
  {
    id: 'fits-one-node',
    question: 'size',
    when: 'a model that fits one node but not one GPU',
    consider: 'tensor parallelism within the node (pattern 5), then replicas of that',
    because: 'NVLink makes TP cheap inside a node',
    patterns: ['replicated'],
    avoid: [],
    applies: (_, f) => f.kind === 'one-node',
    reason: (_, f) => `The model needs TP ${f.tp ?? '?'} on this GPU (weights and KV for four max-length sequences): keep each replica inside one NVLink node and add replicas of it.`,
    source: SRC.vllmParallelism,
  },
  {
    id: 'beyond-node',
    question: 'size',
    when: 'a model that does not fit one node',
    consider: 'multi-node replicas as a LeaderWorkerSet, TP inside nodes, PP or EP across',
    because: 'only a fast network (InfiniBand, RoCE) keeps cross-node steps fast',
    patterns: ['tensor-parallel'],
    avoid: [],
    applies: (_, f) => f.kind === 'beyond-node',
    reason: () => 'The model does not fit one 8-GPU node: an LLMInferenceService with worker and parallelism becomes a LeaderWorkerSet; keep TP inside nodes and use pipeline or expert parallelism across them over InfiniBand or RoCE.',
    check: 'TP 8 split over two 4-GPU nodes on 100 GbE misses the chat ITL objective where TP 8 on one NVLink node meets it',
    source: SRC.lws,
  },
  {
    id: 'tiny',
    question: 'size',
    when: 'a tiny model on big GPUs',
    consider: 'a single instance on a MIG slice or a smaller GPU',
    because: 'a whole H100 would sit idle',
    patterns: ['single-instance'],
    avoid: ['tensor-parallel'],
    applies: (_, f) => f.kind === 'tiny',
    reason: (_, f) => `The weights take ${Math.round((f.weightShare ?? 0) * 100)} % of one GPU: one instance on a MIG slice or a smaller GPU, and a second only for availability.`,
    source: SRC.nvidiaMig,
  },
  {
    id: 'steady',
    question: 'traffic',
    when: 'steady traffic',
    consider: 'a fixed pool of replicas (pattern 2)',
    because: 'nothing to gain from scaling, and no cold starts',
    patterns: ['replicated'],
    avoid: [],
    applies: (i) => i.traffic === 'steady',
    reason: () => 'Steady traffic: a fixed pool sized for the load with headroom; scaling would save little and add cold starts.',
    source: SRC.kserveAutoscaling,
  },
  {
    id: 'daily',
    question: 'traffic',
    when: 'a daily curve',
    consider: 'an autoscaling pool with a warm floor (pattern 3)',
    because: 'saves GPU-hours at night; the floor covers the morning ramp',
    patterns: ['autoscaling-pool'],
    avoid: [],
    applies: (i) => i.traffic === 'daily',
    reason: (_, f) => `A daily curve: scale with the load between a warm floor and the peak; each new replica takes ${secs(f.coldStartS)} to become ready, so the floor must carry the start of the morning ramp.`,
    check: 'the autoscaling pool spends fewer GPU-hours than a fixed pool on the diurnal workload, at the price of some requests outside the objective during the ramp',
    source: SRC.knativeKpa,
  },
  {
    id: 'sparse-loose',
    question: 'traffic',
    when: 'rare, sparse use and a loose objective',
    consider: 'scale to zero (pattern 3, minReplicas: 0)',
    because: 'cheapest, if a cold start of minutes is acceptable',
    patterns: ['autoscaling-pool'],
    avoid: [],
    applies: (i) => i.traffic === 'sparse' && i.latency === 'loose',
    reason: (_, f) => `Sparse use and nobody waiting on the first token: scale to zero (minReplicas: 0) and accept a cold start of ${secs(f.coldStartS)} after each quiet spell.`,
    source: SRC.knativeKpa,
  },
  {
    id: 'bursty',
    question: 'traffic',
    when: 'sharp bursts',
    consider: 'headroom in the fixed pool, or a low autoscaling target',
    because: 'new replicas arrive long after a burst has started',
    patterns: ['replicated'],
    avoid: [],
    applies: (i) => i.traffic === 'bursty',
    reason: (_, f) => `Sharp bursts: a replica ordered at the start of a burst is ready ${secs(f.coldStartS)} later, so keep headroom in the pool (or a low autoscaling target).`,
    source: SRC.knativeKpa,
  },
  {
    id: 'tight-ttft',
    question: 'latency',
    when: 'a tight TTFT objective',
    consider: 'warm replicas, prefix-aware routing, no P/D',
    because: 'P/D and cold starts both make first tokens later',
    patterns: ['caching-first'],
    avoid: ['disaggregated'],
    applies: (i) => i.latency === 'tight-ttft',
    reason: () => 'A tight TTFT objective: route to where the prefix is cached and keep replicas warm; P/D adds a hop and a KV transfer before the first token.',
    check: 'under load on summarize, P/D gives a higher TTFT p90 than aggregated replicas, with or without prefix-aware routing',
    source: SRC.llmdPdGuide,
  },
  {
    id: 'tight-ttft-no-zero',
    question: 'latency',
    when: 'a tight TTFT objective and sparse traffic',
    consider: 'a warm replica (minReplicas ≥ 1), not scale to zero',
    because: 'after each quiet spell the next user waits for a whole cold start',
    patterns: ['replicated'],
    avoid: ['autoscaling-pool'],
    applies: (i) => i.latency === 'tight-ttft' && i.traffic === 'sparse',
    reason: (_, f) => `Sparse traffic behind a tight TTFT objective: scaling to zero would make the first user after each quiet spell wait ${secs(f.coldStartS)}; keep one warm replica.`,
    check: 'Llama-3.1-70B with min-scale 0 on sparse chat has a TTFT p99 in minutes and about a fifth of requests outside the objective, for under a tenth fewer GPU-hours than min-scale 1',
    source: SRC.knativeKpa,
  },
  {
    id: 'tight-itl-long',
    question: 'latency',
    when: 'a tight ITL objective and long prompts',
    consider: 'P/D disaggregation (pattern 4)',
    because: 'decode stops sharing steps with long prefills',
    patterns: ['disaggregated'],
    avoid: [],
    applies: (i) => i.latency === 'tight-itl' && i.prompts === 'long',
    reason: () => 'Streaming speed matters and prompts are long: separate prefill and decode so decode steps never wait behind a long prefill (llm-d’s P/D guide recommends it for long inputs; its aggregated figures are an earlier baseline run, not a paired one).',
    check: 'P/D gives a lower ITL p90 than aggregated replicas on summarize under load',
    source: SRC.llmdPdGuide,
  },
  {
    id: 'shared',
    question: 'sharing',
    when: 'shared system prompts or documents',
    consider: 'caching-first routing (pattern 8)',
    because: 'each request goes where its prefix is cached',
    patterns: ['caching-first'],
    avoid: [],
    applies: (i) => i.sharing !== 'none',
    reason: () => 'Prompts share prefixes: prefix-aware routing (the llm-d Endpoint Picker) sends each request where its prefix is already cached.',
    check: 'prefix-aware routing gives a higher prefix hit rate and a lower TTFT p90 than round robin on chat',
    source: SRC.llmdOptimizedBaseline,
  },
  {
    id: 'beyond-hbm',
    question: 'sharing',
    when: 'reuse larger than GPU memory',
    consider: 'tiered KV cache (pattern 6)',
    because: 'evicted prefixes are loaded, not recomputed',
    patterns: ['hybrid-multi-tier'],
    avoid: [],
    applies: (i) => i.sharing === 'beyond-hbm',
    reason: () => 'The reused set outgrows GPU memory: offload evicted KV blocks to CPU memory and storage and load them back instead of recomputing.',
    check: 'a CPU and storage tier raises the prefix hit rate and lowers TTFT p90 over GPU memory alone on the RAG workload',
    source: SRC.llmdTieredGuide,
  },
  {
    id: 'unique',
    question: 'sharing',
    when: 'unique prompts',
    consider: 'load-aware routing only',
    because: 'there is nothing to cache',
    patterns: [],
    avoid: ['hybrid-multi-tier'],
    applies: (i) => i.sharing === 'none',
    reason: () => 'Every prompt is unique: a KV tier has nothing to serve back, so route on load alone.',
    check: 'on summarize (unique documents) the prefix hit rate stays near 0.03 whatever the router',
    source: SRC.llmdOptimizedBaseline,
  },
  {
    id: 'budget-floor',
    question: 'budget',
    when: 'a budget that holds a floor all the time and the peak only when needed',
    consider: 'an autoscaling pool between the floor and the peak (pattern 3)',
    because: 'GPUs are held only while the load needs them',
    patterns: ['autoscaling-pool'],
    avoid: [],
    applies: (i) => i.budget === 'floor' && i.traffic !== 'steady',
    reason: () => 'The budget holds a floor, not the peak: let the autoscaler add replicas for the peak and give them back after it.',
    source: SRC.kserveAutoscaling,
  },
  {
    id: 'regions',
    question: 'regions',
    when: 'users on several continents, or a regional availability objective',
    consider: 'federation (pattern 7) with headroom for one region’s loss',
    because: 'proximity and survival, at the price of split caches',
    patterns: ['federation'],
    avoid: [],
    applies: (i) => i.regions === 'several',
    reason: () => 'Several regions: one pool per region behind a global router, each with room for the other’s traffic; caches do not cross regions (Multi-Cluster InferencePools are still a draft proposal).',
    check: 'splitting the same GPUs over two regions lowers the prefix hit rate on RAG',
    source: SRC.gieRepo,
  },
];

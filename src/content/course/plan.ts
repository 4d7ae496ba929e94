/**
 * The course plan as plain data: seven modules, the lessons each one plans, and the learning
 * paths. The one place lesson ids come from: `LessonId` is derived from this literal, so a
 * mistyped id in content is a type error. No build-time imports, so tools can use it anywhere.
 */

export interface PlannedLesson {
  readonly slug: string;
  readonly title: string;
}

export interface ModuleDef {
  /** Two-digit reading order, also the folder prefix. */
  readonly number: string;
  readonly slug: ModuleSlug;
  readonly title: string;
  readonly summary: string;
  readonly lessons: readonly PlannedLesson[];
  /** A module whose content lives on its own page (the glossary) rather than in lessons. */
  readonly href?: string;
}

export type ModuleSlug = 'overview' | 'vllm' | 'llm-d' | 'kserve' | 'patterns' | 'deployment' | 'glossary';

const PLAN = [
  {
    number: '01',
    slug: 'overview',
    title: 'Overview',
    summary: 'The layers of a production LLM serving stack, what each one is for, and how one request crosses them.',
    lessons: [{ slug: 'the-serving-stack', title: 'The serving stack, end to end' }],
  },
  {
    number: '02',
    slug: 'vllm',
    title: 'vLLM deep dive',
    summary: 'Inside one inference engine: the KV cache, PagedAttention, continuous batching, chunked prefill, preemption, parallelism, quantization, LoRA and speculative decoding.',
    lessons: [
      { slug: 'kv-cache-memory', title: 'The KV cache and why memory runs out' },
      { slug: 'paged-attention', title: 'PagedAttention' },
      { slug: 'continuous-batching', title: 'Continuous batching' },
      { slug: 'chunked-prefill', title: 'Chunked prefill and the token budget' },
      { slug: 'preemption', title: 'Preemption and recompute' },
      { slug: 'tensor-parallelism', title: 'Tensor parallelism' },
      { slug: 'quantization', title: 'Quantization' },
      { slug: 'lora', title: 'Serving LoRA adapters' },
      { slug: 'speculative-decoding', title: 'Speculative decoding' },
      { slug: 'performance-and-hardware', title: 'Performance engineering and hardware' },
    ],
  },
  {
    number: '03',
    slug: 'llm-d',
    title: 'llm-d architecture',
    summary: 'Distributed serving on Kubernetes: the inference gateway and Endpoint Picker, prefix-aware routing, prefill/decode disaggregation and tiered KV caching.',
    lessons: [
      { slug: 'inference-gateway', title: 'Inference gateway and smart routing' },
      { slug: 'disaggregated-serving', title: 'Disaggregated serving' },
      { slug: 'kv-cache-tiers', title: 'Multi-tier KV caching' },
      { slug: 'architecture', title: 'llm-d architecture: components, charts and well-lit paths' },
    ],
  },
  {
    number: '04',
    slug: 'kserve',
    title: 'KServe integration',
    summary: 'Running models as InferenceServices: Knative autoscaling and scale to zero, model storage, monitoring and security.',
    lessons: [
      { slug: 'inference-service', title: 'The InferenceService' },
      { slug: 'autoscaling', title: 'Autoscaling with Knative' },
      { slug: 'storage', title: 'Model storage and loading' },
      { slug: 'monitoring', title: 'Monitoring and metrics' },
      { slug: 'security', title: 'Security' },
    ],
  },
  {
    number: '05',
    slug: 'patterns',
    title: 'Architecture patterns',
    summary: 'Putting the pieces together: which combination of engine, router and platform fits which workload and scale.',
    lessons: [
      { slug: 'single-and-replicated', title: 'One replica, many replicas, an elastic pool' },
      { slug: 'splitting-the-work', title: 'Splitting the work: P/D, tensor parallelism and KV tiers' },
      { slug: 'federation-and-caching', title: 'Many regions, and routing for the cache' },
      { slug: 'choosing-an-architecture', title: 'Choosing an architecture' },
    ],
  },
  {
    number: '06',
    slug: 'deployment',
    title: 'Deployment guide',
    summary: 'From an empty cluster to a load-tested, monitored, hardened service: sizing, cluster setup, installing KServe and llm-d, deploying a model, monitoring, security, load testing and operations.',
    lessons: [
      { slug: 'prerequisites-and-sizing', title: 'Prerequisites and sizing' },
      { slug: 'cluster-setup', title: 'Setting up a cluster' },
      { slug: 'installing-the-stack', title: 'Installing the stack' },
      { slug: 'deploying-a-model', title: 'Storage and deploying a model' },
      { slug: 'monitoring-setup', title: 'Setting up monitoring' },
      { slug: 'security-hardening', title: 'Security hardening' },
      { slug: 'load-testing', title: 'Load testing and validation' },
      { slug: 'operations', title: 'Operations and runbooks' },
    ],
  },
  {
    number: '07',
    slug: 'glossary',
    title: 'Glossary',
    summary: 'Every term, acronym and metric of the course, with spaced-repetition quizzes to make them stick.',
    lessons: [],
    href: '/glossary',
  },
] as const satisfies readonly ModuleDef[];

export const MODULES: readonly ModuleDef[] = PLAN;

/** `<module>/<lesson-slug>` for every planned lesson, as a type. */
export type LessonId = PlannedId<(typeof PLAN)[number]>;
type PlannedId<M> = M extends { readonly slug: infer S extends string; readonly lessons: readonly (infer L)[] } ? (L extends { readonly slug: infer T extends string } ? `${S}/${T}` : never) : never;

/** Every planned lesson id, in reading order. */
// The cast only joins two parts of one literal; TypeScript cannot correlate them through flatMap.
export const LESSON_IDS: readonly LessonId[] = MODULES.flatMap((m) => m.lessons.map((l) => `${m.slug}/${l.slug}` as LessonId));

export interface LearningPath {
  readonly id: 'beginner' | 'ml' | 'platform';
  readonly title: string;
  readonly audience: string;
  readonly modules: readonly ModuleSlug[];
}

export const LEARNING_PATHS: readonly LearningPath[] = [
  { id: 'beginner', title: 'New to LLM serving', audience: 'Start with the big picture and the vocabulary, then run a model on Kubernetes.', modules: ['overview', 'glossary', 'kserve', 'deployment'] },
  { id: 'ml', title: 'ML engineer', audience: 'Go deep into the engine first, then the patterns and distributed routing.', modules: ['vllm', 'patterns', 'llm-d', 'deployment'] },
  { id: 'platform', title: 'Platform / DevOps engineer', audience: 'Start from the platform you operate, then the patterns, rollout and smart routing.', modules: ['kserve', 'patterns', 'deployment', 'llm-d'] },
];


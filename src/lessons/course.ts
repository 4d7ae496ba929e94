/**
 * The course manifest: seven modules in reading order and the lessons each one plans. A lesson is
 * "written" when its MDX file exists (src/lessons/NN-module/NN-slug.mdx); until then the course map
 * shows it as coming soon and no route renders an empty page for it.
 */
import { lessonFiles } from 'virtual:lesson-index';
import type { Frontmatter } from './frontmatter.ts';

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

export const MODULES: readonly ModuleDef[] = [
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
    lessons: [{ slug: 'choosing-an-architecture', title: 'Choosing an architecture' }],
  },
  {
    number: '06',
    slug: 'deployment',
    title: 'Deployment guide',
    summary: 'From one GPU to a production cluster: sizing, rollout, observability and the checks before go-live.',
    lessons: [{ slug: 'deployment-path', title: 'The deployment path' }],
  },
  {
    number: '07',
    slug: 'glossary',
    title: 'Glossary',
    summary: 'Every term, acronym and metric of the course, with spaced-repetition quizzes to make them stick.',
    lessons: [],
    href: '/glossary',
  },
];

/** A lesson as the app sees it: planned, and written if its file exists. */
export interface Lesson {
  /** `module/slug`, the key for progress and the URL. */
  readonly id: string;
  readonly module: ModuleDef;
  readonly slug: string;
  readonly title: string;
  /** Present when the lesson is written. */
  readonly frontmatter?: Frontmatter;
  /** Import key of the MDX file, e.g. `./01-overview/01-the-serving-stack.mdx`. */
  readonly file?: string;
}

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

/** Builds the course from the manifest and the lesson files; throws on any mismatch. */
export function buildCourse(files: typeof lessonFiles): Lesson[] {
  const lessons: Lesson[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const mod = MODULES.find((m) => `${m.number}-${m.slug}` === f.moduleDir);
    if (!mod) throw new Error(`Lesson folder ${f.moduleDir} matches no module in the course manifest`);
    const slug = f.file.slice(3);
    if (!mod.lessons.some((l) => l.slug === slug)) throw new Error(`Lesson ${f.moduleDir}/${f.file}.mdx is not planned in module ${mod.slug}`);
    seen.add(`${mod.slug}/${slug}`);
  }
  for (const mod of MODULES) {
    mod.lessons.forEach((planned, i) => {
      const id = `${mod.slug}/${planned.slug}`;
      const file = files.find((f) => f.moduleDir === `${mod.number}-${mod.slug}` && f.file.slice(3) === planned.slug);
      if (file && file.file.slice(0, 2) !== String(i + 1).padStart(2, '0')) {
        throw new Error(`Lesson file ${file.moduleDir}/${file.file}.mdx should be numbered ${String(i + 1).padStart(2, '0')}`);
      }
      lessons.push(
        file
          ? { id, module: mod, slug: planned.slug, title: file.frontmatter.title, frontmatter: file.frontmatter, file: `./${file.moduleDir}/${file.file}.mdx` }
          : { id, module: mod, slug: planned.slug, title: planned.title },
      );
    });
  }
  return lessons;
}

export const COURSE: readonly Lesson[] = buildCourse(lessonFiles);

export function findModule(slug: string): ModuleDef | undefined {
  return MODULES.find((m) => m.slug === slug);
}

export function findLesson(moduleSlug: string, lessonSlug: string): Lesson | undefined {
  return COURSE.find((l) => l.module.slug === moduleSlug && l.slug === lessonSlug);
}

/** Written lessons in reading order; previous/next navigation walks this list. */
export const WRITTEN: readonly Lesson[] = COURSE.filter((l) => l.file !== undefined);

export function neighbours(id: string): { prev?: Lesson; next?: Lesson } {
  const i = WRITTEN.findIndex((l) => l.id === id);
  if (i < 0) return {};
  const prev = WRITTEN[i - 1];
  const next = WRITTEN[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

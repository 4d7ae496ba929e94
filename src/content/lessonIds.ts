/**
 * The lessons the course plans, by id (`<module>/<lesson-slug>`, URL `/learn/<module>/<lesson-slug>`).
 * Glossary "taught in" links and knowledge checks are checked against this list.
 * The lead will replace it with an import from the course manifest; keep it the one place that lists lesson ids here.
 */
export const LESSON_IDS = [
  'overview/the-serving-stack',
  'vllm/kv-cache-memory',
  'vllm/paged-attention',
  'vllm/continuous-batching',
  'vllm/chunked-prefill',
  'vllm/preemption',
  'vllm/tensor-parallelism',
  'vllm/quantization',
  'vllm/lora',
  'vllm/speculative-decoding',
  'llm-d/inference-gateway',
  'llm-d/disaggregated-serving',
  'llm-d/kv-cache-tiers',
  'kserve/inference-service',
  'kserve/autoscaling',
  'kserve/storage',
  'kserve/monitoring',
  'kserve/security',
  'patterns/choosing-an-architecture',
  'deployment/deployment-path',
] as const;

export type LessonId = (typeof LESSON_IDS)[number];

const known: ReadonlySet<string> = new Set(LESSON_IDS);

export function isLessonId(id: string): id is LessonId {
  return known.has(id);
}

/** URL path of a lesson: `vllm/paged-attention` → `/learn/vllm/paged-attention`. */
export function lessonPath(id: LessonId): string {
  return `/learn/${id}`;
}

/** Human title from the slug, used until the manifest supplies real titles. */
export function lessonLabel(id: LessonId): string {
  const slug = id.split('/')[1] ?? id;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

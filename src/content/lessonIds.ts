/**
 * The lessons the course plans, by id (`<module>/<lesson-slug>`, URL `/learn/<module>/<lesson-slug>`).
 * Glossary "taught in" links and knowledge checks are checked against this list.
 * It must equal the lessons planned in the course manifest (src/lessons/modules.ts); a test checks
 * that. It stays a literal list so that lesson ids are a type.
 */
import { MODULES } from '../lessons/modules.ts';

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

/** The lesson's title as the course manifest plans it. */
export function lessonLabel(id: LessonId): string {
  const [moduleSlug, slug] = id.split('/');
  const planned = MODULES.find((m) => m.slug === moduleSlug)?.lessons.find((l) => l.slug === slug);
  return planned?.title ?? id;
}

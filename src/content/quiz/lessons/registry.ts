/**
 * Knowledge checks by lesson id, each loaded on demand so a lesson page fetches only its own items.
 * The file for lesson `<module>/<slug>` is `./<module>--<slug>.ts`.
 */
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';
import type { LessonId } from '../../lessonIds.ts';

type Loader = () => Promise<{ default: KnowledgeCheckSet }>;

export const KNOWLEDGE_CHECKS: Readonly<Record<LessonId, Loader>> = {
  'overview/the-serving-stack': () => import('./overview--the-serving-stack.ts'),
  'vllm/kv-cache-memory': () => import('./vllm--kv-cache-memory.ts'),
  'vllm/paged-attention': () => import('./vllm--paged-attention.ts'),
  'vllm/continuous-batching': () => import('./vllm--continuous-batching.ts'),
  'vllm/chunked-prefill': () => import('./vllm--chunked-prefill.ts'),
  'vllm/preemption': () => import('./vllm--preemption.ts'),
  'vllm/tensor-parallelism': () => import('./vllm--tensor-parallelism.ts'),
  'vllm/quantization': () => import('./vllm--quantization.ts'),
  'vllm/lora': () => import('./vllm--lora.ts'),
  'vllm/speculative-decoding': () => import('./vllm--speculative-decoding.ts'),
  'llm-d/inference-gateway': () => import('./llm-d--inference-gateway.ts'),
  'llm-d/disaggregated-serving': () => import('./llm-d--disaggregated-serving.ts'),
  'llm-d/kv-cache-tiers': () => import('./llm-d--kv-cache-tiers.ts'),
  'kserve/inference-service': () => import('./kserve--inference-service.ts'),
  'kserve/autoscaling': () => import('./kserve--autoscaling.ts'),
  'kserve/storage': () => import('./kserve--storage.ts'),
  'kserve/monitoring': () => import('./kserve--monitoring.ts'),
  'kserve/security': () => import('./kserve--security.ts'),
  'patterns/choosing-an-architecture': () => import('./patterns--choosing-an-architecture.ts'),
  'deployment/deployment-path': () => import('./deployment--deployment-path.ts'),
};

/** Loads one lesson's knowledge check, or null when the lesson has none. */
export async function loadKnowledgeCheck(lesson: string): Promise<KnowledgeCheckSet | null> {
  const loader = (KNOWLEDGE_CHECKS as Readonly<Record<string, Loader | undefined>>)[lesson];
  return loader ? (await loader()).default : null;
}

/** Every knowledge check, for the quiz page's topic practice, tests and the stats tool. */
export async function loadAllKnowledgeChecks(): Promise<KnowledgeCheckSet[]> {
  return Promise.all(Object.values(KNOWLEDGE_CHECKS).map(async (load) => (await load()).default));
}

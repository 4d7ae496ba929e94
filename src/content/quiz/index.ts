/**
 * The hand-written quiz bank (by topic) and helpers to assemble it with the knowledge checks and the
 * generated glossary items.
 */
import { ARCHITECTURE_BANK } from './bank/architecture.ts';
import { GPU_BANK } from './bank/gpu.ts';
import { KSERVE_BANK } from './bank/kserve.ts';
import { KUBERNETES_BANK } from './bank/kubernetes.ts';
import { LLMD_BANK } from './bank/llm-d.ts';
import { METRICS_BANK } from './bank/metrics.ts';
import { MODELS_BANK } from './bank/models.ts';
import { VLLM_BANK } from './bank/vllm.ts';
import type { QuizItem } from '../../quiz/schema.ts';

export { KNOWLEDGE_CHECKS, loadAllKnowledgeChecks, loadKnowledgeCheck } from './lessons/registry.ts';

/** Hand-written items outside the lesson knowledge checks. */
export const QUIZ_BANK: readonly QuizItem[] = [
  ...VLLM_BANK,
  ...LLMD_BANK,
  ...KSERVE_BANK,
  ...KUBERNETES_BANK,
  ...GPU_BANK,
  ...METRICS_BANK,
  ...MODELS_BANK,
  ...ARCHITECTURE_BANK,
];

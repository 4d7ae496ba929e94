/** The hand-written quiz bank, by topic: every item outside the lesson knowledge checks. */
import type { QuizItem } from '../../../quiz/schema.ts';
import { ARCHITECTURE_BANK } from './architecture.ts';
import { GPU_BANK } from './gpu.ts';
import { KSERVE_BANK } from './kserve.ts';
import { KUBERNETES_BANK } from './kubernetes.ts';
import { LLMD_BANK } from './llm-d.ts';
import { METRICS_BANK } from './metrics.ts';
import { MODELS_BANK } from './models.ts';
import { VLLM_BANK } from './vllm.ts';

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

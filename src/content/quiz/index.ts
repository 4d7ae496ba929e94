/**
 * The quiz content: the hand-written bank and the lesson knowledge checks. The registry uses Vite's
 * `import.meta.glob`, so Node tools import `./bank/index.ts` directly instead of this file.
 */
export { QUIZ_BANK } from './bank/index.ts';
export { KNOWLEDGE_CHECKS, loadAllKnowledgeChecks, loadKnowledgeCheck, UNPLANNED_KNOWLEDGE_CHECK_FILES } from './lessons/registry.ts';

/**
 * Knowledge checks by lesson id, each loaded on demand so a lesson page fetches only its own items.
 * The file for lesson `<module>/<slug>` is `./<module>--<slug>.ts`; a new file is picked up by the
 * glob below with no edit here.
 */
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';
import { buildKnowledgeCheckRegistry, type KnowledgeCheckLoader } from './knowledgeCheckFiles.ts';

const registry = buildKnowledgeCheckRegistry(import.meta.glob<{ default: KnowledgeCheckSet }>('./*--*.ts'));

export const KNOWLEDGE_CHECKS = registry.checks;
/** Check files for lessons the plan does not have (tests fail on any). */
export const UNPLANNED_KNOWLEDGE_CHECK_FILES = registry.unplanned;

/** Loads one lesson's knowledge check, or null when the lesson has none. */
export async function loadKnowledgeCheck(lesson: string): Promise<KnowledgeCheckSet | null> {
  const loader = (KNOWLEDGE_CHECKS as Readonly<Record<string, KnowledgeCheckLoader | undefined>>)[lesson];
  return loader ? (await loader()).default : null;
}

/** Every knowledge check, for the quiz page's topic practice and tests. */
export async function loadAllKnowledgeChecks(): Promise<KnowledgeCheckSet[]> {
  return Promise.all(Object.values(KNOWLEDGE_CHECKS).map(async (load) => (await load()).default));
}

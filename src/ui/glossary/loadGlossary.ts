/**
 * Loads the glossary data on demand, once per page load, so components used inside lessons (Term,
 * KnowledgeCheck) do not pull it into the initial bundle.
 */
import type * as Glossary from '../../content/glossary/index.ts';

type GlossaryModule = typeof Glossary;

let pending: Promise<GlossaryModule> | null = null;

export function loadGlossary(): Promise<GlossaryModule> {
  pending ??= import('../../content/glossary/index.ts').catch((err: unknown) => {
    pending = null; // allow a retry, e.g. after coming back online
    throw err;
  });
  return pending;
}

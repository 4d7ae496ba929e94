/**
 * Turns the knowledge-check files found on disk (`./<module>--<slug>.ts`) into a registry keyed by
 * lesson id. Pure: the app passes Vite's `import.meta.glob`, the stats tool passes its own loaders.
 */
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';
import { isLessonId, type LessonId } from '../../lessonIds.ts';

export type KnowledgeCheckLoader = () => Promise<{ default: KnowledgeCheckSet }>;

export interface KnowledgeCheckRegistry {
  readonly checks: Readonly<Partial<Record<LessonId, KnowledgeCheckLoader>>>;
  /** Files whose name is not a planned lesson; a content test fails on any. */
  readonly unplanned: readonly string[];
}

const FILE_RE = /(?:^|\/)([a-z0-9-]+)--([a-z0-9-]+)\.ts$/;

/** The lesson id a file name stands for: `./vllm--lora.ts` → `vllm/lora`; null if it is not that form. */
export function lessonIdOfFile(path: string): string | null {
  const m = FILE_RE.exec(path);
  return m ? `${m[1]}/${m[2]}` : null;
}

export function buildKnowledgeCheckRegistry(files: Readonly<Record<string, KnowledgeCheckLoader>>): KnowledgeCheckRegistry {
  const checks: Partial<Record<LessonId, KnowledgeCheckLoader>> = {};
  const unplanned: string[] = [];
  // Plain code-unit order: the paths are ASCII, and localeCompare's first call loads a collator,
  // tens of milliseconds on a phone while a lesson page loads.
  for (const [path, load] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const id = lessonIdOfFile(path);
    if (id !== null && isLessonId(id)) checks[id] = load;
    else unplanned.push(path);
  }
  return { checks, unplanned };
}

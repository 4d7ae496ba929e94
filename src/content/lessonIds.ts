/**
 * Lesson ids (`<module>/<lesson-slug>`, URL `/learn/<module>/<lesson-slug>`) and helpers over them.
 * The ids and their type come from the course plan (./course/plan.ts), the only list of lessons;
 * glossary "taught in" links and knowledge checks are checked against it.
 */
import { LESSON_IDS, type LessonId, MODULES } from './course/plan.ts';

export { LESSON_IDS, type LessonId } from './course/plan.ts';

const known: ReadonlySet<string> = new Set(LESSON_IDS);

export function isLessonId(id: string): id is LessonId {
  return known.has(id);
}

/** URL path of a lesson: `vllm/paged-attention` → `/learn/vllm/paged-attention`. */
export function lessonPath(id: LessonId): string {
  return `/learn/${id}`;
}

/** The lesson's title as the course plan names it. */
export function lessonLabel(id: LessonId): string {
  const [moduleSlug, slug] = id.split('/');
  const planned = MODULES.find((m) => m.slug === moduleSlug)?.lessons.find((l) => l.slug === slug);
  return planned?.title ?? id;
}

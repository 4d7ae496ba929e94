/**
 * The course as the app sees it: the plan (src/content/course/plan.ts) joined with the lesson files
 * found on disk. A lesson is "written" when its MDX file exists (src/lessons/NN-module/NN-slug.mdx);
 * until then the course map shows it as coming soon and no route renders an empty page for it.
 */
import { lessonFiles } from 'virtual:lesson-index';
import type { Frontmatter } from '../content/course/frontmatter.ts';
import { MODULES, type ModuleDef } from '../content/course/plan.ts';

export { LEARNING_PATHS, type LearningPath, MODULES, type ModuleDef, type ModuleSlug } from '../content/course/plan.ts';

/** A lesson as the app sees it: planned, and written if its file exists. */
export interface Lesson {
  /** `module/slug`, the key for progress and the URL. */
  readonly id: string;
  readonly module: ModuleDef;
  readonly slug: string;
  readonly title: string;
  /** Present when the lesson is written. */
  readonly frontmatter?: Frontmatter;
  /** Import key of the MDX file, e.g. `./01-overview/01-the-serving-stack.mdx`. */
  readonly file?: string;
}

/** Builds the course from the manifest and the lesson files; throws on any mismatch. */
export function buildCourse(files: typeof lessonFiles): Lesson[] {
  const lessons: Lesson[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const mod = MODULES.find((m) => `${m.number}-${m.slug}` === f.moduleDir);
    if (!mod) throw new Error(`Lesson folder ${f.moduleDir} matches no module in the course manifest`);
    const slug = f.file.slice(3);
    if (!mod.lessons.some((l) => l.slug === slug)) throw new Error(`Lesson ${f.moduleDir}/${f.file}.mdx is not planned in module ${mod.slug}`);
    seen.add(`${mod.slug}/${slug}`);
  }
  for (const mod of MODULES) {
    mod.lessons.forEach((planned, i) => {
      const id = `${mod.slug}/${planned.slug}`;
      const file = files.find((f) => f.moduleDir === `${mod.number}-${mod.slug}` && f.file.slice(3) === planned.slug);
      if (file && file.file.slice(0, 2) !== String(i + 1).padStart(2, '0')) {
        throw new Error(`Lesson file ${file.moduleDir}/${file.file}.mdx should be numbered ${String(i + 1).padStart(2, '0')}`);
      }
      lessons.push(
        file
          ? { id, module: mod, slug: planned.slug, title: file.frontmatter.title, frontmatter: file.frontmatter, file: `./${file.moduleDir}/${file.file}.mdx` }
          : { id, module: mod, slug: planned.slug, title: planned.title },
      );
    });
  }
  return lessons;
}

export const COURSE: readonly Lesson[] = buildCourse(lessonFiles);

export function findModule(slug: string): ModuleDef | undefined {
  return MODULES.find((m) => m.slug === slug);
}

export function findLesson(moduleSlug: string, lessonSlug: string): Lesson | undefined {
  return COURSE.find((l) => l.module.slug === moduleSlug && l.slug === lessonSlug);
}

/** Written lessons in reading order; previous/next navigation walks this list. */
export const WRITTEN: readonly Lesson[] = COURSE.filter((l) => l.file !== undefined);

export function neighbours(id: string): { prev?: Lesson; next?: Lesson } {
  const i = WRITTEN.findIndex((l) => l.id === id);
  if (i < 0) return {};
  const prev = WRITTEN[i - 1];
  const next = WRITTEN[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

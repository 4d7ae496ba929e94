/**
 * Course progress and settings, persisted in the browser with versioned migrations.
 * Quiz and spaced-repetition progress has its own persisted store (src/state/quizStore.ts) built
 * on the same machinery, so each can evolve its format without touching the other.
 */
import * as v from 'valibot';
import { useStore } from 'zustand';
import { createPersistedStore, type Migration, type PersistedOptions } from './persisted.ts';

const LessonProgressSchema = v.object({
  /** First time the lesson was opened (ms since epoch). */
  firstVisitAt: v.number(),
  lastVisitAt: v.number(),
  /** Furthest the reader scrolled, 0..1. */
  readFraction: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  completedAt: v.optional(v.number()),
});

export const ThemeSchema = v.picklist(['light', 'dark', 'system']);
export const PathSchema = v.picklist(['beginner', 'ml', 'platform']);

export const ProgressSchema = v.object({
  /** Keyed by lesson id, `module/lesson`. */
  lessons: v.record(v.string(), LessonProgressSchema),
  lastLesson: v.optional(v.string()),
  settings: v.object({
    theme: ThemeSchema,
    path: v.optional(PathSchema),
  }),
});

export type LessonProgress = v.InferOutput<typeof LessonProgressSchema>;
export type Progress = v.InferOutput<typeof ProgressSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type LearningPathId = v.InferOutput<typeof PathSchema>;

export const PROGRESS_KEY = 'serving-lab:progress';
export const PROGRESS_VERSION = 2;

/**
 * Format history:
 * 1 — `{ visited: string[], theme }` (lesson ids only, no reading fraction).
 * 2 — per-lesson records with reading fraction and completion; settings grouped.
 */
/** What each older format stored; a save that does not match is set aside, not migrated. */
export const progressFormats: Record<number, v.GenericSchema> = {
  1: v.object({ visited: v.array(v.string()), theme: v.optional(ThemeSchema) }),
};

export const progressMigrations: Record<number, Migration> = {
  1: (old) => {
    const o = (old ?? {}) as { visited?: unknown; theme?: unknown };
    const visited = Array.isArray(o.visited) ? o.visited.filter((x): x is string => typeof x === 'string') : [];
    const lessons: Progress['lessons'] = {};
    for (const id of visited) lessons[id] = { firstVisitAt: 0, lastVisitAt: 0, readFraction: 0 };
    const theme = o.theme === 'light' || o.theme === 'dark' ? o.theme : 'system';
    return { lessons, settings: { theme } };
  },
};

export const progressOptions: PersistedOptions<Progress> = {
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  migrations: progressMigrations,
  formats: progressFormats,
  schema: ProgressSchema,
  initial: () => ({ lessons: {}, settings: { theme: 'system' } }),
  label: 'course progress',
};

export const progressStore = createPersistedStore(progressOptions);

export function useProgress<T>(select: (p: Progress) => T): T {
  return useStore(progressStore, select);
}

/** Records a visit to a lesson and makes it the one to continue from. */
export function markLessonVisited(id: string, now = Date.now()): void {
  const s = progressStore.getState();
  const prev = s.lessons[id];
  progressStore.setState({
    lessons: { ...s.lessons, [id]: prev ? { ...prev, lastVisitAt: now } : { firstVisitAt: now, lastVisitAt: now, readFraction: 0 } },
    lastLesson: id,
  });
}

/** Raises a lesson's read fraction (never lowers it); reaching the end marks it complete. */
export function markLessonRead(id: string, fraction: number, now = Date.now()): void {
  const s = progressStore.getState();
  const prev = s.lessons[id] ?? { firstVisitAt: now, lastVisitAt: now, readFraction: 0 };
  const f = Math.min(1, Math.max(prev.readFraction, fraction));
  if (f === prev.readFraction && (prev.completedAt !== undefined || f < 1)) return;
  const completedAt = prev.completedAt ?? (f >= 1 ? now : undefined);
  progressStore.setState({ lessons: { ...s.lessons, [id]: completedAt === undefined ? { ...prev, readFraction: f } : { ...prev, readFraction: f, completedAt } } });
}

export function setTheme(theme: Theme): void {
  progressStore.setState({ settings: { ...progressStore.getState().settings, theme } });
}

export function setLearningPath(path: LearningPathId): void {
  progressStore.setState({ settings: { ...progressStore.getState().settings, path } });
}

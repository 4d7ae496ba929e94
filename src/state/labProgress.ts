/**
 * Lab challenge progress, saved in the browser under its own key with the same versioned,
 * validated machinery as course progress (src/state/persisted.ts): a save that cannot be read is
 * set aside under a quarantine key and reported with a download, never silently dropped.
 */
import * as v from 'valibot';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { createPersistedStore, type PersistedOptions } from './persisted.ts';

const ChallengeProgressSchema = v.object({
  /** Graded runs. */
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** First time a run passed (ms since epoch); absent until then. */
  passedAt: v.optional(v.number()),
  /** The best score among passing runs, in the goal metric's unit. */
  bestScore: v.optional(v.pipe(v.number(), v.finite())),
  /** Par when the best score was set, so "best vs par" can be shown before anything reruns. */
  par: v.optional(v.pipe(v.number(), v.finite())),
  /** The goal metric's direction, so a backup merge can tell the better of two best scores. */
  better: v.optional(v.picklist(['lower', 'higher'])),
  lastAttemptAt: v.number(),
});

export const LabProgressSchema = v.object({
  /** Keyed by challenge id. */
  challenges: v.record(v.string(), ChallengeProgressSchema),
});

export type ChallengeProgress = v.InferOutput<typeof ChallengeProgressSchema>;
export type LabProgress = v.InferOutput<typeof LabProgressSchema>;

export const LAB_PROGRESS_KEY = 'serving-lab:lab-progress';
/** Format history: 1 — per-challenge attempts, first pass, best passing score and par. */
export const LAB_PROGRESS_VERSION = 1;

export const labProgressOptions: PersistedOptions<LabProgress> = {
  key: LAB_PROGRESS_KEY,
  version: LAB_PROGRESS_VERSION,
  migrations: {},
  formats: {},
  schema: LabProgressSchema,
  initial: () => ({ challenges: {} }),
  label: 'Lab challenge progress',
};

let store: StoreApi<LabProgress> | null = null;

/** The Lab progress store, loaded from localStorage on first use. */
export function labProgressStore(): StoreApi<LabProgress> {
  store ??= createPersistedStore(labProgressOptions);
  return store;
}

/** Forgets the loaded store so the next use reads storage again (tests). */
export function resetLabProgressStoreForTests(): void {
  store = null;
}

export function useLabProgress<T>(select: (p: LabProgress) => T): T {
  return useStore(labProgressStore(), select);
}

/** One graded run's result. */
export interface GradedAttempt {
  readonly passed: boolean;
  readonly score: number;
  /** Whether `a` is a better score than `b` (the goal metric's direction). */
  readonly better: (a: number, b: number) => boolean;
  /** The same direction, in words (saved with the best score). */
  readonly direction?: 'lower' | 'higher';
  readonly par: number | null;
}

/** Pure update: the progress after a graded run of a challenge. */
export function withAttempt(p: LabProgress, id: string, a: GradedAttempt, now: number): LabProgress {
  const prev: ChallengeProgress = p.challenges[id] ?? { attempts: 0, lastAttemptAt: now };
  let next: ChallengeProgress = { ...prev, attempts: prev.attempts + 1, lastAttemptAt: now };
  if (a.passed && Number.isFinite(a.score)) {
    if (next.passedAt === undefined) next = { ...next, passedAt: now };
    if (next.bestScore === undefined || a.better(a.score, next.bestScore)) next = { ...next, bestScore: a.score, ...(a.par === null ? {} : { par: a.par }), ...(a.direction ? { better: a.direction } : {}) };
  }
  return { challenges: { ...p.challenges, [id]: next } };
}

/** Records a graded run. */
export function recordAttempt(id: string, a: GradedAttempt, now = Date.now()): void {
  const s = labProgressStore();
  s.setState(withAttempt(s.getState(), id, a, now), true);
}

/**
 * Export and import of all learner data (course progress, quiz progress, the deployment
 * checklist and plan, and Lab challenge progress) as one JSON file.
 *
 * Import validates the whole file first (format, version, each part through its own migrations and schema)
 * and only then merges. Merging never replaces newer data with older: per lesson and per card the more
 * recent record wins, counters take the larger value. A bad file changes nothing.
 */
import * as v from 'valibot';
import { deploymentOptions, deploymentStore, type DeploymentState } from './deploymentStore.ts';
import { labProgressOptions, labProgressStore, type ChallengeProgress, type LabProgress } from './labProgress.ts';
import { decodePersisted, type PersistedOptions } from './persisted.ts';
import { progressOptions, progressStore, type Progress } from './progressStore.ts';
import { quizOptions, quizStore, type QuizState } from './quizStore.ts';

export const BACKUP_FORMAT = 'serving-lab-backup';
export const BACKUP_VERSION = 1;

const PartSchema = v.object({ version: v.pipe(v.number(), v.integer(), v.minValue(1)), state: v.unknown() });
const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer()),
  exportedAt: v.optional(v.string()),
  progress: v.optional(PartSchema),
  quiz: v.optional(PartSchema),
  deployment: v.optional(PartSchema),
  lab: v.optional(PartSchema),
});

export interface BackupData {
  readonly progress: Progress;
  readonly quiz: QuizState;
  /** Absent in files from before the deployment module. */
  readonly deployment?: DeploymentState;
  /** Absent in files from before Lab challenges were saved in backups. */
  readonly lab?: LabProgress;
}

export type ParseResult =
  | { readonly ok: true; readonly progress?: Progress; readonly quiz?: QuizState; readonly deployment?: DeploymentState; readonly lab?: LabProgress }
  | { readonly ok: false; readonly reason: string };

export type ImportResult = { readonly ok: true; readonly summary: string } | { readonly ok: false; readonly reason: string };

/** The backup file's content for the given data. */
export function serializeBackup(data: BackupData, now = Date.now()): string {
  return JSON.stringify(
    {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(now).toISOString(),
      progress: { version: progressOptions.version, state: data.progress },
      quiz: { version: quizOptions.version, state: data.quiz },
      ...(data.deployment ? { deployment: { version: deploymentOptions.version, state: data.deployment } } : {}),
      ...(data.lab ? { lab: { version: labProgressOptions.version, state: data.lab } } : {}),
    },
    null,
    2,
  );
}

/** Reads and validates a backup file without touching any store. */
export function parseBackup(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'This is not a Serving Lab progress file (the "format" field is missing or different).' };
  }
  const env = v.safeParse(BackupSchema, raw);
  if (!env.success) {
    const issue = env.issues[0];
    return { ok: false, reason: `The file's ${issue ? (v.getDotPath(issue) ?? 'structure') : 'structure'} is not in the form Serving Lab writes${issue?.received && issue.received !== 'undefined' ? ` (it holds ${issue.received.slice(0, 40)})` : ' (it is missing)'}.` };
  }
  if (env.output.version > BACKUP_VERSION) {
    return { ok: false, reason: `The file was exported by a newer version of Serving Lab (backup format ${env.output.version}; this one reads up to ${BACKUP_VERSION}).` };
  }
  if (!env.output.progress && !env.output.quiz && !env.output.deployment && !env.output.lab) return { ok: false, reason: 'The file contains no progress data.' };
  const progress = env.output.progress ? decodePart(env.output.progress, progressOptions, 'course progress') : undefined;
  if (progress && !progress.ok) return progress;
  const quiz = env.output.quiz ? decodePart(env.output.quiz, quizOptions, 'quiz progress') : undefined;
  if (quiz && !quiz.ok) return quiz;
  const deployment = env.output.deployment ? decodePart(env.output.deployment, deploymentOptions, 'deployment checklist') : undefined;
  if (deployment && !deployment.ok) return deployment;
  const lab = env.output.lab ? decodePart(env.output.lab, labProgressOptions, 'Lab challenge progress') : undefined;
  if (lab && !lab.ok) return lab;
  return {
    ok: true,
    ...(progress?.ok ? { progress: progress.state } : {}),
    ...(quiz?.ok ? { quiz: quiz.state } : {}),
    ...(deployment?.ok ? { deployment: deployment.state } : {}),
    ...(lab?.ok ? { lab: lab.state } : {}),
  };
}

function decodePart<S>(part: { version: number; state: unknown }, opts: PersistedOptions<S>, label: string): { ok: true; state: S } | { ok: false; reason: string } {
  const decoded = decodePersisted(JSON.stringify(part), opts);
  if (!decoded.ok) return { ok: false, reason: `Its ${label} could not be read: ${decoded.reason}.` };
  return { ok: true, state: decoded.state };
}

/** Merges imported course progress into the current one; newer records win, settings stay as they are. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const lessons = { ...current.lessons };
  for (const [id, inc] of Object.entries(incoming.lessons)) {
    const cur = lessons[id];
    if (!cur) {
      lessons[id] = inc;
      continue;
    }
    const completedAt = minDefined(cur.completedAt, inc.completedAt);
    lessons[id] = {
      firstVisitAt: Math.min(cur.firstVisitAt, inc.firstVisitAt) || Math.max(cur.firstVisitAt, inc.firstVisitAt),
      lastVisitAt: Math.max(cur.lastVisitAt, inc.lastVisitAt),
      readFraction: Math.max(cur.readFraction, inc.readFraction),
      ...(completedAt !== undefined ? { completedAt } : {}),
    };
  }
  const visitOf = (id: string | undefined) => (id ? (lessons[id]?.lastVisitAt ?? -1) : -1);
  const lastLesson = visitOf(incoming.lastLesson) > visitOf(current.lastLesson) ? incoming.lastLesson : (current.lastLesson ?? incoming.lastLesson);
  return { lessons, settings: current.settings, ...(lastLesson !== undefined ? { lastLesson } : {}) };
}

/** Merges an imported deployment checklist: a step ticked on either device stays ticked (the earlier tick kept); this device's plan choices stay. */
export function mergeDeployment(current: DeploymentState, incoming: DeploymentState): DeploymentState {
  const done = { ...current.done };
  for (const [id, at] of Object.entries(incoming.done)) done[id] = Math.min(done[id] ?? at, at);
  return { done, choices: current.choices };
}

/**
 * Merges imported Lab progress per challenge: attempts take the larger count, the earlier first
 * pass is kept, and the better of the two best scores wins (with its par), in the direction
 * saved with it (lower is better when neither record says).
 */
export function mergeLab(current: LabProgress, incoming: LabProgress): LabProgress {
  const challenges: Record<string, ChallengeProgress> = { ...current.challenges };
  for (const [id, inc] of Object.entries(incoming.challenges)) {
    const cur = challenges[id];
    if (!cur) {
      challenges[id] = inc;
      continue;
    }
    const passedAt = minDefined(cur.passedAt, inc.passedAt);
    const higher = (inc.better ?? cur.better) === 'higher';
    const incBetter = (a: number, b: number) => (higher ? a > b : a < b);
    const best = cur.bestScore === undefined ? inc : inc.bestScore === undefined ? cur : incBetter(inc.bestScore, cur.bestScore) ? inc : cur;
    challenges[id] = {
      attempts: Math.max(cur.attempts, inc.attempts),
      lastAttemptAt: Math.max(cur.lastAttemptAt, inc.lastAttemptAt),
      ...(passedAt !== undefined ? { passedAt } : {}),
      ...(best.bestScore !== undefined ? { bestScore: best.bestScore } : {}),
      ...(best.par !== undefined ? { par: best.par } : {}),
      ...((best.better ?? cur.better ?? inc.better) ? { better: best.better ?? cur.better ?? inc.better } : {}),
    };
  }
  return { challenges };
}

/** Merges imported quiz progress: per card the later review wins; counters take the larger value. */
export function mergeQuiz(current: QuizState, incoming: QuizState): QuizState {
  const cards = { ...current.cards };
  for (const [id, inc] of Object.entries(incoming.cards)) {
    const cur = cards[id];
    if (!cur) cards[id] = inc;
    else {
      const a = cur.last_review ?? -1;
      const b = inc.last_review ?? -1;
      if (b > a || (b === a && inc.reps > cur.reps)) cards[id] = inc;
    }
  }
  const attempts = { ...current.attempts };
  for (const [id, inc] of Object.entries(incoming.attempts)) {
    const cur = attempts[id];
    if (!cur) attempts[id] = inc;
    else {
      const newer = inc.lastAt > cur.lastAt ? inc : cur;
      attempts[id] = {
        correct: Math.max(cur.correct, inc.correct),
        wrong: Math.max(cur.wrong, inc.wrong),
        shown: Math.max(cur.shown, inc.shown),
        lastAt: newer.lastAt,
        ...(newer.last ? { last: newer.last } : {}),
      };
    }
  }
  const days = { ...current.days };
  for (const [k, n] of Object.entries(incoming.days)) days[k] = Math.max(days[k] ?? 0, n);
  return { cards, attempts, days };
}

/** The current learner data, as a backup file's content. */
export function exportBackup(now = Date.now()): string {
  return serializeBackup({ progress: progressStore.getState(), quiz: quizStore.getState(), deployment: deploymentStore.getState(), lab: labProgressStore().getState() }, now);
}

/** A file name for today's backup. */
export function backupFilename(now = Date.now()): string {
  return `serving-lab-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Validates, merges and saves a backup file; on any problem nothing changes. */
export function importBackup(text: string): ImportResult {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const before = { lessons: Object.keys(progressStore.getState().lessons).length, cards: Object.keys(quizStore.getState().cards).length };
  const progress = parsed.progress ? mergeProgress(progressStore.getState(), parsed.progress) : null;
  const quiz = parsed.quiz ? mergeQuiz(quizStore.getState(), parsed.quiz) : null;
  const deployment = parsed.deployment ? mergeDeployment(deploymentStore.getState(), parsed.deployment) : null;
  const lab = parsed.lab ? mergeLab(labProgressStore().getState(), parsed.lab) : null;
  if (progress) progressStore.setState(progress, true);
  if (quiz) quizStore.setState(quiz, true);
  if (deployment) deploymentStore.setState(deployment, true);
  if (lab) labProgressStore().setState(lab, true);
  const addedLessons = Object.keys(progressStore.getState().lessons).length - before.lessons;
  const addedCards = Object.keys(quizStore.getState().cards).length - before.cards;
  return {
    ok: true,
    summary: `Progress imported and merged: ${addedLessons} new lesson record${addedLessons === 1 ? '' : 's'}, ${addedCards} new term card${addedCards === 1 ? '' : 's'}; newer records on this device were kept.`,
  };
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

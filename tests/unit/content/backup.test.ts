import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, importBackup, mergeProgress, mergeQuiz, parseBackup, serializeBackup } from '../../../src/state/backup.ts';
import { progressOptions, progressStore, type Progress } from '../../../src/state/progressStore.ts';
import { applyOutcome, quizOptions, quizStore, type QuizState } from '../../../src/state/quizStore.ts';
import { V1_SAMPLE } from './fixtures.ts';

const t0 = new Date(2026, 10, 2, 9).getTime();

function currentProgress(): Progress {
  return {
    lessons: {
      'vllm/paged-attention': { firstVisitAt: 100, lastVisitAt: 5000, readFraction: 0.9 },
      'overview/the-serving-stack': { firstVisitAt: 50, lastVisitAt: 4000, readFraction: 1, completedAt: 3900 },
    },
    lastLesson: 'vllm/paged-attention',
    settings: { theme: 'dark' },
  };
}

function currentQuiz(): QuizState {
  return applyOutcome(applyOutcome(quizOptions.initial(), 'q1', ['ttft'], 'correct', t0), 'q1', ['ttft'], 'correct', t0 + 86_400_000);
}

beforeEach(() => {
  progressStore.setState(currentProgress(), true);
  quizStore.setState(currentQuiz(), true);
});

const snapshot = () => JSON.stringify({ p: progressStore.getState(), q: quizStore.getState() });

describe('backup export and import', () => {
  it('round-trips an export', () => {
    const text = serializeBackup({ progress: progressStore.getState(), quiz: quizStore.getState() }, t0);
    const parsed = parseBackup(text);
    expect(parsed).toEqual({ ok: true, progress: progressStore.getState(), quiz: quizStore.getState() });
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['another app’s file', JSON.stringify({ hello: 'world' }), /not a Serving Lab progress file/],
    ['a newer backup format', JSON.stringify({ format: BACKUP_FORMAT, version: 99, quiz: { version: 2, state: {} } }), /newer version of Serving Lab/],
    ['no data', JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), /no progress data/],
    ['a broken part envelope', JSON.stringify({ format: BACKUP_FORMAT, version: 1, quiz: { state: {} } }), /quiz\.version/],
    [
      'an invalid quiz record',
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, quiz: { version: 2, state: { cards: { ttft: { due: 'tomorrow' } }, attempts: {}, days: {} } } }),
      /quiz progress could not be read: field cards\.ttft/,
    ],
    [
      'quiz data from a newer app version',
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, quiz: { version: 9, state: {} } }),
      /quiz progress could not be read: it was saved by a newer version/,
    ],
    [
      'invalid course progress',
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, progress: { version: 2, state: { lessons: { x: { readFraction: 7 } }, settings: { theme: 'light' } } } }),
      /course progress could not be read/,
    ],
  ])('refuses %s with a message naming the problem and changes nothing', (_label, text, message) => {
    const before = snapshot();
    const r = importBackup(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(message);
    expect(snapshot()).toBe(before);
  });

  it('refuses the whole file if one part is bad, even when the other is good', () => {
    const before = snapshot();
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      progress: { version: 2, state: { lessons: { 'kserve/storage': { firstVisitAt: 1, lastVisitAt: 2, readFraction: 0.5 } }, settings: { theme: 'light' } } },
      quiz: { version: 2, state: { cards: 'oops', attempts: {}, days: {} } },
    });
    expect(importBackup(text).ok).toBe(false);
    expect(snapshot()).toBe(before);
  });

  it('imports and migrates an older quiz format', () => {
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: 1, quiz: { version: 1, state: V1_SAMPLE } });
    const r = importBackup(text);
    expect(r.ok).toBe(true);
    expect(quizStore.getState().cards['kv-cache']).toBeDefined();
    // The newer local card for ttft (reviewed twice in Nov 2026) is kept over the migrated Leitner one.
    expect(quizStore.getState().cards.ttft).toEqual(currentQuiz().cards.ttft);
  });

  it('merges without replacing newer progress with older', () => {
    const older: Progress = {
      lessons: {
        'vllm/paged-attention': { firstVisitAt: 10, lastVisitAt: 200, readFraction: 0.3 },
        'kserve/storage': { firstVisitAt: 20, lastVisitAt: 300, readFraction: 0.5 },
      },
      lastLesson: 'kserve/storage',
      settings: { theme: 'light' },
    };
    const merged = mergeProgress(currentProgress(), older);
    expect(merged.lessons['vllm/paged-attention']).toEqual({ firstVisitAt: 10, lastVisitAt: 5000, readFraction: 0.9 });
    expect(merged.lessons['kserve/storage']).toEqual(older.lessons['kserve/storage']);
    expect(merged.lessons['overview/the-serving-stack']?.completedAt).toBe(3900);
    expect(merged.lastLesson).toBe('vllm/paged-attention');
    expect(merged.settings.theme).toBe('dark');
  });

  it('keeps the more recent card and the larger counters', () => {
    const cur = currentQuiz();
    const old = applyOutcome(quizOptions.initial(), 'q1', ['ttft', 'itl'], 'wrong', t0 - 86_400_000);
    const merged = mergeQuiz(cur, old);
    expect(merged.cards.ttft).toEqual(cur.cards.ttft);
    expect(merged.cards.itl).toEqual(old.cards.itl);
    expect(merged.attempts.q1).toMatchObject({ correct: 2, wrong: 1, lastAt: cur.attempts.q1?.lastAt });
    expect(mergeQuiz(merged, merged)).toEqual(merged);
  });

  it('a successful import merges into the stores and reports what it added', () => {
    const incoming = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      progress: { version: progressOptions.version, state: { lessons: { 'kserve/storage': { firstVisitAt: 1, lastVisitAt: 2, readFraction: 0.5 } }, settings: { theme: 'light' } } },
    });
    const r = importBackup(incoming);
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(r.summary).toMatch(/1 new lesson record/);
    expect(Object.keys(progressStore.getState().lessons)).toContain('kserve/storage');
    expect(progressStore.getState().settings.theme).toBe('dark');
  });
});

describe('the deployment checklist in a backup', () => {
  it('round-trips, merges ticks from both devices (earlier tick kept) and keeps this device’s plan', async () => {
    const { deploymentOptions, deploymentStore } = await import('../../../src/state/deploymentStore.ts');
    const { exportBackup, mergeDeployment } = await import('../../../src/state/backup.ts');
    const here = { done: { 'cert-manager': 500 }, choices: { ...deploymentOptions.initial().choices, namespace: 'here' } };
    const there = { done: { 'cert-manager': 300, 'kserve-standard-helm': 900 }, choices: { ...deploymentOptions.initial().choices, namespace: 'there' } };
    expect(mergeDeployment(here, there)).toEqual({ done: { 'cert-manager': 300, 'kserve-standard-helm': 900 }, choices: here.choices });
    deploymentStore.setState(there, true);
    const file = exportBackup(t0);
    deploymentStore.setState(here, true);
    expect(importBackup(file).ok).toBe(true);
    expect(deploymentStore.getState()).toEqual({ done: { 'cert-manager': 300, 'kserve-standard-helm': 900 }, choices: here.choices });
  });

  it('refuses a damaged deployment part, naming it, and changes nothing', async () => {
    const { deploymentStore } = await import('../../../src/state/deploymentStore.ts');
    const before = JSON.stringify(deploymentStore.getState());
    const r = importBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, deployment: { version: 1, state: { done: { a: 'x' }, choices: {} } } }));
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/deployment checklist could not be read/) });
    expect(JSON.stringify(deploymentStore.getState())).toBe(before);
  });
});

describe('Lab challenge progress in a backup', () => {
  it('round-trips and merges per challenge: more attempts, the earlier pass, the better best score in its own direction', async () => {
    const { labProgressStore } = await import('../../../src/state/labProgress.ts');
    const { exportBackup, mergeLab } = await import('../../../src/state/backup.ts');
    const here = {
      challenges: {
        'chat-fewest-gpus': { attempts: 5, passedAt: 900, bestScore: 4, par: 4, better: 'lower' as const, lastAttemptAt: 1000 },
        'pd-summarize-at-load': { attempts: 2, passedAt: 500, bestScore: 0.97, par: 0.98, better: 'higher' as const, lastAttemptAt: 600 },
      },
    };
    const there = {
      challenges: {
        'chat-fewest-gpus': { attempts: 3, passedAt: 700, bestScore: 6, par: 4, better: 'lower' as const, lastAttemptAt: 1200 },
        'pd-summarize-at-load': { attempts: 4, passedAt: 800, bestScore: 0.99, par: 0.98, better: 'higher' as const, lastAttemptAt: 900 },
        'diurnal-gpu-hours': { attempts: 1, lastAttemptAt: 50 },
      },
    };
    const merged = mergeLab(here, there);
    expect(merged.challenges['chat-fewest-gpus']).toEqual({ attempts: 5, passedAt: 700, bestScore: 4, par: 4, better: 'lower', lastAttemptAt: 1200 });
    expect(merged.challenges['pd-summarize-at-load']).toEqual({ attempts: 4, passedAt: 500, bestScore: 0.99, par: 0.98, better: 'higher', lastAttemptAt: 900 });
    expect(merged.challenges['diurnal-gpu-hours']).toEqual({ attempts: 1, lastAttemptAt: 50 });
    labProgressStore().setState(there, true);
    const file = exportBackup(t0);
    expect(JSON.parse(file).lab).toEqual({ version: 1, state: there });
    labProgressStore().setState(here, true);
    expect(importBackup(file).ok).toBe(true);
    expect(labProgressStore().getState()).toEqual(merged);
  });

  it('refuses a damaged Lab part, naming it, and changes nothing', async () => {
    const { labProgressStore } = await import('../../../src/state/labProgress.ts');
    const before = JSON.stringify(labProgressStore().getState());
    const r = importBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, lab: { version: 1, state: { challenges: { x: { attempts: -1 } } } } }));
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/Lab challenge progress could not be read/) });
    expect(JSON.stringify(labProgressStore().getState())).toBe(before);
  });
});

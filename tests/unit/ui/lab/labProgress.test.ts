/**
 * Lab challenge progress in the browser: its own key, a format version, validation; a save that
 * cannot be read (corrupt JSON, a bad field, a newer or unknown format) is set aside under a
 * quarantine key and reported with a download, never silently dropped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../src/state/notices.ts';
import { createPersistedStore, decodePersisted, encodePersisted } from '../../../../src/state/persisted.ts';
import { LAB_PROGRESS_KEY, LAB_PROGRESS_VERSION, labProgressOptions, withAttempt, type LabProgress } from '../../../../src/state/labProgress.ts';
import { PROGRESS_KEY } from '../../../../src/state/progressStore.ts';

function memoryStorage(entries: Record<string, string> = {}): Storage {
  const m = new Map(Object.entries(entries));
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

const lower = (a: number, b: number) => a < b;
const valid: LabProgress = { challenges: { 'chat-fewest-gpus': { attempts: 3, passedAt: 5, bestScore: 4, par: 4, lastAttemptAt: 9 } } };

beforeEach(() => noticeStore.setState({ notices: [] }));

describe('Lab progress', () => {
  it('has its own key, apart from course progress, and a version', () => {
    expect(LAB_PROGRESS_KEY).toBe('serving-lab:lab-progress');
    expect(LAB_PROGRESS_KEY).not.toBe(PROGRESS_KEY);
    expect(LAB_PROGRESS_VERSION).toBe(1);
  });

  it('reads back what it saved', () => {
    const storage = memoryStorage({ [LAB_PROGRESS_KEY]: encodePersisted(valid, LAB_PROGRESS_VERSION) });
    const store = createPersistedStore(labProgressOptions, storage);
    expect(store.getState()).toEqual(valid);
    store.setState(withAttempt(store.getState(), 'tiered-rag', { passed: false, score: 0.6, par: 0.48, better: lower }, 10), true);
    expect(JSON.parse(storage.getItem(LAB_PROGRESS_KEY) ?? '')).toMatchObject({ version: 1, state: { challenges: { 'tiered-rag': { attempts: 1, lastAttemptAt: 10 } } } });
    expect(noticeStore.getState().notices).toEqual([]);
  });

  it('keeps the first pass and the best passing score in the goal’s direction', () => {
    let p: LabProgress = { challenges: {} };
    p = withAttempt(p, 'x', { passed: false, score: 2, par: 4, better: lower }, 1);
    expect(p.challenges['x']).toEqual({ attempts: 1, lastAttemptAt: 1 });
    p = withAttempt(p, 'x', { passed: true, score: 6, par: 4, better: lower }, 2);
    p = withAttempt(p, 'x', { passed: true, score: 8, par: 4, better: lower }, 3);
    expect(p.challenges['x']).toEqual({ attempts: 3, passedAt: 2, bestScore: 6, par: 4, lastAttemptAt: 3 });
    p = withAttempt(p, 'x', { passed: true, score: 4, par: 4, better: lower }, 4);
    expect(p.challenges['x']?.bestScore).toBe(4);
  });

  for (const [what, raw, reason] of [
    ['corrupt JSON', '{"version":1,"state":{"challenges":', /not valid JSON/],
    ['a bad field', JSON.stringify({ version: 1, state: { challenges: { a: { attempts: -2, lastAttemptAt: 0 } } } }), /field challenges\.a\.attempts is invalid/],
    ['a newer format', JSON.stringify({ version: 2, state: { challenges: {} } }), /newer version/],
    ['an unknown older format', JSON.stringify({ version: 0, state: [] }), /format 0 is not one this version/],
  ] as const) {
    it(`sets aside ${what}, reports it with a download, and starts fresh`, () => {
      expect(decodePersisted(raw, labProgressOptions)).toMatchObject({ ok: false, state: { challenges: {} } });
      const storage = memoryStorage({ [LAB_PROGRESS_KEY]: raw });
      const store = createPersistedStore(labProgressOptions, storage);
      expect(store.getState()).toEqual({ challenges: {} });
      const kept = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((k) => k.startsWith(`${LAB_PROGRESS_KEY}:unreadable:`));
      expect(kept).toHaveLength(1);
      expect(storage.getItem(kept[0] as string)).toBe(raw);
      expect(storage.getItem(LAB_PROGRESS_KEY)).toBeNull();
      const notice = noticeStore.getState().notices.find((n) => n.id === `unreadable:${LAB_PROGRESS_KEY}`);
      expect(notice?.message).toMatch(/Lab challenge progress could not be read/);
      expect(notice?.message).toMatch(reason);
      expect(notice?.download?.content).toBe(raw);
    });
  }
});

import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../src/state/notices.ts';
import { createPersistedStore, decodePersisted, encodePersisted, type PersistedOptions } from '../../../../src/state/persisted.ts';
import { PROGRESS_KEY, PROGRESS_VERSION, progressOptions } from '../../../../src/state/progressStore.ts';
import { quizOptions } from '../../../../src/state/quizStore.ts';

const opts: PersistedOptions<{ n: number; tags: string[] }> = {
  key: 'test:thing',
  version: 3,
  migrations: {
    1: (old) => {
      const { count } = old as { count: number };
      if (count < 0) throw new Error('negative count');
      return { n: count };
    },
    2: (old) => ({ ...(old as object), tags: [] }),
  },
  formats: { 1: v.object({ count: v.number() }), 2: v.object({ n: v.number() }) },
  schema: v.object({ n: v.number(), tags: v.array(v.string()) }),
  initial: () => ({ n: 0, tags: [] }),
  label: 'test data',
};

beforeEach(() => noticeStore.setState({ notices: [] }));

describe('decodePersisted', () => {
  it('starts fresh when nothing is stored', () => {
    expect(decodePersisted(null, opts)).toEqual({ ok: true, state: { n: 0, tags: [] } });
  });

  it('runs every migration from an old version in order', () => {
    const r = decodePersisted(JSON.stringify({ version: 1, state: { count: 5 } }), opts);
    expect(r).toEqual({ ok: true, state: { n: 5, tags: [] }, migratedFrom: 1 });
  });

  it('refuses a value from a newer version instead of guessing', () => {
    const r = decodePersisted(encodePersisted({ n: 1, tags: [] }, 4), opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/newer version/);
  });

  it('refuses invalid JSON and names a bad field', () => {
    expect(decodePersisted('{oops', opts)).toMatchObject({ ok: false, reason: 'it is not valid JSON' });
    const bad = decodePersisted(JSON.stringify({ version: 3, state: { n: 'x', tags: [] } }), opts);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/field n is invalid/);
  });

  it('refuses an old value that does not match its own format, naming the field', () => {
    const r = decodePersisted(JSON.stringify({ version: 1, state: { count: 'five' } }), opts);
    expect(r).toMatchObject({ ok: false, reason: 'it is in format 1 but field count is invalid (it holds "five", which this version of Serving Lab cannot use)' });
    expect(decodePersisted(JSON.stringify({ version: 0, state: {} }), opts)).toMatchObject({ ok: false, reason: expect.stringMatching(/format 0 is not one/) });
  });

  it('reports a migration that throws rather than crashing', () => {
    const r = decodePersisted(JSON.stringify({ version: 1, state: { count: -1 } }), opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/migrating from format 1 failed/);
  });
});

describe('createPersistedStore', () => {
  it('saves every change with its version', () => {
    const store = createPersistedStore(opts, localStorage);
    store.setState({ n: 7 });
    expect(JSON.parse(localStorage.getItem('test:thing') ?? '')).toEqual({ version: 3, state: { n: 7, tags: [] } });
  });

  it('sets an unreadable value aside, tells the user, and offers it for download', () => {
    localStorage.setItem('test:thing', '{"version":3,"state":{"n":"seven"}}');
    const store = createPersistedStore(opts, localStorage);
    expect(store.getState()).toEqual({ n: 0, tags: [] });
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('test:thing:unreadable:'));
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0] ?? '')).toBe('{"version":3,"state":{"n":"seven"}}');
    const notice = noticeStore.getState().notices[0];
    expect(notice?.message).toMatch(/test data could not be read/);
    expect(notice?.download?.content).toBe('{"version":3,"state":{"n":"seven"}}');
  });
});

describe('every store describes its older formats', () => {
  it.each([progressOptions, quizOptions])('$key has a format schema and a migration for each older version', (o) => {
    for (let n = 1; n < o.version; n++) {
      expect(o.formats[n], `format ${n}`).toBeDefined();
      expect(o.migrations[n], `migration ${n}`).toBeTypeOf('function');
    }
  });
});

describe('course progress format', () => {
  it('migrates the version-1 format (a list of visited lessons)', () => {
    const r = decodePersisted(JSON.stringify({ version: 1, state: { visited: ['overview/the-serving-stack'], theme: 'dark' } }), progressOptions);
    expect(r.ok).toBe(true);
    expect(r.state.settings.theme).toBe('dark');
    expect(Object.keys(r.state.lessons)).toEqual(['overview/the-serving-stack']);
    expect(PROGRESS_KEY).toBe('serving-lab:progress');
    expect(PROGRESS_VERSION).toBe(2);
  });

  it('rejects a read fraction above 1', () => {
    const raw = encodePersisted({ lessons: { a: { firstVisitAt: 1, lastVisitAt: 1, readFraction: 1.5 } }, settings: { theme: 'system' } }, 2);
    expect(decodePersisted(raw, progressOptions).ok).toBe(false);
  });

  it('sets a malformed version-1 save aside with a notice instead of migrating it to empty', () => {
    const raw = JSON.stringify({ version: 1, state: { visited: 'overview/the-serving-stack', theme: 'dark' } });
    localStorage.clear();
    localStorage.setItem(PROGRESS_KEY, raw);
    const store = createPersistedStore(progressOptions, localStorage);
    expect(store.getState().lessons).toEqual({});
    const kept = Object.keys(localStorage).filter((k) => k.startsWith(`${PROGRESS_KEY}:unreadable:`));
    expect(kept).toHaveLength(1);
    // A new visit is saved under the main key; the set-aside copy stays as it was.
    store.setState({ lastLesson: 'vllm/lora' });
    expect(localStorage.getItem(kept[0] ?? '')).toBe(raw);
    const notice = noticeStore.getState().notices[0];
    expect(notice?.message).toMatch(/course progress could not be read \(it is in format 1 but field visited is invalid/);
    expect(notice?.download?.content).toBe(raw);
  });

  it('never overwrites an unreadable save it could not set aside', () => {
    const raw = JSON.stringify({ version: 1, state: { visited: 7 } });
    const data = new Map<string, string>([[PROGRESS_KEY, raw]]);
    const full = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: (k: string) => data.delete(k),
    } as unknown as Storage;
    const store = createPersistedStore(progressOptions, full);
    store.setState({ lastLesson: 'vllm/lora' });
    expect(data.get(PROGRESS_KEY)).toBe(raw);
    expect(noticeStore.getState().notices[0]?.message).toMatch(/left where it is/);
  });
});

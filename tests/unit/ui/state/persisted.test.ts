import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../src/state/notices.ts';
import { createPersistedStore, decodePersisted, encodePersisted, type PersistedOptions } from '../../../../src/state/persisted.ts';
import { PROGRESS_KEY, PROGRESS_VERSION, progressOptions } from '../../../../src/state/progressStore.ts';

const opts: PersistedOptions<{ n: number; tags: string[] }> = {
  key: 'test:thing',
  version: 3,
  migrations: {
    1: (old) => ({ n: (old as { count: number }).count }),
    2: (old) => ({ ...(old as object), tags: [] }),
  },
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

  it('reports a migration that throws rather than crashing', () => {
    const r = decodePersisted(JSON.stringify({ version: 1, state: null }), opts);
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

describe('course progress format', () => {
  it('migrates the version-1 format (a list of visited lessons)', () => {
    const r = decodePersisted(JSON.stringify({ version: 1, state: { visited: ['overview/the-serving-stack', 3], theme: 'dark' } }), progressOptions);
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
});

import { beforeEach, describe, expect, it } from 'vitest';
import { markLessonRead, markLessonVisited, progressStore, setTheme } from '../../../../src/state/progressStore.ts';

beforeEach(() => progressStore.setState({ lessons: {}, lastLesson: undefined, settings: { theme: 'system' } }));

describe('lesson progress', () => {
  it('remembers the last lesson opened', () => {
    markLessonVisited('overview/the-serving-stack', 100);
    markLessonVisited('vllm/paged-attention', 200);
    expect(progressStore.getState().lastLesson).toBe('vllm/paged-attention');
    expect(progressStore.getState().lessons['overview/the-serving-stack']?.firstVisitAt).toBe(100);
  });

  it('never lowers the read fraction and completes at the end', () => {
    markLessonRead('a/b', 0.6, 10);
    markLessonRead('a/b', 0.2, 20);
    expect(progressStore.getState().lessons['a/b']?.readFraction).toBe(0.6);
    expect(progressStore.getState().lessons['a/b']?.completedAt).toBeUndefined();
    markLessonRead('a/b', 1, 30);
    expect(progressStore.getState().lessons['a/b']).toMatchObject({ readFraction: 1, completedAt: 30 });
  });

  it('persists the theme choice where index.html reads it before first paint', () => {
    setTheme('dark');
    const saved = JSON.parse(localStorage.getItem('serving-lab:progress') ?? 'null');
    expect(saved.state.settings.theme).toBe('dark');
  });
});

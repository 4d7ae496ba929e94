import { describe, expect, it } from 'vitest';
import { Route as GlossaryRoute } from '../../../../src/routes/glossary/index.tsx';
import { Route as QuizRoute } from '../../../../src/routes/quiz.tsx';
import { noticeStore } from '../../../../src/state/notices.ts';

type Validate = (raw: Record<string, unknown>) => Record<string, unknown>;
type Middleware = (ctx: { search: Record<string, unknown>; next: (s: Record<string, unknown>) => Record<string, unknown> }) => Record<string, unknown>;

const validate = (route: { options: unknown }) => (route.options as { validateSearch: Validate }).validateSearch;
const middleware = (route: { options: unknown }) => (route.options as { search: { middlewares: Middleware[] } }).search.middlewares[0] as Middleware;

describe('quiz route search params', () => {
  it('keeps valid params and falls back on bad ones with a notice', () => {
    expect(validate(QuizRoute)({ mode: 'topic', topic: 'gpu', n: 12 })).toEqual({ mode: 'topic', topic: 'gpu', n: 12 });
    expect(validate(QuizRoute)({ mode: 'cram', topic: 'cooking', n: 1000 })).toEqual({ mode: 'due', topic: 'vllm', n: 10 });
    expect(noticeStore.getState().notices.some((n) => n.message.includes('mode="cram"'))).toBe(true);
  });

  it('leaves default values out of the URL', () => {
    const strip = middleware(QuizRoute);
    expect(strip({ search: { mode: 'due', topic: 'vllm', n: 10 }, next: (s) => s })).toEqual({});
    expect(strip({ search: { mode: 'topic', topic: 'gpu', n: 10 }, next: (s) => s })).toEqual({ mode: 'topic', topic: 'gpu' });
  });
});

describe('glossary route search params', () => {
  it('validates section, category and query', () => {
    expect(validate(GlossaryRoute)({ q: 'kv', section: 'acronyms', category: 'gpu' })).toEqual({ q: 'kv', section: 'acronyms', category: 'gpu' });
    expect(validate(GlossaryRoute)({ section: 'recipes', category: 7 })).toEqual({ q: '', section: 'terms', category: 'all' });
    expect(middleware(GlossaryRoute)({ search: { q: '', section: 'terms', category: 'all' }, next: (s) => s })).toEqual({});
  });
});

import { createFileRoute } from '@tanstack/react-router';
import * as v from 'valibot';
import { TOPICS } from '../quiz/topics.ts';
import { forgivingSearch } from '../state/searchParams.ts';
import { QuizPage } from '../ui/quiz/QuizPage.tsx';

const defaults = { mode: 'due', topic: 'vllm', n: 10 } as const;

const validateSearch = forgivingSearch(
  {
    mode: { schema: v.picklist(['due', 'glossary', 'topic']), fallback: defaults.mode },
    topic: { schema: v.picklist(TOPICS), fallback: defaults.topic },
    n: { schema: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(30)), fallback: defaults.n },
  },
  'the quiz page',
);

/** Leaves parameters that equal their default out of the URL, so shared links stay short. */
function dropDefaults<S extends object>(defaults: Partial<S>) {
  return ({ search, next }: { search: S; next: (s: S) => S }): S => {
    const out = { ...next(search) } as Record<string, unknown>;
    for (const [k, d] of Object.entries(defaults)) if (out[k] === d) delete out[k];
    return out as S;
  };
}

export const Route = createFileRoute('/quiz')({
  validateSearch,
  search: { middlewares: [dropDefaults<ReturnType<typeof validateSearch>>(defaults)] },
  component: QuizRoute,
});

function QuizRoute() {
  const search = Route.useSearch();
  return <QuizPage search={search} />;
}

import { createFileRoute, useNavigate } from '@tanstack/react-router';
import * as v from 'valibot';
import { SECTIONS } from '../../content/glossary/types.ts';
import { TOPICS } from '../../quiz/topics.ts';
import { forgivingSearch } from '../../state/searchParams.ts';
import { GlossaryPage, type GlossarySearch } from '../../ui/glossary/GlossaryPage.tsx';

const defaults = { q: '', section: 'terms', category: 'all' } as const;

const validateSearch = forgivingSearch(
  {
    q: { schema: v.pipe(v.string(), v.maxLength(200)), fallback: defaults.q },
    section: { schema: v.picklist(SECTIONS), fallback: defaults.section },
    category: { schema: v.picklist(['all', ...TOPICS] as const), fallback: defaults.category },
  },
  'the glossary',
);

/** Leaves parameters that equal their default out of the URL, so shared links stay short. */
function dropDefaults<S extends object>(defaults: Partial<S>) {
  return ({ search, next }: { search: S; next: (s: S) => S }): S => {
    const out = { ...next(search) } as Record<string, unknown>;
    for (const [k, d] of Object.entries(defaults)) if (out[k] === d) delete out[k];
    return out as S;
  };
}

export const Route = createFileRoute('/glossary/')({
  validateSearch,
  search: { middlewares: [dropDefaults<ReturnType<typeof validateSearch>>(defaults)] },
  component: GlossaryRoute,
});

function GlossaryRoute() {
  const search = Route.useSearch();
  const navigate = useNavigate({ from: '/glossary/' });
  return (
    <GlossaryPage
      search={search as GlossarySearch}
      onSearchChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
    />
  );
}

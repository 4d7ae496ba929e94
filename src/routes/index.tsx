import { createFileRoute } from '@tanstack/react-router';
import * as v from 'valibot';
import { forgivingSearch } from '../state/searchParams.ts';
import { HomePage } from '../ui/pages/HomePage.tsx';

export const Route = createFileRoute('/')({
  validateSearch: forgivingSearch({ path: { schema: v.optional(v.picklist(['beginner', 'ml', 'platform'])), fallback: undefined } }, 'the course map'),
  component: HomeRoute,
});

function HomeRoute() {
  const { path } = Route.useSearch();
  return <HomePage path={path} />;
}

import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { forgivingSearch } from '../state/searchParams.ts';
import type { LabSearch } from '../ui/lab/labSearch.ts';
import { LAB_SEARCH_FIELDS } from '../ui/lab/labSearchFields.ts';
import { LabPage } from '../ui/pages/LabPage.tsx';

// `/lab?pattern=<id>&workload=<id>&qps=&gpus=&gpu=&model=&challenge=<id>` (src/ui/lab/labSearch.ts);
// the engine widgets keep their own params (kv, cb, rt, as), which pass through untouched.
const validateSearch = forgivingSearch(LAB_SEARCH_FIELDS, 'the Lab');

export const Route = createFileRoute('/lab')({
  validateSearch,
  component: LabRoute,
});

function LabRoute() {
  const search = Route.useSearch();
  const navigate = useNavigate({ from: '/lab' });
  return (
    <LabPage
      search={search as LabSearch}
      onSearchChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true, resetScroll: false })}
    />
  );
}

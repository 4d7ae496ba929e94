import { createFileRoute } from '@tanstack/react-router';
import { getTerm } from '../../content/glossary/index.ts';
import { TermNotFound } from '../../ui/glossary/TermNotFound.tsx';
import { TermPage } from '../../ui/glossary/TermPage.tsx';

export const Route = createFileRoute('/glossary/$term')({
  component: TermRoute,
});

function TermRoute() {
  const { term } = Route.useParams();
  const found = getTerm(term);
  return found ? <TermPage key={found.id} term={found} /> : <TermNotFound id={term} />;
}

/** Shown for /glossary/<unknown>: says so plainly and offers the closest terms. */
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { GLOSSARY, getTerm } from '../../content/glossary/index.ts';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';
import { createTermIndex, suggestTerms } from './searchIndex.ts';
import './glossary.css';

export function TermNotFound({ id }: { readonly id: string }) {
  useDocumentTitle('Term not found — Glossary');
  const suggestions = useMemo(() => {
    const index = createTermIndex(GLOSSARY);
    return suggestTerms(index, id)
      .map((s) => getTerm(s))
      .filter((t) => t !== undefined);
  }, [id]);
  return (
    <div className="page term-page">
      <h1>No glossary term “{id}”</h1>
      <p>This link may have a typo, or the term may have been renamed.</p>
      {suggestions.length > 0 ? (
        <>
          <h2>Did you mean</h2>
          <ul>
            {suggestions.map((t) => (
              <li key={t.id}>
                <Link to="/glossary/$term" params={{ term: t.id }}>
                  {t.term}
                </Link>{' '}
                <span className="muted">— {t.short}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to="/glossary" search={{ q: id.replace(/[-_]+/g, ' ') }}>
          Search the glossary for “{id.replace(/[-_]+/g, ' ')}”
        </Link>
      </p>
    </div>
  );
}

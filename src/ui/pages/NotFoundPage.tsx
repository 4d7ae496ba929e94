import { Link, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';

export function NotFoundPage() {
  const path = useRouterState({ select: (s) => s.location.pathname });
  useEffect(() => {
    document.title = 'Page not found · Serving Lab';
  }, []);
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{path}</code>. The link may be mistyped, or the page may have moved.
      </p>
      <ul>
        <li>
          <Link to="/">Course map</Link> — every module and lesson
        </li>
        <li>
          <Link to="/glossary">Glossary</Link> — look up a term
        </li>
      </ul>
    </div>
  );
}

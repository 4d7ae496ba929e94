import { useEffect } from 'react';

/** Sets the tab title; each route names itself so history and screen readers can tell pages apart. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Serving Lab` : 'Serving Lab — how LLMs are served in production';
  }, [title]);
}

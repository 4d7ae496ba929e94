import type { Problem } from '../../manifests/index.ts';

function where(problem: Problem, documents: number): string {
  const parts = [problem.line !== undefined ? `line ${problem.line}` : '', documents > 1 && problem.document !== undefined ? `document ${problem.document + 1}` : ''].filter(Boolean);
  return parts.join(', ');
}

/** Problems or advice, each led by the field it is about. */
export function ProblemList({ problems, kind, documents }: { readonly problems: readonly Problem[]; readonly kind: 'error' | 'advice'; readonly documents: number }) {
  if (problems.length === 0) return null;
  const title = kind === 'error' ? `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}` : 'Advice';
  return (
    <section className={`mf-list mf-${kind}`} aria-label={title}>
      <h4 className="mf-list-title">{title}</h4>
      <ul>
        {problems.map((p, i) => {
          const at = where(p, documents);
          return (
            <li key={`${p.document ?? 0}-${p.path}-${i}`}>
              {p.path !== '' && <code className="mf-path">{p.path}</code>} <span>{p.message}</span>
              {at !== '' && <span className="mf-where"> ({at})</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The knowledge check at the end of a lesson: `<KnowledgeCheck lesson="vllm/paged-attention" />`.
 * Its code (the quiz session, the scheduler, the lesson's items) loads only when the reader comes
 * near it, so a lesson page does not evaluate and render it while it starts.
 */
import { lazy, Suspense, useRef } from 'react';
import { ErrorBoundary } from '../chrome/ErrorBoundary.tsx';
import { useNearViewport } from '../widgets/kit/useNearViewport.ts';

const KnowledgeCheckBody = lazy(() => import('./KnowledgeCheckBody.tsx'));

export function KnowledgeCheck({ lesson }: { readonly lesson: string }) {
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref, '1200px');
  const loading = <p className="muted">Loading the knowledge check…</p>;
  return (
    <section ref={ref} className="knowledge-check card" aria-label="Knowledge check" data-lesson={lesson}>
      {near ? (
        <ErrorBoundary what="this knowledge check" resetKey={lesson}>
          <Suspense fallback={loading}>
            <KnowledgeCheckBody lesson={lesson} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        loading
      )}
    </section>
  );
}

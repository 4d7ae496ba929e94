import { lazy, Suspense } from 'react';
import type { LabSearch } from '../lab/labSearch.ts';
import { usePainted } from '../chrome/afterFirstPaint.ts';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';

// The rest of the page (challenges, the models behind the workbench) is a chunk of its own, loaded
// once the heading and intro have painted: they are the page's largest text, and on a phone they
// used to wait for all of that code to load and run.
const LabWorkspace = lazy(() => import('./LabWorkspace.tsx'));

/**
 * The Lab: a whole-stack sandbox (pick a serving pattern, its components and a workload, run the
 * cluster model, read the metrics), graded challenges, and the engine widgets with free settings.
 * Every setting lives in the URL, so any view can be shared.
 */
export function LabPage({ search, onSearchChange }: { readonly search: LabSearch; readonly onSearchChange: (next: Record<string, unknown>) => void }) {
  useDocumentTitle('Lab');
  const painted = usePainted();
  // Holds a screen's height until the workspace renders, so the footer stays below the fold.
  const loading = (
    <p role="status" className="page-loading">
      Loading the Lab…
    </p>
  );
  return (
    <div className="page lab-page">
      <div className="prose">
        <h1>Lab</h1>
        <p>
          Build a serving architecture and test it: pick one of the eight patterns, set its components, the model, the GPUs and the traffic, then run the cluster model on every request. The metrics come with what they mean and why this
          configuration got them. The address bar always holds the full setup, so a link shares exactly this view.
        </p>
      </div>
      {painted ? (
        <Suspense fallback={loading}>
          <LabWorkspace search={search} onSearchChange={onSearchChange} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}

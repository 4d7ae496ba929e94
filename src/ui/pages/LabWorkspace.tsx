import { lazy, Suspense, useEffect } from 'react';
import { findChallenge } from '../../content/lab/challenges.ts';
import { pushNotice } from '../../state/notices.ts';
import type { LabConfig } from '../../widget-models/lab/config.ts';
import { ChallengeList } from '../lab/ChallengeList.tsx';
import { configOf, overriddenBy, searchOf, type LabSearch } from '../lab/labSearch.ts';
import { LabWorkbench } from '../lab/LabWorkbench.tsx';
import { WidgetSlot } from '../widgets/kit/WidgetSlot.tsx';
import '../lab/lab.css';

const EngineSandboxes = lazy(() => import('../lab/EngineSandboxes.tsx'));

/**
 * The Lab below its heading: the whole-stack workbench (pick a serving pattern, its components and
 * a workload, run the cluster model, read the metrics), graded challenges, and the engine widgets
 * with free settings. A chunk of its own (the challenges and the models it needs), loaded by
 * LabPage once the heading has painted.
 */
export default function LabWorkspace({ search, onSearchChange }: { readonly search: LabSearch; readonly onSearchChange: (next: Record<string, unknown>) => void }) {
  const challenge = search.challenge === undefined ? undefined : findChallenge(search.challenge);
  const config = configOf(search, challenge);
  const overridden = challenge ? overriddenBy(search, challenge).join(', ') : '';

  useEffect(() => {
    if (!challenge || overridden === '') return;
    pushNotice({ id: 'lab:locked', tone: 'info', message: `This challenge fixes ${overridden}: the link’s values for them were replaced by the challenge’s.` });
  }, [challenge, overridden]);

  const change = (patch: Partial<LabConfig>) => onSearchChange(searchOf({ ...config, ...patch }, challenge));
  const leave = () => onSearchChange({ challenge: undefined, ...searchOf(config, undefined) });

  return (
    <>
      <WidgetSlot
        kind="lab"
        ns="lab"
        title={challenge ? `Workbench: ${challenge.title}` : 'Workbench: a serving pattern on a workload'}
        headingLevel={2}
        description={
          challenge ? (
            <p>Change the open settings, then Run and grade. Your best passing score is saved in this browser.</p>
          ) : (
            <p>Try caching-first against replicated on chat, or disaggregated on summarize at 8 req/s; or open a challenge below.</p>
          )
        }
      >
        <LabWorkbench key={challenge?.id ?? 'free'} config={config} challenge={challenge} onChange={change} onLeave={leave} />
      </WidgetSlot>
      <ChallengeList active={challenge?.id} />
      <section className="lab-engines" aria-labelledby="lab-engines-title">
        <h2 id="lab-engines-title">Engine sandboxes</h2>
        <p className="muted">The course’s engine and platform widgets with free settings: one vLLM engine’s KV cache and batching, a router in front of replicas, and an autoscaler.</p>
        <Suspense fallback={<p className="muted">Loading the engine sandboxes…</p>}>
          <EngineSandboxes />
        </Suspense>
      </section>
    </>
  );
}

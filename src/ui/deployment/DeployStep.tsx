/**
 * One step of the deployment guide, from the module's step data: why it exists, its commands
 * with copy buttons and the release each was checked against, how to check it worked, and a
 * checkbox saved with the learner's deployment progress.
 */
import { useId } from 'react';
import { DEPLOY_STEPS } from '../../content/deployment/steps.ts';
import { setStepDone, useDeployment } from '../../state/deploymentStore.ts';
import { CommandBlock } from './CommandBlock.tsx';
import { StepVariables } from './StepVariables.tsx';
import './deployment.css';

const PATH_NAMES = { 'kserve-standard': 'KServe Standard mode (InferenceService or LLMInferenceService)', 'kserve-knative': 'KServe Knative mode', 'llm-d': 'llm-d’s own charts' } as const;

export function DeployStep({ id }: { readonly id: string }) {
  const ids = useId();
  const step = DEPLOY_STEPS.find((s) => s.id === id);
  const doneAt = useDeployment((s) => s.done[id]);
  if (!step) {
    return (
      <div className="dp-step dp-missing" role="alert">
        This step (“{id}”) is not in the deployment guide’s step list. Known steps: {DEPLOY_STEPS.map((s) => s.id).join(', ')}.
      </div>
    );
  }
  const done = doneAt !== undefined;
  return (
    <section className={`dp-step${done ? ' dp-done' : ''}`} aria-labelledby={`${ids}-title`} data-step={id}>
      <header className="dp-step-head">
        <h4 id={`${ids}-title`} className="dp-step-title">
          {step.title}
        </h4>
        {step.paths ? <span className="dp-paths">only for: {step.paths.map((p) => PATH_NAMES[p]).join(', ')}</span> : null}
      </header>
      <p className="dp-why">{step.why}</p>
      <StepVariables commands={[...step.commands, ...(step.verify ? [step.verify] : [])]} />
      {step.commands.map((c, i) => (
        <CommandBlock key={i} command={c} />
      ))}
      {step.verify ? (
        <div className="dp-verify">
          <p className="dp-verify-label">Check it worked</p>
          <CommandBlock command={step.verify} label="Copy check" />
        </div>
      ) : null}
      <label className="dp-tick">
        <input type="checkbox" checked={done} onChange={(e) => setStepDone(id, e.currentTarget.checked)} /> I have done this step
        {done ? <span className="dp-when"> (ticked {new Date(doneAt).toLocaleDateString()})</span> : null}
      </label>
    </section>
  );
}

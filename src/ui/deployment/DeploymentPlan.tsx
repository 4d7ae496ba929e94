/**
 * "Your deployment plan": the learner's choices (saved with their deployment progress) become one
 * downloadable bundle — README, install commands in order, the manifest checked by the same
 * validator as `npm run validate`, a deploy script and a load test.
 */
import { useId, useMemo, useState } from 'react';
import { buildBundle } from '../../content/deployment/bundle.ts';
import { choiceProblems, DEFAULT_CHOICES, gpusPerReplica, PATTERN_LABELS, PLAN_PATTERNS, ROUTE_LABELS, type DeploymentChoices, type PlanPattern, type PlanRoute } from '../../content/deployment/choices.ts';
import { DEPLOY_STEPS } from '../../content/deployment/steps.ts';
import { zipFiles } from '../../content/deployment/zip.ts';
import { KSERVE_VERSION, validateManifests } from '../../manifests/index.ts';
import { GPUS, MODELS } from '../../sim/cost/index.ts';
import { setChoices, useDeployment } from '../../state/deploymentStore.ts';
import { CopyButton } from '../lesson/CopyButton.tsx';
import { ProblemList } from '../manifests/ProblemList.tsx';
import { useValidators } from '../manifests/useValidators.ts';
import { ChoiceField } from '../widgets/kit/ChoiceField.tsx';
import { StepperField } from '../widgets/kit/StepperField.tsx';
import '../widgets/kit/widget.css';
import './deployment.css';

const CONTEXTS = [4096, 8192, 16384, 32768, 65536, 131072] as const;
const REPLICAS = Array.from({ length: 33 }, (_, i) => i);

export function DeploymentPlan() {
  const ids = useId();
  const choices = useDeployment((s) => s.choices);
  const done = useDeployment((s) => s.done);
  const problems = useMemo(() => choiceProblems(choices), [choices]);
  const files = useMemo(() => (problems.length === 0 ? buildBundle(choices, DEPLOY_STEPS) : null), [choices, problems]);
  const [shown, setShown] = useState(0);
  const validators = useValidators();
  const manifest = files?.find((f) => f.path.startsWith('manifests/')) ?? null;
  const checked = useMemo(() => (manifest && validators.status === 'ready' ? validateManifests(manifest.content, validators.validators) : null), [manifest, validators]);
  const file = files?.[Math.min(shown, (files?.length ?? 1) - 1)] ?? null;
  const set = (patch: Partial<DeploymentChoices>) => setChoices(patch);
  const stepsDone = DEPLOY_STEPS.filter((s) => done[s.id] !== undefined).length;

  function download() {
    if (!files) return;
    const bytes: Uint8Array<ArrayBuffer> = zipFiles(files.map((f) => ({ path: `serving-plan/${f.path}`, content: f.content })));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'serving-plan.zip';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  return (
    <section className="dp-plan" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="dp-calc-title">
        Your deployment plan <span className="dp-badge">KServe {KSERVE_VERSION}</span>
      </h3>
      <p className="dp-calc-lede">
        Your choices are saved in this browser and carry through the module. The bundle holds the install commands for your choice in order, the manifest, a deploy script and a load test.
        {' '}
        <span className="dp-progress">
          Checklist: {stepsDone} of {DEPLOY_STEPS.length} steps ticked.
        </span>
      </p>
      <div className="dp-calc-grid">
        <div className="dp-plan-output">
          {problems.length > 0 ? (
            <div className="dp-problems" role="alert">
              <p>This plan cannot be built yet:</p>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : files && file ? (
            <>
              <div className="dp-plan-actions">
                <button type="button" className="btn btn-primary" onClick={download}>
                  Download serving-plan.zip
                </button>
                <span className="dp-validity" role="status">
                  {checked === null
                    ? validators.status === 'error'
                      ? 'The schemas could not be loaded; reload to check the manifest.'
                      : `Checking the manifest against KServe ${KSERVE_VERSION}…`
                    : checked.errors.length === 0
                      ? `✓ The manifest is valid against the KServe ${KSERVE_VERSION} CRDs and webhook rules.`
                      : '✗ KServe would reject the manifest (see below).'}
                </span>
              </div>
              {checked ? <ProblemList problems={checked.errors} kind="error" documents={1} /> : null}
              <div role="tablist" aria-label="Files in the bundle" className="dp-tabs">
                {files.map((f, i) => (
                  <button key={f.path} type="button" role="tab" id={`${ids}-tab-${i}`} aria-selected={i === shown} aria-controls={`${ids}-panel`} tabIndex={i === shown ? 0 : -1} className="dp-tab" onClick={() => setShown(i)} onKeyDown={(e) => {
                      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                        const next = (i + (e.key === 'ArrowRight' ? 1 : files.length - 1)) % files.length;
                        setShown(next);
                        document.getElementById(`${ids}-tab-${next}`)?.focus();
                      }
                    }}>
                    {f.path}
                  </button>
                ))}
              </div>
              <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-tab-${shown}`} className="dp-file">
                <div className="dp-command-bar">
                  <CopyButton text={file.content} label={`Copy ${file.path}`} />
                </div>
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
                <pre className="dp-pre dp-file-text" tabIndex={0}>
                  <code>{file.content}</code>
                </pre>
              </div>
            </>
          ) : null}
        </div>
        <form className="dp-calc-controls" aria-label="Deployment choices" onSubmit={(e) => e.preventDefault()}>
          <ChoiceField label="Model" value={choices.modelId} options={MODELS.map((m) => [m.id, m.name] as const)} onChange={(modelId) => set({ modelId })} />
          <ChoiceField label="GPU" value={choices.gpuId} options={GPUS.map((g) => [g.id, g.name] as const)} onChange={(gpuId) => set({ gpuId })} />
          <StepperField label="Context length" field="--max-model-len" value={choices.maxModelLen} values={CONTEXTS} unit="tokens" format={(v) => v.toLocaleString('en-US')} onChange={(maxModelLen) => set({ maxModelLen })} />
          <ChoiceField<PlanRoute> label="What to deploy" value={choices.route} options={ROUTE_LABELS} onChange={(route) => set({ route })} />
          <ChoiceField<PlanPattern> label="Pattern" value={choices.pattern} options={PLAN_PATTERNS.map((p) => [p, PATTERN_LABELS[p]] as const)} onChange={(pattern) => set({ pattern })} />
          <StepperField label="Minimum replicas" field={choices.route === 'llmisvc' ? 'scaling.minReplicas or replicas' : 'minReplicas'} value={choices.minReplicas} values={REPLICAS} onChange={(minReplicas) => set({ minReplicas })} />
          <StepperField label="Maximum replicas" field={choices.route === 'llmisvc' ? 'scaling.maxReplicas or replicas' : 'maxReplicas'} value={choices.maxReplicas} values={REPLICAS.slice(1)} onChange={(maxReplicas) => set({ maxReplicas })} />
          <div className="kit-choice">
            <label htmlFor={`${ids}-ns`} className="kit-field-label">
              Namespace
            </label>
            <input id={`${ids}-ns`} className="dp-text" type="text" spellCheck={false} autoComplete="off" value={choices.namespace} maxLength={63} onChange={(e) => set({ namespace: e.currentTarget.value })} />
          </div>
          <p className="dp-derived">
            {gpusPerReplica(choices)} GPU{gpusPerReplica(choices) === 1 ? '' : 's'} per replica (the smallest tensor-parallel degree that holds four full-length sequences). Planned load {choices.qps} requests/s, set by the sizing calculator.
          </p>
          <button type="button" className="btn" onClick={() => setChoices({ ...DEFAULT_CHOICES })}>
            Reset the plan
          </button>
        </form>
      </div>
    </section>
  );
}

/**
 * A form that writes an InferenceService or LLMInferenceService for a catalog model, GPU, tensor
 * parallelism and autoscaling, checks it live with the same validator as the paste box, and
 * offers it for copying or download.
 */
import { useId, useMemo, useState } from 'react';
import { KSERVE_VERSION, buildManifest, DEFAULT_BUILD, hfRepoOf, validateManifests } from '../../manifests/index.ts';
import type { ManifestChoices } from '../../manifests/index.ts';
import { GPUS, MODELS } from '../../sim/cost/index.ts';
import { ProblemList } from './ProblemList.tsx';
import { useValidators } from './useValidators.ts';
import './manifests.css';

const TP_CHOICES = [1, 2, 4, 8] as const;
const CONTEXT_CHOICES = [4096, 8192, 32768, 131072] as const;

type Copied = 'idle' | 'copied' | 'failed';

function NumberField({ id, label, hint, value, min, max, onChange }: { readonly id: string; readonly label: string; readonly hint: string; readonly value: number; readonly min: number; readonly max: number; readonly onChange: (n: number) => void }) {
  return (
    <div className="mf-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const n = Math.round(Number(e.target.value));
          if (Number.isFinite(n)) onChange(Math.min(max, Math.max(min, n)));
        }}
      />
      <small id={`${id}-hint`} className="mf-hint">
        {hint}
      </small>
    </div>
  );
}

export function ManifestBuilder() {
  const ids = useId();
  const schemaState = useValidators();
  const [choices, setChoices] = useState<ManifestChoices>(DEFAULT_BUILD);
  const [storageUri, setStorageUri] = useState<string | null>(null);
  const [copied, setCopied] = useState<Copied>('idle');
  const set = (patch: Partial<ManifestChoices>): void => {
    setChoices((c) => {
      const next = { ...c, ...patch };
      // Keep the replica bounds ordered whichever one moved.
      if (patch.minReplicas !== undefined && next.maxReplicas < next.minReplicas) return { ...next, maxReplicas: next.minReplicas };
      if (patch.maxReplicas !== undefined && next.minReplicas > next.maxReplicas) return { ...next, minReplicas: next.maxReplicas };
      return next;
    });
    setCopied('idle');
  };
  const llm = choices.kind === 'LLMInferenceService';
  const defaultUri = `hf://${hfRepoOf(choices.modelId) ?? choices.modelId}`;
  const built = useMemo(() => buildManifest({ ...choices, ...(storageUri ? { storageUri } : {}) }), [choices, storageUri]);
  const checked = useMemo(() => (schemaState.status === 'ready' ? validateManifests(built.yaml, schemaState.validators) : null), [built.yaml, schemaState]);
  const fileName = `${(built.manifest as { metadata: { name: string } }).metadata.name}.yaml`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(built.yaml);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([built.yaml], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  return (
    <section className="mf" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="mf-title">
        Write a manifest <span className="mf-version">KServe {KSERVE_VERSION}</span>
      </h3>
      <div className="mf-builder">
        <form className="mf-controls" onSubmit={(e) => e.preventDefault()} aria-label="Manifest choices">
          <fieldset className="mf-radios">
            <legend>Resource</legend>
            {(['InferenceService', 'LLMInferenceService'] as const).map((kind) => (
              <label key={kind}>
                <input type="radio" name={`${ids}-kind`} value={kind} checked={choices.kind === kind} onChange={() => set({ kind, ...(kind === 'LLMInferenceService' ? { minReplicas: Math.max(1, choices.minReplicas) } : {}) })} /> {kind}
              </label>
            ))}
          </fieldset>
          <div className="mf-field">
            <label htmlFor={`${ids}-model`}>Model</label>
            <select id={`${ids}-model`} value={choices.modelId} onChange={(e) => {
                setStorageUri(null);
                set({ modelId: e.target.value });
              }}>
              {MODELS.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="mf-field">
            <label htmlFor={`${ids}-uri`}>Storage URI</label>
            <input id={`${ids}-uri`} type="text" spellCheck={false} value={storageUri ?? defaultUri} aria-describedby={`${ids}-uri-hint`} onChange={(e) => {
                setStorageUri(e.target.value);
                setCopied('idle');
              }} />
            <small id={`${ids}-uri-hint`} className="mf-hint">
              {llm ? 'spec.model.uri' : 'spec.predictor.model.storageUri'}: hf://, s3://, gs://, pvc://, oci://, https:// …
            </small>
          </div>
          <div className="mf-field">
            <label htmlFor={`${ids}-gpu`}>GPU</label>
            <select id={`${ids}-gpu`} value={choices.gpuId} onChange={(e) => set({ gpuId: e.target.value })}>
              {GPUS.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
          <div className="mf-field">
            <label htmlFor={`${ids}-tp`}>Tensor parallel (GPUs per replica)</label>
            <select id={`${ids}-tp`} value={choices.tp} onChange={(e) => set({ tp: Number(e.target.value) })} aria-describedby={`${ids}-tp-hint`}>
              {TP_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            <small id={`${ids}-tp-hint`} className="mf-hint">
              {llm ? 'spec.parallelism.tensor' : '--tensor-parallel-size'} and the GPU limit
            </small>
          </div>
          <div className="mf-field">
            <label htmlFor={`${ids}-ctx`}>Context length</label>
            <select id={`${ids}-ctx`} value={choices.maxModelLen ?? 8192} onChange={(e) => set({ maxModelLen: Number(e.target.value) })} aria-describedby={`${ids}-ctx-hint`}>
              {CONTEXT_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n.toLocaleString('en')} tokens
                </option>
              ))}
            </select>
            <small id={`${ids}-ctx-hint`} className="mf-hint">
              --max-model-len
            </small>
          </div>
          <NumberField id={`${ids}-min`} label="Min replicas" hint={llm ? 'scaling.minReplicas (≥ 1) or replicas' : 'minReplicas; 0 = scale to zero (Knative)'} value={choices.minReplicas} min={llm ? 1 : 0} max={20} onChange={(n) => set({ minReplicas: n })} />
          <NumberField id={`${ids}-max`} label="Max replicas" hint={llm ? 'scaling.maxReplicas' : 'maxReplicas'} value={choices.maxReplicas} min={1} max={20} onChange={(n) => set({ maxReplicas: n })} />
          {!llm && (
            <NumberField id={`${ids}-target`} label={choices.deploymentMode === 'Knative' ? 'Target concurrency per replica' : 'Target running requests per replica'} hint={choices.deploymentMode === 'Knative' ? 'scaleTarget (scaleMetric: concurrency)' : 'KEDA threshold on vllm:num_requests_running'} value={choices.target} min={1} max={256} onChange={(n) => set({ target: n })} />
          )}
          {!llm && (
            <fieldset className="mf-radios">
              <legend>Deployment mode</legend>
              {(['Knative', 'Standard'] as const).map((mode) => (
                <label key={mode}>
                  <input type="radio" name={`${ids}-mode`} value={mode} checked={choices.deploymentMode === mode} onChange={() => set({ deploymentMode: mode })} /> {mode}
                </label>
              ))}
              <small className="mf-hint">serving.kserve.io/deploymentMode</small>
            </fieldset>
          )}
        </form>
        <div className="mf-output">
          <div className="mf-actions">
            <button type="button" className="btn" onClick={() => void copy()}>
              Copy YAML
            </button>
            <button type="button" className="btn" onClick={download}>
              Download {fileName}
            </button>
            <span className="mf-copied" role="status">
              {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Copy failed: select the text and copy it.' : ''}
            </span>
          </div>
          <pre className="mf-yaml" tabIndex={0} aria-label={`${choices.kind} YAML`}>
            <code>{built.yaml}</code>
          </pre>
          <div className="mf-result" role="status" aria-live="polite">
            {checked === null ? (
              <p className="mf-loading">{schemaState.status === 'error' ? 'The schemas could not be loaded; reload to check this manifest.' : `Loading the KServe ${KSERVE_VERSION} schemas…`}</p>
            ) : checked.errors.length === 0 ? (
              <p className="mf-ok">✓ Valid against the KServe {KSERVE_VERSION} CRD schema and webhook rules.</p>
            ) : (
              <p className="mf-bad">✗ KServe would reject this manifest.</p>
            )}
            {checked && <ProblemList problems={checked.errors} kind="error" documents={1} />}
            {checked && <ProblemList problems={checked.advice} kind="advice" documents={1} />}
          </div>
        </div>
      </div>
    </section>
  );
}

/**
 * Paste or load a KServe manifest and check it against the CRD schemas and webhook rules of the
 * pinned KServe release, with the course's advice. The schemas load on first use (their own chunk).
 */
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { KSERVE_VERSION, buildManifest, DEFAULT_BUILD, validateManifestsAsync } from '../../manifests/index.ts';
import type { ValidationResult } from '../../manifests/index.ts';
import { ProblemList } from './ProblemList.tsx';
import { useValidators } from './useValidators.ts';
import './manifests.css';

/** Far above any real manifest; stops a wrong file from freezing the page. */
const MAX_CHARS = 2_000_000;

export function ManifestValidator() {
  const ids = useId();
  const schemaState = useValidators();
  const [text, setText] = useState('');
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<{ readonly result: ValidationResult; readonly source: string } | { readonly notice: string } | null>(null);

  async function check(input: string, source: string) {
    if (schemaState.status !== 'ready') return;
    if (input.length > MAX_CHARS) return setResult({ notice: `${source} has ${input.length.toLocaleString('en')} characters; a manifest is far smaller.` });
    setChecking(true);
    try {
      // Loads the validator of any other KServe kind in the text (its own chunk) first.
      setResult({ result: await validateManifestsAsync(input), source });
    } catch (error) {
      setResult({ notice: `The schemas for this text could not be loaded (${error instanceof Error ? error.message : String(error)}). Check your connection and try again.` });
    } finally {
      setChecking(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void check(text, 'your text');
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_CHARS) return setResult({ notice: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; load a single manifest file.` });
    const content = await file.text();
    setText(content);
    await check(content, file.name);
  }

  function onExample() {
    const example = buildManifest({ ...DEFAULT_BUILD, modelId: 'llama-3.1-70b', tp: 2, minReplicas: 0 }).yaml.replace('maxReplicas: 4', 'maxReplicas: -1');
    setText(example);
    void check(example, 'the example');
  }

  const ready = schemaState.status === 'ready' && !checking;
  return (
    <section className="mf" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="mf-title">
        Check a KServe manifest <span className="mf-version">KServe {KSERVE_VERSION}</span>
      </h3>
      <form className="mf-form" onSubmit={onSubmit}>
        <label htmlFor={`${ids}-text`}>InferenceService, LLMInferenceService or any other manifest (YAML, several documents allowed)</label>
        <textarea id={`${ids}-text`} className="mf-text" rows={12} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} placeholder={'apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\n…'} />
        <div className="mf-actions">
          <button type="submit" className="btn btn-primary" disabled={!ready}>
            Check manifest
          </button>
          <button type="button" className="btn" disabled={!ready} onClick={onExample}>
            Load a flawed example
          </button>
          <label className={`btn mf-file${ready ? '' : ' mf-file-disabled'}`}>
            Load a file
            <input type="file" accept=".yaml,.yml,.json,text/yaml,text/plain" disabled={!ready} onChange={(e) => void onFile(e)} />
          </label>
        </div>
        <p className="mf-note">Checked in your browser against the CRD schemas and admission-webhook rules of KServe {KSERVE_VERSION}; nothing is uploaded.</p>
      </form>
      <div className="mf-result" role="status" aria-live="polite">
        {(schemaState.status === 'loading' || checking) && <p className="mf-loading">Loading the KServe {KSERVE_VERSION} schemas…</p>}
        {schemaState.status === 'error' && <p className="mf-bad">The schemas could not be loaded ({schemaState.message}). Reload the page to try again.</p>}
        {result && 'notice' in result && <p className="mf-bad">{result.notice}</p>}
        {result && 'result' in result && <ResultView result={result.result} source={result.source} />}
      </div>
    </section>
  );
}

function ResultView({ result, source }: { readonly result: ValidationResult; readonly source: string }) {
  const count = result.documents.length;
  return (
    <>
      {result.errors.length === 0 ? (
        <p className="mf-ok">
          ✓ Valid: {count === 1 ? 'one document' : `${count} documents`} in {source} ({result.documents.join(', ')}) would be accepted by KServe {KSERVE_VERSION}.
        </p>
      ) : (
        <p className="mf-bad">
          ✗ {source} would be rejected: fix the fields below.
        </p>
      )}
      <ProblemList problems={result.errors} kind="error" documents={count} />
      <ProblemList problems={result.advice} kind="advice" documents={count} />
    </>
  );
}

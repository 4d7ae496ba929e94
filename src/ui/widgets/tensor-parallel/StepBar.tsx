import type { TensorParallelFacts } from '../../../widget-models/tensor-parallel/compute.ts';
import { fmtPct, fmtUs } from './format.ts';

const PARTS = [
  { key: 'computeUs', name: 'Compute', cls: 'tp-part-compute', hint: 'GEMMs bound by tensor-core time, prefill attention' },
  { key: 'memoryUs', name: 'Memory', cls: 'tp-part-memory', hint: 'weight-streaming GEMMs, decode attention over the KV cache, norms' },
  { key: 'commUs', name: 'Communication', cls: 'tp-part-comm', hint: 'two all-reduces per layer and the logits gather' },
] as const;

/** One engine step, as a bar split into compute, memory and communication (calibrated model). */
export function StepBar({ facts }: { readonly facts: TensorParallelFacts }) {
  const step = facts.step;
  if (!step) return null;
  const total = step.stepUs;
  const label = PARTS.map((p) => `${p.name} ${fmtUs(step[p.key])}`).join(', ');
  return (
    <div className="tp-step" data-metric="step-us" data-value={total.toFixed(1)}>
      <h4 className="widget-panel-title">
        One step: {fmtUs(total)} for {facts.tokens.toLocaleString('en-US')} tokens
      </h4>
      <div className="tp-bar" role="img" aria-label={`Step time ${fmtUs(total)}: ${label}`}>
        {PARTS.map((p) => (
          <span key={p.key} className={`tp-bar-part ${p.cls}`} style={{ width: `${(step[p.key] / total) * 100}%` }} />
        ))}
      </div>
      <ul className="tp-legend">
        {PARTS.map((p) => (
          <li key={p.key} data-metric={`${p.key}`} data-value={step[p.key].toFixed(1)}>
            <span className={`tp-swatch ${p.cls}`} aria-hidden="true" />
            <span>
              <strong>{p.name}</strong> {fmtUs(step[p.key])} ({fmtPct(step[p.key] / total)})
              <span className="muted"> — {p.hint}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="widget-hint">
        {facts.stepTp1Us === null
          ? 'The same step on one GPU: the weights do not fit. '
          : (facts.split?.tp ?? 1) > 1
            ? `The same step on one GPU: ${fmtUs(facts.stepTp1Us)} (${(facts.stepTp1Us / total).toFixed(2)}× this one). `
            : ''}
        Communication over {step.linkLabel}. {facts.gpuMeasured ? 'Compute and memory: fitted to H100/H200 measurements.' : `Compute and memory: estimated from the ${facts.gpuName} spec sheet.`} All-reduces: estimated, not measured.
      </p>
    </div>
  );
}

import { frameOf } from './DraftRows.tsx';
import { ms } from './format.ts';
import { Spec } from './store.ts';

/**
 * The step on screen, priced by the cost model: the target's verification pass, the drafter's
 * passes, and what a plain decode step of the same requests would cost. Fixed cells, so the row
 * never reflows while playing.
 */
export function StepReadout() {
  const f = Spec.useWidget(frameOf);
  const cell = (metric: string, label: string, value: string, raw: number | null) => (
    <div className="sd-cell" data-metric={metric} data-value={raw ?? ''}>
      <span className="sd-cell-label">{label}</span> <strong>{value}</strong>
    </div>
  );
  const verify = f ? f.durationUs - f.draftUs : null;
  const total = f ? f.durationUs : 0;
  const plain = f?.plainUs ?? null;
  const scale = Math.max(total, plain ?? 0, 1);
  return (
    <div className="sd-step">
      <div className="sd-readout" role="group" aria-label="The step on screen">
        {cell('step', 'step', f ? String(f.index) : '—', f?.index ?? null)}
        {cell('verify-us', 'target pass', verify !== null ? ms(verify) : '—', verify)}
        {cell('draft-us', 'drafter', f ? ms(f.draftUs) : '—', f?.draftUs ?? null)}
        {cell('plain-us', 'plain decode step', plain !== null ? ms(plain) : 'n/a (prefill)', plain)}
        {cell('scheduled', 'tokens scheduled', f ? String(f.numScheduledTokens) : '—', f?.numScheduledTokens ?? null)}
        {cell('running', 'running / waiting', f ? `${f.running} / ${f.waiting}` : '—', f?.running ?? null)}
      </div>
      <div className="sd-bars" aria-hidden="true">
        <div className="sd-bar-row">
          <span className="sd-bar-label">this step</span>
          <span className="sd-bar-track">
            <span className="sd-bar sd-bar-verify" style={{ width: `${((verify ?? 0) / scale) * 100}%` }} />
            <span className="sd-bar sd-bar-draft" style={{ width: `${((f?.draftUs ?? 0) / scale) * 100}%` }} />
          </span>
        </div>
        <div className="sd-bar-row">
          <span className="sd-bar-label">no drafter</span>
          <span className="sd-bar-track">
            <span className="sd-bar sd-bar-plain" style={{ width: `${((plain ?? 0) / scale) * 100}%` }} />
          </span>
        </div>
      </div>
    </div>
  );
}

import { useDocumentTheme } from '../kit/theme.ts';
import { seqColour } from './palette.ts';
import { liveSeqs } from './selectors.ts';
import { Kv, updateSettings } from './store.ts';
import { useFrameView } from './useFrameView.ts';

const SHOW = 40;

/** The sequences in the engine at this frame; choosing one shows its block table. */
export function RequestList() {
  const api = Kv.useWidgetApi();
  const { sim, frame, sel } = useFrameView();
  const seqs = liveSeqs(sim, frame);
  const theme = useDocumentTheme();
  if (seqs.length === 0) return <p className="muted kv-reqs-empty">No request is in the engine at this moment.</p>;
  return (
    <div className="kv-reqs">
      <ul aria-label="Requests in the engine">
        {seqs.slice(0, SHOW).map((q) => (
          <li key={q.id}>
            <button type="button" className="kv-req" aria-pressed={sel === q.id} onClick={() => updateSettings(api, { selected: sel === q.id ? null : q.id })}>
              <span className="kv-swatch" aria-hidden="true" style={{ background: seqColour(q.index, theme).strong }} />
              <span className="kv-req-label">{q.label}</span>
              <span className="kv-req-status">{q.status}</span>
              <span className="kv-req-tokens">
                {q.computed}/{q.tokens} tok
              </span>
            </button>
          </li>
        ))}
      </ul>
      {seqs.length > SHOW ? <p className="muted">…and {seqs.length - SHOW} more (the table view lists all).</p> : null}
    </div>
  );
}

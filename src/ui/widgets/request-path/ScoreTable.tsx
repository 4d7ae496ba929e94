import { PODS } from '../../../widget-models/request-path/settings.ts';
import { fmtScore } from './format.ts';
import { RequestPath } from './store.ts';

/** The Endpoint Picker's scores for the traced request (one row per pod, always all rows, so the table keeps its size). */
export function ScoreTable() {
  const r = RequestPath.useWidget((s) => s.result.traced);
  const pol = RequestPath.useWidget((s) => s.settings.policy);
  const rows = Array.from({ length: PODS }, (_, i) => r?.scores.find((x) => x.pod === i) ?? null);
  const name = (i: number) => `vllm-${i}`;
  const caption =
    pol === 'prefix'
      ? 'Endpoint Picker scores (0–1) for this request: total = 3 × prefix + 2 × queue + 2 × KV free'
      : 'Round robin: no scores; the Service sends each request to the next pod in turn';
  return (
    <div className="rp-scores-wrap" tabIndex={0} role="group" aria-label="Endpoint Picker scores (scrolls sideways)">
      <table className="rp-scores">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Pod</th>
            <th scope="col">Prefix</th>
            <th scope="col">Queue</th>
            <th scope="col">KV free</th>
            <th scope="col">Total</th>
            <th scope="col">Chosen</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const picked = r?.pod === i;
            return (
              <tr key={i} data-picked={picked ? 'true' : 'false'}>
                <th scope="row">{name(i)}</th>
                <td>{row ? fmtScore(row.prefix) : '—'}</td>
                <td>{row ? fmtScore(row.queue) : '—'}</td>
                <td>{row ? fmtScore(row.kv) : '—'}</td>
                <td>{row ? fmtScore(row.total) : '—'}</td>
                <td>{picked ? (r?.tie ? '✓ (tie)' : '✓') : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

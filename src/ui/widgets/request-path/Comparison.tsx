import type { RunSummary, TracedRequest } from '../../../widget-models/request-path/simulate.ts';
import { fmtInt, fmtPct, fmtUs, POLICY_SHORT } from './format.ts';
import { RequestPath } from './store.ts';

interface Row {
  readonly metric: string;
  readonly label: string;
  readonly of: (t: TracedRequest | null, run: RunSummary | undefined) => number;
  readonly fmt: (v: number) => string;
}

const ROWS: readonly Row[] = [
  { metric: 'req-cached', label: 'This request: prompt tokens cached on its pod', of: (t) => t?.cachedTokens ?? NaN, fmt: fmtInt },
  { metric: 'req-queue', label: 'This request: queue wait', of: (t) => t?.queueUs ?? NaN, fmt: fmtUs },
  { metric: 'req-prefill', label: 'This request: prefill', of: (t) => t?.prefillUs ?? NaN, fmt: fmtUs },
  { metric: 'req-ttft', label: 'This request: TTFT', of: (t) => t?.ttftUs ?? NaN, fmt: fmtUs },
  { metric: 'ttft-p50', label: 'All requests: median TTFT', of: (_, r) => r?.ttftP50Us ?? NaN, fmt: fmtUs },
  { metric: 'tpot-p50', label: 'All requests: median time per output token', of: (_, r) => r?.tpotP50Us ?? NaN, fmt: fmtUs },
  { metric: 'hit-rate', label: 'Prefix-cache hit rate (tokens)', of: (_, r) => r?.hitRate ?? NaN, fmt: fmtPct },
];

/** The traced request and the whole run under both routers, same requests, same seed. */
export function Comparison() {
  const sim = RequestPath.useWidget((s) => s.result);
  const pol = RequestPath.useWidget((s) => s.settings.policy);
  const cols = [
    { key: pol, t: sim.traced, run: sim.runs[0] },
    { key: pol === 'prefix' ? 'rr' : 'prefix', t: sim.other, run: sim.runs[1] },
  ] as const;
  return (
    <div className="rp-compare-wrap" tabIndex={0} role="group" aria-label="Both routers compared (scrolls sideways)">
      <table className="rp-compare">
        <caption>
          The same requests under both routers ({sim.runs[0] ? `${fmtInt(sim.runs[0].requests)} requests in 30 s` : 'computing…'})
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {cols.map((c) => (
              <th key={c.key} scope="col">
                {POLICY_SHORT[c.key]}
                {c.key === pol ? ' (shown)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.metric} data-metric={row.metric}>
              <th scope="row">{row.label}</th>
              {cols.map((c) => {
                const v = row.of(c.t, c.run);
                return (
                  <td key={c.key} data-policy={c.key} data-value={Number.isFinite(v) ? v : ''}>
                    {Number.isFinite(v) ? row.fmt(v) : '…'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

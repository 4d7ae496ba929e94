import type { LoadPoint } from '../../../widget-models/load-test/sweep.ts';
import { fmt, shortName } from './names.ts';
import { LoadTest } from './store.ts';

const COLS: readonly (readonly [string, (p: LoadPoint) => string])[] = [
  ['Rate (req/s)', (p) => fmt(p.qps)],
  ['TTFT p50 (s)', (p) => fmt(p.ttftP50S)],
  ['TTFT p99 (s)', (p) => fmt(p.ttftP99S)],
  ['TPOT p50 (ms)', (p) => fmt(p.tpotP50Ms)],
  ['TPOT p99 (ms)', (p) => fmt(p.tpotP99Ms)],
  ['Within SLO', (p) => `${Math.round(p.sloAttainment * 1000) / 10} %`],
  ['Goodput (req/s)', (p) => fmt(p.goodputRps)],
  ['Output tok/s', (p) => fmt(p.outputTokensPerS)],
  ['Prefix hits', (p) => `${Math.round(p.prefixHitRate * 100)} %`],
];

/** Every computed point as a table: the chart's data for screen readers and for reading exact values. */
export function ResultsTable() {
  const sweep = LoadTest.useWidget((s) => s.result);
  return (
    <details className="lt-table-wrap">
      <summary>Every point as a table</summary>
      <div className="lt-scroll" tabIndex={0} role="region" aria-label="Sweep results, scrolls sideways">
        <table className="lt-table">
          <thead>
            <tr>
              <th scope="col">Pattern</th>
              {COLS.map(([c]) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sweep.series.flatMap((line) =>
              line.points.map((p, i) =>
                p ? (
                  <tr key={`${line.pattern}-${i}`}>
                    <th scope="row">{shortName(line.pattern)}</th>
                    {COLS.map(([c, v]) => (
                      <td key={c}>{v(p)}</td>
                    ))}
                  </tr>
                ) : null,
              ),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}

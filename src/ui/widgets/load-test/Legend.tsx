import { kneeOf } from '../../../widget-models/load-test/sweep.ts';
import { fmt, longName } from './names.ts';
import { LoadTest } from './store.ts';

/**
 * Each pattern's mark, name and knee in words, beside the chart: one line per pattern, fixed
 * in height, so the figure does not move as points arrive.
 */
export function Legend() {
  const sweep = LoadTest.useWidget((s) => s.result);
  const metric = LoadTest.useWidget((s) => s.settings.metric);
  const computing = LoadTest.useWidget((s) => s.computing);
  return (
    <div className="lt-legend">
      {sweep.series.map((line, k) => {
        const knee = kneeOf(line.points);
        const last = [...line.points].reverse().find((p) => p !== null);
        return (
          <p key={line.pattern} className={`lt-legend-row lt-series-${k}`}>
            <svg width="34" height="12" aria-hidden="true" className="lt-legend-mark">
              <line className="lt-p50" x1="1" x2="33" y1="6" y2="6" />
              {k === 0 ? <circle className="lt-dot" cx="17" cy="6" r="3.5" /> : <rect className="lt-dot" x="13.5" y="2.5" width="7" height="7" />}
            </svg>
            <strong>{longName(line.pattern)}</strong>{' '}
            <span className="muted">
              {line.error
                ? `cannot run: ${line.error}`
                : knee.beyond
                  ? `within the objectives at every rate up to ${fmt(last?.qps ?? 0)} req/s: no knee in this range`
                  : knee.qps === null
                    ? last
                      ? 'misses the objectives already at the lowest rate'
                      : 'computing…'
                    : `knee at ${fmt(knee.qps)} req/s${computing ? '' : `, goodput at most ${fmt(Math.max(...line.points.map((p) => p?.goodputRps ?? 0)))} req/s`}`}
            </span>
          </p>
        );
      })}
      <p className="lt-legend-row muted">
        {metric === 'goodput' ? 'Goodput = rate × share of requests within both objectives.' : 'Solid: p50 · dashed: p99 · horizontal: the objective · vertical: the knee (last rate with ≥ 90 % of requests within both objectives).'}
      </p>
    </div>
  );
}

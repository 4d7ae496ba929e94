import { useRef } from 'react';
import { useWidth } from '../kit/useWidth.ts';
import type { LoadTestSweep } from '../../../widget-models/load-test/model.ts';
import type { Metric } from '../../../widget-models/load-test/settings.ts';
import { kneeOf } from '../../../widget-models/load-test/sweep.ts';
import { type Box, METRIC_SPECS, pathOf, xScale, yRange, yScale, yTicks } from './chartGeometry.ts';
import { fmt, shortName } from './names.ts';
import { LoadTest } from './store.ts';

/** Fixed height, so the figure never changes size while points arrive. */
const HEIGHT = 300;

/**
 * The picture: the chosen metric against request rate for one or two patterns, p50 solid and
 * p99 dashed, the objective as a horizontal line, and each pattern's knee as a vertical one.
 * Points appear as the worker computes them.
 */
export function SweepChart() {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  return (
    <div ref={ref} className="lt-chart" style={{ height: HEIGHT }}>
      <ChartSvg width={width} />
    </div>
  );
}

function ChartSvg({ width }: { readonly width: number }) {
  const sweep = LoadTest.useWidget((s) => s.result);
  const metric = LoadTest.useWidget((s) => s.settings.metric);
  const maxQps = LoadTest.useWidget((s) => s.settings.maxQps);
  const narrow = width < 480;
  const box: Box = { width, height: HEIGHT, left: narrow ? 40 : 48, right: 12, top: 14, bottom: 38 };
  const spec = METRIC_SPECS[metric];
  const range = yRange(metric, sweep, maxQps);
  const x = xScale(box, maxQps);
  const y = yScale(box, range, spec.log);
  const slo = spec.slo(sweep);
  const bottom = HEIGHT - box.bottom;
  const right = width - box.right;
  const xTicks = sweep.rates.filter((_, i) => !narrow || sweep.rates.length <= 6 || i % 2 === 1);
  const label = describe(sweep, metric);
  return (
    <svg width={width} height={HEIGHT} role="img" aria-label={label} className="lt-svg">
      {yTicks(range, spec.log).map((v) => (
        <g key={v}>
          <line className="lt-grid" x1={box.left} x2={right} y1={y(v)} y2={y(v)} />
          <text className="lt-tick" x={box.left - 5} y={y(v) + 4} textAnchor="end">
            {fmt(v)}
          </text>
        </g>
      ))}
      {xTicks.map((q) => (
        <text key={q} className="lt-tick" x={x(q)} y={bottom + 16} textAnchor="middle">
          {fmt(q)}
        </text>
      ))}
      <line className="lt-axis" x1={box.left} x2={right} y1={bottom} y2={bottom} />
      <text className="lt-axis-label" x={right} y={HEIGHT - 4} textAnchor="end">
        request rate (req/s)
      </text>
      <text className="lt-axis-label" x={box.left} y={10}>
        {metric === 'ttft' ? 'TTFT, s (log scale)' : metric === 'tpot' ? 'TPOT (mean ITL), ms' : 'goodput, req/s within both objectives'}
      </text>
      {slo !== null ? (
        <g>
          <line className="lt-slo" x1={box.left} x2={right} y1={y(slo)} y2={y(slo)} />
          <text className="lt-slo-label" x={right - 4} y={y(slo) - 5} textAnchor="end">
            {spec.sloLabel(sweep)}
          </text>
        </g>
      ) : (
        <g>
          <line className="lt-slo" x1={x(0)} x2={x(maxQps)} y1={y(0)} y2={y(maxQps)} />
          <text className="lt-slo-label" x={x(maxQps) - 4} y={y(maxQps) + 14} textAnchor="end">
            offered load
          </text>
        </g>
      )}
      {sweep.series.map((line, k) => {
        const knee = kneeOf(line.points);
        return (
          <g key={line.pattern} className={`lt-series lt-series-${k}`}>
            {knee.qps !== null && !knee.beyond ? (
              <g>
                <line className="lt-knee" x1={x(knee.qps)} x2={x(knee.qps)} y1={box.top} y2={bottom} />
                <text className="lt-knee-label" x={x(knee.qps) + (k === 0 ? -4 : 4)} y={box.top + 14 + 14 * k} textAnchor={k === 0 ? 'end' : 'start'}>
                  knee {fmt(knee.qps)}
                </text>
              </g>
            ) : null}
            {spec.p99 ? <path className="lt-p99" d={pathOf(line.points, x, y, spec.p99)} /> : null}
            <path className="lt-p50" d={pathOf(line.points, x, y, spec.p50)} />
            {line.points.map((p) =>
              p ? (
                k === 0 ? (
                  <circle key={p.qps} className="lt-dot" cx={x(p.qps)} cy={y(spec.p50(p))} r={3.5} />
                ) : (
                  <rect key={p.qps} className="lt-dot" x={x(p.qps) - 3.5} y={y(spec.p50(p)) - 3.5} width={7} height={7} />
                )
              ) : null,
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The chart in words, for its accessible name. */
function describe(sweep: LoadTestSweep, metric: Metric): string {
  const parts = sweep.series.map((line) => {
    const knee = kneeOf(line.points);
    const where = line.error ? 'cannot run' : knee.beyond ? 'no knee up to the top rate' : knee.qps === null ? 'misses the objectives from the lowest rate' : `knee at ${fmt(knee.qps)} requests per second`;
    return `${shortName(line.pattern)}: ${where}`;
  });
  return `${metric === 'goodput' ? 'Goodput' : metric === 'ttft' ? 'TTFT p50 and p99' : 'TPOT p50 and p99'} against request rate, ${sweep.done} of ${sweep.total} points computed. ${parts.join('; ')}.`;
}

/**
 * Latency against the objectives: each bar is drawn on a scale where the objective (the dashed
 * line) sits in the middle, so "within" and "over" read at a glance whatever the magnitude; a bar
 * past twice the objective is cut and marked off scale. Each bar carries its value and verdict in
 * words (colour is never alone).
 */
import type { PatternReport } from '../../sim/patterns/index.ts';
import { formatMetric, type LabMetric } from '../../widget-models/lab/metrics.ts';

interface Row {
  readonly label: string;
  readonly metric: LabMetric;
  readonly value: number;
  readonly limit: number;
}

export function SloChart({ report }: { readonly report: PatternReport }) {
  const rows: Row[] = [
    { label: 'TTFT p50', metric: 'ttft_p50_s', value: report.ttft_p50_s, limit: report.slo_ttft_s },
    { label: 'TTFT p90', metric: 'ttft_p90_s', value: report.ttft_p90_s, limit: report.slo_ttft_s },
    { label: 'TTFT p99', metric: 'ttft_p99_s', value: report.ttft_p99_s, limit: report.slo_ttft_s },
    { label: 'ITL p90', metric: 'itl_p90_ms', value: report.itl_p90_ms, limit: report.slo_itl_ms },
  ];
  return (
    <figure className="lab-slo">
      <figcaption className="lab-slo-caption">
        Latency against the objectives (dashed line: TTFT {report.slo_ttft_s} s, ITL {report.slo_itl_ms} ms)
      </figcaption>
      <ul className="lab-slo-rows">
        {rows.map((r) => {
          const ratio = r.value / r.limit;
          const over = ratio > 1;
          const offScale = ratio > 2;
          return (
            <li key={r.label} className="lab-slo-row" data-over={over}>
              <span className="lab-slo-label">{r.label}</span>
              <span className="lab-slo-track" aria-hidden="true">
                <span className="lab-slo-bar" style={{ width: `${Math.min(ratio / 2, 1) * 100}%` }} />
                <span className="lab-slo-line" />
              </span>
              <span className="lab-slo-value">
                {formatMetric(r.metric, r.value)} <span className="lab-slo-verdict">{over ? (offScale ? 'over (off scale)' : 'over') : 'within'}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

/**
 * A run's result: latency against the objectives, every metric with what it means, and why this
 * pattern got this result (built from the report by src/widget-models/lab/explain.ts).
 */
import type { PatternReport } from '../../sim/patterns/index.ts';
import type { LabConfig } from '../../widget-models/lab/config.ts';
import { explainRun } from '../../widget-models/lab/explain.ts';
import { formatMetric, METRICS, metricOf, type LabMetric } from '../../widget-models/lab/metrics.ts';
import { SloChart } from './SloChart.tsx';

const SHOWN: readonly LabMetric[] = ['slo_attainment', 'ttft_p50_s', 'ttft_p90_s', 'ttft_p99_s', 'itl_p90_ms', 'output_tokens_per_s', 'prefix_hit_rate', 'gpu_hours', 'gpus_used'];

function objectiveOf(m: LabMetric, r: PatternReport): string {
  if (m.startsWith('ttft')) return `≤ ${r.slo_ttft_s} s`;
  if (m === 'itl_p90_ms') return `≤ ${r.slo_itl_ms} ms`;
  return '';
}

export function LabResults({ config, report }: { readonly config: LabConfig; readonly report: PatternReport }) {
  const { slo, why } = explainRun(config, report);
  const metrics = report.failed > 0 ? [...SHOWN, 'failed' as const] : SHOWN;
  return (
    <div className="lab-results">
      <SloChart report={report} />
      <div className="lab-slo-text">
        {slo.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <h3 className="widget-panel-title">Why this result</h3>
      <ul className="lab-why">
        {why.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="lab-table-wrap">
        <table className="lab-metrics">
          <caption>Metrics of this run and what they mean</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Value</th>
              <th scope="col">Objective</th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m} data-metric={m}>
                <th scope="row">{METRICS[m].label}</th>
                <td className="lab-num">{formatMetric(m, metricOf(report, m))}</td>
                <td>{objectiveOf(m, report)}</td>
                <td className="lab-meaning">{METRICS[m].meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="lab-notes">
        <summary>What this run assumed</summary>
        <ul>
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

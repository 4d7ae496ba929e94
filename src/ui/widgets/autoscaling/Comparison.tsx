import { useMemo, useRef } from 'react';
import type { AutoscaleResult } from '../../../sim/autoscale/index.ts';
import { FOCI, type Focus } from '../../../widget-models/autoscaling/settings.ts';
import { panicSpans, runFigures, type RunFigures } from '../../../widget-models/autoscaling/timeline.ts';
import { type Frame, niceMax, stepPath, xOf, yLinear } from './chartScale.ts';
import { formatCount, formatDuration, formatGpuHours, formatLatency } from './format.ts';
import { podAxisMax, runName, runOf } from './selectors.ts';
import { Autoscaling } from './store.ts';
import { useWidth } from '../kit/useWidth.ts';

const MINI_HEIGHT = 52;

/** The three runs side by side: small multiples of their pods on one axis, and like-for-like figures. */
export function Comparison() {
  const settings = Autoscaling.useWidget((s) => s.settings);
  const runs = Autoscaling.useWidget((s) => s.result.runs);
  const figures = useMemo(() => runs.map((r) => (r ? runFigures(r) : null)), [runs]);
  const requests = figures.find((f) => f)?.requests;
  return (
    <div className="as-compare">
      <h4 className="widget-panel-title">Three autoscalers, the same requests</h4>
      <div className="as-minis">
        {FOCI.map((f) => (
          <Mini key={f} focus={f} />
        ))}
      </div>
      <div className="as-table-wrap" tabIndex={0} role="region" aria-label="Whole-run figures">
        <table className="as-table">
          <caption>
            Whole 10-minute run{requests === undefined ? '' : `, the same ${formatCount(requests)} requests for each`} (not “so far”: these do not follow the playhead)
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {FOCI.map((f) => (
                <th key={f} scope="col">
                  {runName(settings, f)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <Row label="GPU-hours" metric="gpu-hours" figures={figures} value={(x) => x.gpuHours} show={formatGpuHours} lowerIsBetter />
            <Row label="TTFT p50" metric="ttft-p50" figures={figures} value={(x) => x.ttftP50} show={formatLatency} lowerIsBetter />
            <Row label="TTFT p99" metric="ttft-p99" figures={figures} value={(x) => x.ttftP99} show={formatLatency} lowerIsBetter />
            <Row label="Arrived with no pod ready (waited for a cold start)" metric="no-pod" figures={figures} value={(x) => x.arrivedWithNoPod} show={formatCount} lowerIsBetter />
            <Row label="Most held at the activator" metric="max-activator" figures={figures} value={(x) => x.maxActivatorQueued} show={formatCount} />
            <Row label="Cold starts" metric="cold-starts" figures={figures} value={(x) => x.coldStarts} show={formatCount} />
            <Row label="Most pods" metric="max-pods" figures={figures} value={(x) => x.maxPods} show={formatCount} />
            <Row label="Time in panic" metric="panic" figures={figures} value={(x) => x.panicSeconds} show={formatDuration} />
            <Row label="Completed by the end" metric="completed" figures={figures} value={(x) => x.completed} show={formatCount} />
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Row({
  label,
  metric,
  figures,
  value,
  show,
  lowerIsBetter = false,
}: {
  readonly label: string;
  readonly metric: string;
  readonly figures: readonly (RunFigures | null)[];
  readonly value: (f: RunFigures) => number;
  readonly show: (v: number) => string;
  readonly lowerIsBetter?: boolean;
}) {
  const vals = figures.map((f) => (f ? value(f) : null));
  const done = vals.every((v) => v !== null && Number.isFinite(v));
  const best = lowerIsBetter && done ? Math.min(...(vals as number[])) : null;
  return (
    <tr data-metric={metric}>
      <th scope="row">{label}</th>
      {vals.map((v, i) => (
        <td key={FOCI[i]} data-focus={FOCI[i]} data-value={v ?? ''} className={best !== null && v === best && (vals as number[]).some((o) => o !== best) ? 'as-best' : undefined}>
          {v === null ? 'computing…' : show(v)}
          {best !== null && v === best && (vals as number[]).some((o) => o !== best) ? <span className="visually-hidden"> (lowest)</span> : null}
        </td>
      ))}
    </tr>
  );
}

/** One run's ready and desired pods over time, on the shared pod axis, with its panic shaded. */
function Mini({ focus }: { readonly focus: Focus }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref, 200);
  const settings = Autoscaling.useWidget((s) => s.settings);
  const run = Autoscaling.useWidget((s) => runOf(s, focus));
  const podMax = niceMax(Autoscaling.useWidget(podAxisMax));
  const frame = Autoscaling.useWidget((s) => s.panelFrame);
  return (
    <figure className="as-mini" data-focus={focus}>
      <figcaption>
        <span className="as-mini-name">{runName(settings, focus)}</span>
      </figcaption>
      <div ref={ref} className="as-mini-plot" style={{ height: MINI_HEIGHT }}>
        {run ? <MiniSvg run={run} width={width} podMax={podMax} frame={frame} /> : <span className="muted">computing…</span>}
      </div>
    </figure>
  );
}

function MiniSvg({ run, width, podMax, frame }: { readonly run: AutoscaleResult; readonly width: number; readonly podMax: number; readonly frame: number }) {
  const f: Frame = { width, height: MINI_HEIGHT, left: 26, right: 4, top: 4, bottom: 4 };
  const dur = run.config.durationS;
  const x = (t: number) => xOf(f, t, dur);
  const upto = Math.min(frame, run.samples.length - 1);
  const tNow = run.samples[upto]?.t ?? 0;
  const last = run.samples[upto];
  return (
    <svg width={width} height={MINI_HEIGHT} role="img" aria-label={`${run.summary.policy}: ${last ? `${last.readyPods} ready and ${last.desiredPods} desired at ${last.t} s` : 'no data'}`}>
      {panicSpans(run.samples)
        .filter((p) => p.fromS <= tNow)
        .map((p) => (
          <rect key={p.fromS} className="as-panic" x={x(p.fromS)} y={f.top} width={Math.max(2, x(Math.min(p.toS, tNow)) - x(p.fromS))} height={MINI_HEIGHT - f.top - f.bottom} />
        ))}
      <text className="as-tick" x={f.left - 4} y={f.top + 9} textAnchor="end">
        {podMax}
      </text>
      <text className="as-tick" x={f.left - 4} y={MINI_HEIGHT - f.bottom} textAnchor="end">
        0
      </text>
      <line className="as-baseline" x1={f.left} x2={width - f.right} y1={yLinear(f, 0, 1)} y2={yLinear(f, 0, 1)} />
      <path className="as-desired" d={stepPath(run.samples, upto, x, (s) => yLinear(f, s.desiredPods, podMax))} />
      <path className="as-ready" d={stepPath(run.samples, upto, x, (s) => yLinear(f, s.readyPods, podMax))} />
      <line className="as-now" x1={x(tNow)} x2={x(tNow)} y1={f.top} y2={MINI_HEIGHT - f.bottom} />
    </svg>
  );
}

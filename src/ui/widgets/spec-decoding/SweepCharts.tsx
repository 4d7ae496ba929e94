import { useRef } from 'react';
import { SWEEP_AXES, SWEEP_SETTING, SWEEP_X, type SweepAxis } from '../../../widget-models/spec-decoding/model.ts';
import type { SweepPoint } from '../../../widget-models/spec-decoding/simulate.ts';
import type { SpecSettings } from '../../../widget-models/spec-decoding/settings.ts';
import { fixed2, times } from './format.ts';
import { Spec } from './store.ts';
import { useWidth } from '../kit/useWidth.ts';

const TITLES: Record<SweepAxis, string> = {
  k: 'Speedup against k (num_speculative_tokens)',
  acc: 'Speedup against the acceptance rate',
  bs: 'Speedup against batch size (max_num_seqs)',
};
const X_NAMES: Record<SweepAxis, string> = { k: 'k', acc: 'acceptance', bs: 'batch' };

const xLabel = (axis: SweepAxis, x: number) => (axis === 'acc' ? fixed2(x / 100) : String(x));

/** The settings' own value on an axis. */
const currentX = (s: SpecSettings, axis: SweepAxis) => s[SWEEP_SETTING[axis]];

const H = 190;

/** Baselines for the two line labels at their lines' ends (`y` of each line), at least a line of text apart. */
function labelsApart(yFewer: number, yCost: number): [number, number] {
  const gap = 15;
  let f = yFewer - 6;
  let c = yCost - 6;
  if (Math.abs(f - c) < gap) {
    if (f <= c) c = f + gap;
    else f = c + gap;
  }
  return [f, c];
}
const PAD = { l: 34, r: 12, t: 14, b: 30 };

/**
 * One sweep: output tokens/s with the drafter ÷ without, end to end, on the same requests. The
 * batch-size chart adds the two factors the speedup is made of: how many fewer steps the
 * accepted drafts need, and how much more each step costs (verification of 1 + k tokens per
 * request plus the drafter). Where the step cost line crosses above the fewer-steps line, the
 * drafter makes the run slower.
 */
function SweepChart({ axis, points, settings }: { readonly axis: SweepAxis; readonly points: readonly (SweepPoint | null)[]; readonly settings: SpecSettings }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = Math.max(220, useWidth(ref, 300));
  const xs = SWEEP_X[axis];
  const done = points.filter((p): p is SweepPoint => p !== null);
  const withFactors = axis === 'bs';
  const top = Math.max(2, ...done.map((p) => (withFactors ? Math.max(p.speedup, p.fewerSteps, p.stepCost) : p.speedup))) * 1.08;
  const iw = width - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  const xAt = (i: number) => PAD.l + (xs.length === 1 ? iw / 2 : (i / (xs.length - 1)) * iw);
  const yAt = (v: number) => PAD.t + ih - (v / top) * ih;
  const line = (get: (p: SweepPoint) => number) =>
    points
      .map((p, i) => (p ? `${xAt(i).toFixed(1)},${yAt(get(p)).toFixed(1)}` : null))
      .filter((x) => x !== null)
      .join(' ');
  const cur = xs.indexOf(currentX(settings, axis));
  const curPoint = cur >= 0 ? points[cur] : null;
  const ticks = [0, 1, 2, 3, 4, 5, 6].filter((t) => t <= top);
  const complete = done.length === xs.length;
  const summary = complete
    ? `${TITLES[axis]}: ${points.map((p, i) => `${X_NAMES[axis]} ${xLabel(axis, xs[i] as number)} ${p ? times(p.speedup) : ''}`).join(', ')}.`
    : `${TITLES[axis]}: computing, ${done.length} of ${xs.length} points.`;
  const last = done.length > 0 ? points.length - 1 - [...points].reverse().findIndex((p) => p !== null) : -1;
  const lastPoint = last >= 0 ? points[last] : null;
  return (
    <figure className="sd-chart" data-axis={axis} data-complete={complete ? 'true' : 'false'}>
      <figcaption>{TITLES[axis]}</figcaption>
      <div ref={ref} className="sd-chart-box">
        <svg width={width} height={H} role="img" aria-label={summary}>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PAD.l} x2={width - PAD.r} y1={yAt(t)} y2={yAt(t)} className={t === 1 ? 'sd-grid sd-grid-one' : 'sd-grid'} />
              <text x={PAD.l - 5} y={yAt(t) + 4} textAnchor="end" className="sd-tick">
                {t}×
              </text>
            </g>
          ))}
          {xs.map((x, i) => (
            <text key={x} x={xAt(i)} y={H - PAD.b + 15} textAnchor="middle" className={i === cur ? 'sd-tick sd-tick-current' : 'sd-tick'}>
              {i % 2 === 1 && i !== cur && iw / (xs.length - 1) < 32 ? '' : xLabel(axis, x)}
            </text>
          ))}
          <text x={PAD.l + iw / 2} y={H - 2} textAnchor="middle" className="sd-tick">
            {X_NAMES[axis]}
          </text>
          {cur >= 0 ? <line x1={xAt(cur)} x2={xAt(cur)} y1={PAD.t} y2={PAD.t + ih} className="sd-current-x" /> : null}
          {withFactors ? <polyline points={line((p) => p.fewerSteps)} className="sd-line sd-line-fewer" /> : null}
          {withFactors ? <polyline points={line((p) => p.stepCost)} className="sd-line sd-line-cost" /> : null}
          <polyline points={line((p) => p.speedup)} className="sd-line sd-line-speedup" />
          {points.map((p, i) => (p ? <circle key={i} cx={xAt(i)} cy={yAt(p.speedup)} r={i === cur ? 5 : 3} className={i === cur ? 'sd-dot sd-dot-current' : 'sd-dot'} /> : null))}
          {curPoint ? (
            <text x={Math.min(xAt(cur) + 7, width - PAD.r - 40)} y={yAt(curPoint.speedup) - 8} className="sd-value">
              {times(curPoint.speedup)}
            </text>
          ) : null}
          {withFactors && lastPoint && complete
            ? labelsApart(yAt(lastPoint.fewerSteps), yAt(lastPoint.stepCost)).map((y, i) => (
                <text key={i} x={xAt(last) - 4} y={y} textAnchor="end" className={`sd-line-label ${i === 0 ? 'sd-label-fewer' : 'sd-label-cost'}`}>
                  {i === 0 ? `fewer steps ${times(lastPoint.fewerSteps)}` : `step cost ${times(lastPoint.stepCost)}`}
                </text>
              ))
            : null}
        </svg>
      </div>
    </figure>
  );
}

/** The three sweeps, each with its data as a table. */
export function SweepCharts() {
  const sweeps = Spec.useWidget((s) => s.result.sweeps);
  const settings = Spec.useWidget((s) => s.result.settings);
  const current = Spec.useWidget((s) => s.result.current);
  if (!settings) return <div className="sd-charts" />;
  return (
    <div className="sd-sweeps">
      <p className="sd-headline" data-metric="speedup" data-value={current?.speedup ?? ''}>
        At these settings: <strong>{current ? times(current.speedup) : 'computing…'}</strong>
        {current ? (
          <>
            {' '}
            output tokens/s with the drafter vs without = {times(current.fewerSteps)} fewer steps ÷ {times(current.stepCost)} step cost (mean acceptance length {fixed2(current.meanAcceptanceLength)})
          </>
        ) : null}
      </p>
      <div className="sd-charts">
        {SWEEP_AXES.map((axis) => (
          <SweepChart key={axis} axis={axis} points={sweeps[axis]} settings={settings} />
        ))}
      </div>
      <p className="sd-legend">
        <span className="sd-legend-item">
          <span className="sd-key sd-key-speedup" aria-hidden="true" /> speedup (output tokens/s, with ÷ without)
        </span>
        <span className="sd-legend-item">
          <span className="sd-key sd-key-fewer" aria-hidden="true" /> fewer steps (dashed)
        </span>
        <span className="sd-legend-item">
          <span className="sd-key sd-key-cost" aria-hidden="true" /> step cost (dotted)
        </span>
        <span className="sd-legend-item">grey line: 1×, no gain</span>
      </p>
      <details className="sd-details">
        <summary>The charts as tables</summary>
        {SWEEP_AXES.map((axis) => (
          <table key={axis} className="sd-table" data-axis={axis}>
            <caption>{TITLES[axis]}</caption>
            <thead>
              <tr>
                <th scope="col">{X_NAMES[axis]}</th>
                <th scope="col">speedup</th>
                <th scope="col">fewer steps</th>
                <th scope="col">step cost</th>
                <th scope="col">mean acceptance length</th>
              </tr>
            </thead>
            <tbody>
              {sweeps[axis].map((p, i) => (
                <tr key={i} data-x={SWEEP_X[axis][i]} data-speedup={p?.speedup ?? ''}>
                  <th scope="row">{xLabel(axis, SWEEP_X[axis][i] as number)}</th>
                  <td>{p ? times(p.speedup) : '…'}</td>
                  <td>{p ? times(p.fewerSteps) : '…'}</td>
                  <td>{p ? times(p.stepCost) : '…'}</td>
                  <td>{p ? fixed2(p.meanAcceptanceLength) : '…'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </details>
    </div>
  );
}

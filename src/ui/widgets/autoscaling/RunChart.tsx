import { useMemo, useRef } from 'react';
import type { AutoscaleResult } from '../../../sim/autoscale/index.ts';
import { panicSpans } from '../../../widget-models/autoscaling/timeline.ts';
import { type Frame, linePath, niceMax, plotHeight, stepPath, timeTicks, xOf, yLinear } from './chartScale.ts';
import { formatCount } from './format.ts';
import { podAxisMax, rpsOf, runName, runOf } from './selectors.ts';
import { Autoscaling } from './store.ts';
import { useWidth } from '../kit/useWidth.ts';

/** Heights of the three bands (px): pods and arrivals, the activator queue, TTFT. Fixed, so the figure never changes size. */
const BANDS = { pods: 150, queue: 56, ttft: 86, gap: 26 } as const;
const HEIGHT = 14 + BANDS.pods + BANDS.gap + BANDS.queue + BANDS.gap + BANDS.ttft + 24;
/** TTFT axis: log scale from 10 ms to 10 min. */
const TTFT_MIN = 0.01;
const TTFT_MAX = 600;

/**
 * The picture: for the run in focus, arrivals (requests/s, right axis) behind desired and ready
 * pods (left axis), panic periods shaded; under it the requests held at the activator, and TTFT
 * p50/p99 on a log scale. Drawn up to the frame on screen; one pod axis for every run.
 */
export function RunChart() {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const focus = Autoscaling.useWidget((s) => s.settings.focus);
  const run = Autoscaling.useWidget((s) => runOf(s, s.settings.focus));
  const settings = Autoscaling.useWidget((s) => s.settings);
  const podMax = Autoscaling.useWidget(podAxisMax);
  const frame = Autoscaling.useWidget((s) => s.playback.frame);
  const name = runName(settings, focus);
  return (
    <div ref={ref} className="as-chart" style={{ height: HEIGHT }}>
      {run ? (
        <ChartSvg run={run} width={width} frame={frame} podMax={niceMax(podMax)} name={name} />
      ) : (
        <p className="as-chart-wait muted">Computing the {name} run…</p>
      )}
    </div>
  );
}

function ChartSvg({ run, width, frame, podMax, name }: { readonly run: AutoscaleResult; readonly width: number; readonly frame: number; readonly podMax: number; readonly name: string }) {
  const dur = run.config.durationS;
  const samples = run.samples;
  const upto = Math.min(frame, samples.length - 1);
  const narrow = width < 480;
  const base = { width, left: narrow ? 30 : 40, right: narrow ? 34 : 48 };
  const pods: Frame = { ...base, height: 14 + BANDS.pods, top: 14, bottom: 0 };
  const q0 = pods.height + BANDS.gap;
  const queue: Frame = { ...base, height: q0 + BANDS.queue, top: q0, bottom: 0 };
  const t0 = queue.height + BANDS.gap;
  const ttft: Frame = { ...base, height: t0 + BANDS.ttft, top: t0, bottom: 0 };
  const x = (t: number) => xOf(pods, t, dur);
  const rpsMax = useMemo(() => niceMax(Math.max(1, ...samples.map((s) => rpsOf(run, s)))), [run, samples]);
  const queueMax = useMemo(() => niceMax(Math.max(1, ...samples.map((s) => s.activatorQueued))), [samples]);
  const spans = useMemo(() => panicSpans(samples), [samples]);
  const yLog = (v: number) => {
    const f = (Math.log10(Math.min(Math.max(v, TTFT_MIN), TTFT_MAX)) - Math.log10(TTFT_MIN)) / (Math.log10(TTFT_MAX) - Math.log10(TTFT_MIN));
    return ttft.top + plotHeight(ttft) * (1 - f);
  };
  const now = samples[upto];
  const tNow = now?.t ?? 0;
  const xNow = x(tNow);
  const arrivalsArea = `${stepPath(samples, upto, x, (s) => yLinear(pods, rpsOf(run, s), rpsMax))}V${yLinear(pods, 0, 1).toFixed(1)}H${x(0).toFixed(1)}Z`;
  const queueArea = `${stepPath(samples, upto, x, (s) => yLinear(queue, s.activatorQueued, queueMax))}V${yLinear(queue, 0, 1).toFixed(1)}H${x(0).toFixed(1)}Z`;
  const podTicks = Number.isInteger(podMax / 2) ? [0, podMax / 2, podMax] : [0, podMax];
  const right = width - base.right;
  return (
    <svg width={width} height={HEIGHT} role="img" aria-label={`${name}: ${describeNow(run, upto)}`} className="as-svg">
      {/* Panic periods, up to now. */}
      {spans
        .filter((p) => p.fromS <= tNow)
        .map((p) => (
          <rect key={p.fromS} className="as-panic" x={x(p.fromS)} y={pods.top} width={Math.max(2, x(Math.min(p.toS, tNow)) - x(p.fromS))} height={BANDS.pods} />
        ))}
      {/* Axes and grid. */}
      {timeTicks(pods, dur).map((t) => (
        <g key={t}>
          <line className="as-grid" x1={x(t)} x2={x(t)} y1={pods.top} y2={ttft.height} />
          <text className="as-tick" x={x(t)} y={HEIGHT - 6} textAnchor={t === 0 ? 'start' : t === dur ? 'end' : 'middle'}>
            {t === 0 ? '0 s' : `${t / 60} min`}
          </text>
        </g>
      ))}
      {podTicks.map((v) => (
        <text key={`p${v}`} className="as-tick as-tick-pods" x={base.left - 5} y={yLinear(pods, v, podMax) + 4} textAnchor="end">
          {formatCount(v)}
        </text>
      ))}
      {[0, rpsMax].map((v) => (
        <text key={`r${v}`} className="as-tick as-tick-rps" x={right + 5} y={yLinear(pods, v, rpsMax) + 4}>
          {formatCount(v)}
        </text>
      ))}
      <text className="as-axis-label" x={base.left} y={10}>
        pods
      </text>
      <text className="as-axis-label as-tick-rps" x={right} y={10} textAnchor="end">
        requests/s
      </text>
      <path className="as-arrivals" d={arrivalsArea} />
      <path className="as-desired" d={stepPath(samples, upto, x, (s) => yLinear(pods, s.desiredPods, podMax))} />
      <path className="as-ready" d={stepPath(samples, upto, x, (s) => yLinear(pods, s.readyPods, podMax))} />
      {/* Activator queue. */}
      <text className="as-axis-label" x={base.left} y={queue.top - 6}>
        held at the activator (max {formatCount(queueMax)})
      </text>
      <line className="as-baseline" x1={base.left} x2={right} y1={yLinear(queue, 0, 1)} y2={yLinear(queue, 0, 1)} />
      <path className="as-queue" d={queueArea} />
      {/* TTFT. */}
      <text className="as-axis-label" x={base.left} y={ttft.top - 6}>
        TTFT (log scale)
      </text>
      {[0.01, 1, 60].map((v) => (
        <g key={`t${v}`}>
          <line className="as-grid" x1={base.left} x2={right} y1={yLog(v)} y2={yLog(v)} />
          <text className="as-tick" x={base.left - 5} y={yLog(v) + 4} textAnchor="end">
            {v < 1 ? '10ms' : v < 60 ? '1s' : '1m'}
          </text>
        </g>
      ))}
      <path className="as-p99" d={linePath(samples, upto, x, (s) => (s.ttftP99 === null ? null : yLog(s.ttftP99)))} />
      <path className="as-p50" d={linePath(samples, upto, x, (s) => (s.ttftP50 === null ? null : yLog(s.ttftP50)))} />
      <line className="as-now" x1={xNow} x2={xNow} y1={pods.top} y2={ttft.height} />
    </svg>
  );
}

/** The chart in words, for its accessible name. */
function describeNow(run: AutoscaleResult, i: number): string {
  const s = run.samples[i];
  if (!s) return 'no data yet';
  return `at ${s.t} s, ${formatCount(rpsOf(run, s))} requests per second, ${s.desiredPods} pods desired, ${s.readyPods} ready${s.panicking ? ', panicking' : ''}, ${s.activatorQueued} held at the activator`;
}

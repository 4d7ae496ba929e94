import { useId, useMemo, useRef } from 'react';
import { adapterLabel, ARRIVAL_WINDOW_S, FRAME_MS } from '../../../widget-models/lora/settings.ts';
import type { LoraFrame } from '../../../widget-models/lora/types.ts';
import { adapterClass } from './AdapterChip.tsx';
import { Lora } from './store.ts';
import { useWidth } from '../kit/useWidth.ts';

/** Fixed bands (px), so the figure never changes size whatever the slot count. */
const TOP = 18;
const SLOTS_H = 132;
const GAP = 30;
const WAIT_H = 70;
export const TIMELINE_HEIGHT = TOP + SLOTS_H + GAP + WAIT_H + 26;

interface Segment {
  readonly slot: number;
  readonly adapter: number;
  readonly from: number;
  /** Exclusive frame index. */
  readonly to: number;
}

/** Runs of frames in which a slot holds the same adapter. */
export function slotSegments(frames: readonly LoraFrame[]): Segment[] {
  const out: Segment[] = [];
  const slots = frames[0]?.slots.length ?? 0;
  for (let k = 0; k < slots; k++) {
    let start = 0;
    for (let i = 1; i <= frames.length; i++) {
      const a = frames[start]?.slots[k] ?? -1;
      if (i === frames.length || frames[i]?.slots[k] !== a) {
        if (a >= 0) out.push({ slot: k, adapter: a, from: start, to: i });
        start = i;
      }
    }
  }
  return out;
}

/** Where a load or hit mark goes: the slot holding that adapter at the end of the frame. */
function slotOf(f: LoraFrame, a: number): number {
  const k = f.slots.indexOf(a);
  return k < 0 ? 0 : k;
}

/**
 * The picture: GPU adapter slots over time, each run of an adapter drawn in its colour with its
 * letter, ▲ where it was loaded from storage and ● where it came from the CPU cache; under it,
 * waiting requests per frame with the part skipped because of `max_loras` filled. Drawn up to the
 * frame on screen.
 */
export function SlotTimeline() {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const frames = Lora.useWidget((s) => s.result.frames);
  const frame = Lora.useWidget((s) => s.playback.frame);
  const maxLoras = Lora.useWidget((s) => s.settings.maxLoras);
  const error = Lora.useWidget((s) => s.result.error);
  return (
    <div ref={ref} className="lr-chart" style={{ height: TIMELINE_HEIGHT }}>
      {frames.length > 0 ? (
        <TimelineSvg frames={frames} width={width} frame={Math.min(frame, frames.length - 1)} maxLoras={maxLoras} />
      ) : (
        <p className="lr-chart-wait muted">{error ? 'No run: see the message above.' : 'Computing the run…'}</p>
      )}
    </div>
  );
}

function TimelineSvg({ frames, width, frame, maxLoras }: { readonly frames: readonly LoraFrame[]; readonly width: number; readonly frame: number; readonly maxLoras: number }) {
  const stripes = `lr-stripes-${useId().replace(/:/g, '')}`;
  const narrow = width < 480;
  const left = narrow ? 44 : 58;
  const right = 10;
  const spanMs = Math.max(frames.length * FRAME_MS, (ARRIVAL_WINDOW_S + 5) * 1000);
  const x = (tMs: number) => left + ((width - left - right) * tMs) / spanMs;
  const rowH = SLOTS_H / maxLoras;
  const segments = useMemo(() => slotSegments(frames), [frames]);
  const waitMax = useMemo(() => Math.max(4, ...frames.map((f) => f.waiting.reduce((a, b) => a + b, 0))), [frames]);
  const waitTop = TOP + SLOTS_H + GAP;
  const yWait = (n: number) => waitTop + WAIT_H - (WAIT_H * n) / waitMax;
  const now = frames[frame] as LoraFrame;
  const barW = Math.max(1, x(FRAME_MS) - x(0));
  const ticks: number[] = [];
  const stepS = spanMs > 60_000 ? 20 : spanMs > 30_000 ? 10 : 5;
  for (let t = 0; t * 1000 <= spanMs; t += stepS) ticks.push(t);
  const label = `GPU slots at ${(now.tMs / 1000).toFixed(1)} s: ${now.slots.map((a, k) => `slot ${k + 1} ${a >= 0 ? adapterLabel(a) : 'empty'}`).join(', ')}; ${now.waiting.reduce((a, b) => a + b, 0)} waiting, ${now.deferred.reduce((a, b) => a + b, 0)} of them skipped for max_loras.`;
  return (
    <svg width={width} height={TIMELINE_HEIGHT} role="img" aria-label={label} className="lr-svg">
      <defs>
        <pattern id={stripes} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="3" height="6" className="lr-stripe" />
        </pattern>
      </defs>
      <text className="lr-band-title" x={0} y={12}>
        {narrow ? `GPU slots (--max-loras ${maxLoras}) · ▲ storage · ● CPU cache` : `GPU adapter slots (--max-loras ${maxLoras}): who holds each slot · ▲ read from storage · ● copied from the CPU cache`}
      </text>
      {Array.from({ length: maxLoras }, (_, k) => (
        <g key={k}>
          <rect className="lr-row" x={left} y={TOP + k * rowH + 1} width={width - left - right} height={rowH - 2} />
          <text className="lr-tick" x={left - 6} y={TOP + (k + 0.5) * rowH + 4} textAnchor="end">
            slot {k + 1}
          </text>
        </g>
      ))}
      {segments
        .filter((s) => s.from <= frame)
        .map((s) => {
          const x0 = x(s.from * FRAME_MS);
          const x1 = x(Math.min(s.to, frame + 1) * FRAME_MS);
          const y = TOP + s.slot * rowH + 1;
          const h = rowH - 2;
          return (
            <g key={`${s.slot}-${s.from}`} className={adapterClass(s.adapter)}>
              <rect className="lr-fill" x={x0} y={y} width={Math.max(1, x1 - x0)} height={h} />
              {s.adapter >= 8 ? <rect x={x0} y={y} width={Math.max(1, x1 - x0)} height={h} fill={`url(#${stripes})`} /> : null}
              {x1 - x0 >= 14 && h >= 13 ? (
                <text className="lr-seg-label" x={x0 + 3} y={y + Math.min(h / 2 + 4, 15)}>
                  {adapterLabel(s.adapter)}
                </text>
              ) : null}
            </g>
          );
        })}
      {frames.slice(0, frame + 1).flatMap((f, i) => [
        ...[...new Set(f.loads)].map((a) => (
          <path key={`l${i}-${a}`} className="lr-mark-load" d={`M${x(i * FRAME_MS).toFixed(1)},${(TOP + slotOf(f, a) * rowH + 2).toFixed(1)}l-5,9h10z`} />
        )),
        ...[...new Set(f.hits)].map((a) => <circle key={`h${i}-${a}`} className="lr-mark-hit" cx={x(i * FRAME_MS)} cy={TOP + slotOf(f, a) * rowH + 7} r={4} />),
      ])}
      <text className="lr-band-title" x={0} y={waitTop - 8}>
        Waiting requests; filled: skipped because of max_loras
      </text>
      <line className="lr-axis" x1={left} x2={width - right} y1={waitTop + WAIT_H} y2={waitTop + WAIT_H} />
      <text className="lr-tick" x={left - 6} y={waitTop + 10} textAnchor="end">
        {waitMax}
      </text>
      <text className="lr-tick" x={left - 6} y={waitTop + WAIT_H} textAnchor="end">
        0
      </text>
      {frames.slice(0, frame + 1).map((f, i) => {
        const total = f.waiting.reduce((a, b) => a + b, 0);
        if (total === 0) return null;
        const deferred = f.deferred.reduce((a, b) => a + b, 0);
        return (
          <g key={i}>
            <rect className="lr-wait" x={x(i * FRAME_MS)} y={yWait(total)} width={barW} height={waitTop + WAIT_H - yWait(total)} />
            {deferred > 0 ? <rect className="lr-deferred" x={x(i * FRAME_MS)} y={yWait(deferred)} width={barW} height={waitTop + WAIT_H - yWait(deferred)} /> : null}
          </g>
        );
      })}
      {ticks.map((t) => (
        <text key={t} className="lr-tick" x={x(t * 1000)} y={TIMELINE_HEIGHT - 8} textAnchor={t === 0 ? 'start' : x(t * 1000) > width - right - 16 ? 'end' : 'middle'}>
          {t} s
        </text>
      ))}
      <line className="lr-now" x1={x(now.tMs)} x2={x(now.tMs)} y1={TOP} y2={waitTop + WAIT_H} />
    </svg>
  );
}

/**
 * Draws one run's timeline into a viewport-sized canvas: the budget bar of every step, a time
 * axis, and each request's row of segments (waiting, prefill chunk, decode, preempted,
 * padding). Shapes and letters, not only colours, tell the kinds apart. Cost is O(segments +
 * steps in view), so hundreds of requests over thousands of steps redraw in a few ms.
 */
import { stepsDoneAt } from '../../../widget-models/batching/frames.ts';
import { DECODE, PAD, PREEMPT, PREFILL, PREFILL_LAST, WAIT, type RunRecord, type StepRecord } from '../../../widget-models/batching/types.ts';
import type { Workload } from '../../../widget-models/batching/workload.ts';
import { splitOf } from './selectors.ts';
import { tickStepUs, xAtTime, type TimelineLayout } from './timelineLayout.ts';

export interface TimelineColours {
  readonly surface: string;
  readonly surface2: string;
  readonly border: string;
  readonly fg: string;
  readonly muted: string;
  readonly accent: string;
  readonly ok: string;
  readonly warn: string;
  readonly danger: string;
}

export interface DrawInput {
  readonly layout: TimelineLayout;
  readonly run: RunRecord;
  readonly workload: Workload;
  /** Time on screen (µs): nothing after it is drawn. */
  readonly tUs: number;
  readonly budget: number;
  readonly scrollX: number;
  readonly scrollY: number;
  /** Viewport size (CSS px). */
  readonly vw: number;
  readonly vh: number;
  readonly colours: TimelineColours;
  /** Patterns for prefill (diagonal) and padding (cross-hatch), when the canvas supports them. */
  readonly hatch: CanvasPattern | null;
  readonly cross: CanvasPattern | null;
  /** Step to highlight (the one the "why" panel explains), or null. */
  readonly selected: StepRecord | null;
}

/** Makes a small repeating pattern of lines in `colour`. */
export function makePattern(doc: Document, colour: string, cross: boolean): CanvasPattern | null {
  const c = doc.createElement('canvas');
  c.width = 6;
  c.height = 6;
  const g = c.getContext('2d');
  if (!g || typeof g.createPattern !== 'function') return null;
  g.strokeStyle = colour;
  g.lineWidth = 1.2;
  g.beginPath();
  g.moveTo(0, 6);
  g.lineTo(6, 0);
  if (cross) {
    g.moveTo(0, 0);
    g.lineTo(6, 6);
  }
  g.stroke();
  return g.createPattern(c, 'repeat') ?? null;
}

function drawBars(ctx: CanvasRenderingContext2D, d: DrawInput, first: number, last: number): void {
  const { layout: l, colours: c, run } = d;
  const top = 6;
  const h = l.barH - top - 4;
  const base = top + h;
  const scale = h / Math.max(1, d.budget);
  for (let i = first; i < last; i++) {
    const s = run.steps[i] as StepRecord;
    const x0 = xAtTime(l, s.startUs, d.scrollX);
    const w = Math.max(0.6, (s.endUs - s.startUs) * l.pxPerUs - (l.pxPerUs * (s.endUs - s.startUs) > 3 ? 1 : 0));
    ctx.fillStyle = c.surface2;
    ctx.fillRect(x0, top, w, h);
    const split = splitOf(s);
    let y = base;
    const stack = (n: number, fill: string | CanvasPattern, under?: string) => {
      const hh = Math.min(y - top, n * scale);
      if (hh <= 0) return;
      if (under) {
        ctx.fillStyle = under;
        ctx.fillRect(x0, y - hh, w, hh);
      }
      ctx.fillStyle = fill;
      ctx.fillRect(x0, y - hh, w, hh);
      y -= hh;
      if (hh >= 3 && w >= 3) {
        ctx.fillStyle = c.surface;
        ctx.fillRect(x0, y, w, 1);
      }
    };
    stack(split.decode, c.ok);
    for (const n of split.chunks) stack(n, d.hatch ?? c.accent, c.accent);
    if (split.padding > 0) stack(split.padding, d.cross ?? c.muted, c.muted);
    const total = split.decode + split.padding + split.chunks.reduce((a, b) => a + b, 0);
    if (total > d.budget) {
      ctx.fillStyle = c.danger;
      ctx.fillRect(x0, top - 4, Math.max(2, w), 3);
    }
    if (s.preempted.length > 0) {
      ctx.fillStyle = c.danger;
      ctx.fillRect(x0, 0, Math.max(2, w), 3);
    }
    // The CPU gap sits at the start of the step: the GPU idles until the step's inputs are ready.
    const gw = s.cpuGapUs * l.pxPerUs;
    if (gw >= 0.5) {
      ctx.fillStyle = c.surface;
      ctx.fillRect(x0, top, gw, h);
      ctx.fillStyle = c.fg;
      for (let gx = x0 + 1; gx < x0 + gw; gx += 3) for (let gy = top + 2; gy < base; gy += 4) ctx.fillRect(gx, gy, 1, 1);
    }
  }
  ctx.strokeStyle = c.muted;
  ctx.setLineDash?.([3, 3]);
  ctx.beginPath();
  ctx.moveTo(l.labelW, top + 0.5);
  ctx.lineTo(d.vw, top + 0.5);
  ctx.stroke();
  ctx.setLineDash?.([]);
}

function drawAxis(ctx: CanvasRenderingContext2D, d: DrawInput): void {
  const { layout: l, colours: c } = d;
  const step = tickStepUs(l.pxPerUs);
  const t0 = Math.max(0, Math.floor((d.scrollX / l.pxPerUs) / step) * step);
  ctx.fillStyle = c.muted;
  ctx.font = '10px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  for (let t = t0; ; t += step) {
    const x = xAtTime(l, t, d.scrollX);
    if (x > d.vw) break;
    if (x < l.labelW) continue;
    ctx.fillRect(x, l.barH, 1, 4);
    ctx.fillText(t < 1e6 ? `${Math.round(t / 1000)} ms` : `${(t / 1e6).toFixed(step < 1e6 ? 1 : 0)} s`, x + 3, l.barH + l.axisH / 2 + 1);
  }
}

function drawRows(ctx: CanvasRenderingContext2D, d: DrawInput): void {
  const { layout: l, colours: c } = d;
  const rowTop = (i: number) => l.rowsTop + i * l.rowH - d.scrollY;
  const firstRow = Math.max(0, Math.floor((d.scrollY) / l.rowH) - 1);
  const lastRow = Math.min(l.numRows, Math.ceil((d.scrollY + d.vh) / l.rowH) + 1);
  const letters = l.rowH >= 11;
  ctx.font = `${Math.min(10, l.rowH - 2)}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  for (let i = firstRow; i < lastRow; i++) {
    const segs = d.run.segs[i];
    if (!segs) continue;
    const y = rowTop(i);
    if (y + l.rowH < l.rowsTop) continue;
    const h = Math.max(1, l.rowH - 1);
    for (let k = 0; k + 3 < segs.length; k += 4) {
      const kind = segs[k] as number;
      const t0 = segs[k + 1] as number;
      if (t0 > d.tUs) break;
      const end = segs[k + 2] as number;
      const t1 = Math.min(end < 0 ? d.tUs : end, d.tUs);
      const x0 = xAtTime(l, t0, d.scrollX);
      const x1 = xAtTime(l, t1, d.scrollX);
      if (x1 < l.labelW - 2 || x0 > d.vw) continue;
      const w = Math.max(kind === WAIT ? 0 : 1, x1 - x0 - (x1 - x0 > 3 && kind !== WAIT ? 1 : 0));
      let letter = '';
      if (kind === WAIT) {
        ctx.fillStyle = c.warn;
        ctx.fillRect(x0, y + h / 2 - Math.max(0.5, h / 8), w, Math.max(1, h / 4));
        letter = 'W';
      } else if (kind === PREFILL || kind === PREFILL_LAST) {
        ctx.fillStyle = c.accent;
        ctx.fillRect(x0, y, w, h);
        if (d.hatch) {
          ctx.fillStyle = d.hatch;
          ctx.fillRect(x0, y, w, h);
        }
        letter = 'P';
      } else if (kind === DECODE) {
        ctx.fillStyle = c.ok;
        ctx.fillRect(x0, y, w, h);
        letter = 'D';
      } else if (kind === PAD) {
        ctx.fillStyle = c.muted;
        ctx.fillRect(x0, y, w, h);
        if (d.cross) {
          ctx.fillStyle = d.cross;
          ctx.fillRect(x0, y, w, h);
        }
      } else if (kind === PREEMPT) {
        ctx.strokeStyle = c.danger;
        ctx.lineWidth = 2;
        const r = Math.max(2, h / 2);
        ctx.beginPath();
        ctx.moveTo(x0 - r, y + h / 2 - r);
        ctx.lineTo(x0 + r, y + h / 2 + r);
        ctx.moveTo(x0 - r, y + h / 2 + r);
        ctx.lineTo(x0 + r, y + h / 2 - r);
        ctx.stroke();
        ctx.lineWidth = 1;
      }
      if (letters && letter && w >= 14) {
        const cx = x0 + Math.min(w / 2, 8);
        if (kind === WAIT) {
          ctx.fillStyle = c.surface;
          ctx.fillRect(cx - 5, y, 10, h);
        }
        ctx.fillStyle = kind === WAIT ? c.warn : c.surface;
        ctx.fillText(letter, cx, y + h / 2 + 0.5);
      }
    }
  }
  ctx.textAlign = 'start';
  if (l.labelW > 0) {
    ctx.fillStyle = c.surface;
    ctx.fillRect(0, l.rowsTop, l.labelW, d.vh - l.rowsTop);
    ctx.fillStyle = c.fg;
    ctx.font = `${Math.min(11, l.rowH - 1)}px system-ui, sans-serif`;
    for (let i = firstRow; i < lastRow; i++) {
      const y = rowTop(i);
      if (y < l.rowsTop - 1) continue;
      ctx.fillText(d.workload.reqs[i]?.label ?? '', 3, y + l.rowH / 2);
    }
  }
}

/** Draws the whole viewport. */
export function drawTimeline(ctx: CanvasRenderingContext2D, d: DrawInput): void {
  const { layout: l, colours: c } = d;
  ctx.fillStyle = c.surface;
  ctx.fillRect(0, 0, d.vw, d.vh);
  const tLeft = Math.max(0, (d.scrollX) / l.pxPerUs - 1);
  const tRight = (d.scrollX + d.vw) / l.pxPerUs;
  const done = stepsDoneAt(d.run, d.tUs);
  const first = stepsDoneAt(d.run, tLeft);
  const last = Math.min(done, stepsDoneAt(d.run, tRight) + 1);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, l.rowsTop, d.vw, d.vh - l.rowsTop);
  ctx.clip();
  drawRows(ctx, d);
  ctx.restore();
  drawBars(ctx, d, first, last);
  drawAxis(ctx, d);
  if (l.labelW > 0) {
    ctx.fillStyle = c.surface;
    ctx.fillRect(0, 0, l.labelW, l.rowsTop);
    ctx.fillStyle = c.muted;
    ctx.font = '10px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.fillText('budget', 2, l.barH / 2);
  }
  const sel = d.selected;
  if (sel && sel.endUs <= d.tUs) {
    const x0 = xAtTime(l, sel.startUs, d.scrollX);
    const w = Math.max(2, (sel.endUs - sel.startUs) * l.pxPerUs);
    ctx.strokeStyle = c.fg;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x0 - 1, 1, w + 1, d.vh - 2);
    ctx.lineWidth = 1;
  }
  const xc = xAtTime(l, d.tUs, d.scrollX);
  if (xc >= l.labelW && xc <= d.vw) {
    ctx.fillStyle = c.fg;
    ctx.fillRect(xc, 0, 1, d.vh);
  }
}

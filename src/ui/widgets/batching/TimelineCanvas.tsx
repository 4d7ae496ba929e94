import { useEffect, useRef } from 'react';
import type { FrameLoop } from '../kit/frameLoop.ts';
import { pause, seek, updatePlayback } from '../kit/playback.ts';
import { readCssVars, useThemeVersion } from '../kit/theme.ts';
import { drawTimeline, makePattern, type TimelineColours } from './drawTimeline.ts';
import { contStepAt, frameAtTime, frameTime, statStepAt } from '../../../widget-models/batching/frames.ts';
import { runTimeUs, type StepRecord } from '../../../widget-models/batching/types.ts';
import { Batch, type BatchState, type ExplainRun } from './store.ts';
import { timeAtX, timelineLayout, xAtTime, type TimelineLayout } from './timelineLayout.ts';

const VARS = ['--surface', '--surface-2', '--border', '--fg', '--muted', '--accent', '--ok', '--warn', '--danger'] as const;

const totalUs = (s: BatchState) => Math.max(s.result.cont ? runTimeUs(s.result.cont) : 0, s.result.stat ? runTimeUs(s.result.stat) : 0);

/** The step of `run` under time `t` that has finished by `tUs`, if any. */
function stepAtTime(steps: readonly StepRecord[], t: number, tUs: number): StepRecord | null {
  let lo = 0;
  let hi = steps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = steps[mid] as StepRecord;
    if (t < s.startUs) hi = mid - 1;
    else if (t >= s.endUs) lo = mid + 1;
    else return s.endUs <= tUs ? s : null;
  }
  return null;
}

/**
 * One run's timeline as a viewport-sized canvas inside its own scroll box. It draws from the
 * store outside React's render cycle: a change marks it dirty and wakes the widget's frame
 * loop, which repaints once. Clicking a step selects it for the "why" panel.
 */
export function TimelineCanvas({ run, loop, label }: { readonly run: ExplainRun; readonly loop: FrameLoop; readonly label: string }) {
  const api = Batch.useWidgetApi();
  const boxRef = useRef<HTMLDivElement>(null);
  const spacerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layoutRef = useRef<TimelineLayout | null>(null);
  const themeVersion = useThemeVersion();

  useEffect(() => {
    const box = boxRef.current;
    const spacer = spacerRef.current;
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!box || !spacer || !canvas || !ctx) return;
    const css = readCssVars(canvas, VARS);
    const colours: TimelineColours = {
      surface: css['--surface'],
      surface2: css['--surface-2'],
      border: css['--border'],
      fg: css['--fg'],
      muted: css['--muted'],
      accent: css['--accent'],
      ok: css['--ok'],
      warn: css['--warn'],
      danger: css['--danger'],
    };
    const hatch = makePattern(document, css['--surface'], false);
    const cross = makePattern(document, css['--surface'], true);
    const dpr = Math.max(1, Math.min(2, window.devicePixelRatio || 1));
    let dirty = true;
    let lastFrame = -1;
    let lastPx = 0;
    let size = '';
    const task = () => {
      if (!dirty) return false;
      dirty = false;
      const s = api.getState();
      const r = run === 'continuous' ? s.result.cont : s.result.stat;
      const vw = Math.max(120, box.clientWidth);
      const l = timelineLayout(s.result.workload.reqs.length, vw, s.settings.zoom, totalUs(s));
      layoutRef.current = l;
      spacer.style.width = `${l.fullWidth}px`;
      spacer.style.height = `${l.fullHeight}px`;
      const vh = Math.min(l.fullHeight, Math.max(120, box.clientHeight || l.fullHeight));
      const key = `${vw}x${vh}`;
      if (key !== size) {
        size = key;
        canvas.width = Math.round(vw * dpr);
        canvas.height = Math.round(vh * dpr);
        canvas.style.width = `${vw}px`;
        canvas.style.height = `${vh}px`;
      }
      const frame = s.playback.frame;
      const tUs = frameTime(s.result, frame);
      if ((frame !== lastFrame || l.pxPerUs !== lastPx) && l.fullWidth > vw) {
        // Keep the time cursor in view while playing or seeking, and when the scale changes
        // (a zoom, or the run growing while it is computed).
        const x = xAtTime(l, tUs, box.scrollLeft);
        if (x > vw - 24 || x < l.labelW) box.scrollLeft = Math.max(0, l.labelW + tUs * l.pxPerUs - vw * 0.7);
      }
      lastFrame = frame;
      lastPx = l.pxPerUs;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      if (!r) {
        ctx.fillStyle = colours.surface;
        ctx.fillRect(0, 0, vw, vh);
        return false;
      }
      const selected = s.explain !== run ? null : run === 'continuous' ? contStepAt(s.result, frame) : statStepAt(s.result, frame);
      drawTimeline(ctx, {
        layout: l,
        run: r,
        workload: s.result.workload,
        tUs,
        budget: s.result.config?.maxNumBatchedTokens ?? s.settings.maxNumBatchedTokens,
        scrollX: box.scrollLeft,
        scrollY: box.scrollTop,
        vw,
        vh,
        colours,
        hatch,
        cross,
        selected,
      });
      return false;
    };
    const wake = () => {
      dirty = true;
      loop.wake();
    };
    const remove = loop.add(task);
    const unsub = api.subscribe((s, prev) => {
      if (s.playback.frame !== prev.playback.frame || s.simVersion !== prev.simVersion || s.settings.zoom !== prev.settings.zoom || s.explain !== prev.explain) wake();
    });
    const ro = new ResizeObserver(wake);
    ro.observe(box);
    box.addEventListener('scroll', wake, { passive: true });
    return () => {
      remove();
      unsub();
      ro.disconnect();
      box.removeEventListener('scroll', wake);
    };
  }, [api, loop, run, themeVersion]);

  const onClick = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const l = layoutRef.current;
    const box = boxRef.current;
    if (!l || !box) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const s = api.getState();
    const r = run === 'continuous' ? s.result.cont : s.result.stat;
    if (!r) return;
    const step = stepAtTime(r.steps, timeAtX(l, e.clientX - rect.left, box.scrollLeft), frameTime(s.result, s.playback.frame));
    if (!step) return;
    const f = run === 'continuous' ? step.index + 1 : frameAtTime(s.result, step.endUs);
    api.setState({ explain: run });
    updatePlayback(api, (p) => pause(seek(p, f)));
  };

  return (
    <div ref={boxRef} className="cb-scroll" tabIndex={0} role="group" aria-label={`${label}: scrollable timeline`}>
      <div ref={spacerRef} className="cb-spacer">
        <canvas ref={canvasRef} className="cb-canvas" role="img" aria-label={`${label}. Rows are requests, columns are engine steps as wide as they took; the bar on top is each step's token budget. Click a step to explain it; the table view lists the same data.`} onClick={onClick} />
      </div>
    </div>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import type { FrameLoop } from '../kit/frameLoop.ts';
import { useReducedMotion } from '../kit/reducedMotion.ts';
import { documentTheme, readCssVars, useThemeVersion } from '../kit/theme.ts';
import { createPixelBuffer, GridRenderer, Palette, type GridColours } from './drawGrid.ts';
import { blockAt, gridLayout } from './gridLayout.ts';
import { marksOf, type Mark } from './marks.ts';
import { Kv, type KvState, updateSettings } from './store.ts';

const FADE_MS = 700;
const VARS = ['--surface', '--surface-2', '--border', '--fg', '--muted', '--accent', '--ok', '--warn', '--danger'] as const;

/** Blocks held by the selected sequence at the current frame, as a mask. */
function selectionMask(s: KvState, n: number): Uint8Array | null {
  const run = s.result.paged;
  const seq = s.settings.selected === null ? undefined : s.result.workload.byId.get(s.settings.selected);
  if (!run || !seq) return null;
  const mask = new Uint8Array(n);
  for (const b of run.tables.at(seq.index, s.playback.frame).blocks) mask[b] = 1;
  return mask;
}

/**
 * The KV block pool as one canvas. It draws from the store outside React's render cycle: a
 * frame change marks it dirty and wakes the widget's frame loop, which repaints once (plus a
 * short fade of the event highlights, skipped under reduced motion).
 */
export function GridCanvas({ loop, describedBy }: { readonly loop: FrameLoop; readonly describedBy?: string }) {
  const api = Kv.useWidgetApi();
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(640);
  const numBlocks = Kv.useWidget((s) => s.result.numBlocks);
  const themeVersion = useThemeVersion();
  const reduced = useReducedMotion();
  const layout = useMemo(() => gridLayout(numBlocks, width), [numBlocks, width]);

  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    if (el.clientWidth > 0) setWidth(el.clientWidth);
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w > 0) setWidth((old) => (Math.abs(old - w) >= 1 ? w : old));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    // A whole number of device pixels per CSS pixel keeps cell edges crisp in the pixel buffer.
    const scale = Math.max(1, Math.min(2, Math.round(window.devicePixelRatio || 1)));
    canvas.width = layout.width * scale;
    canvas.height = layout.height * scale;
    canvas.style.width = `${layout.width}px`;
    canvas.style.height = `${layout.height}px`;
    const buf = createPixelBuffer(ctx, canvas.width, canvas.height);
    const css = readCssVars(canvas, VARS);
    const colours: GridColours = {
      surface: css['--surface'],
      surface2: css['--surface-2'],
      border: css['--border'],
      fg: css['--fg'],
      muted: css['--muted'],
      accent: css['--accent'],
      ok: css['--ok'],
      warn: css['--warn'],
      danger: css['--danger'],
      theme: documentTheme(),
    };
    const renderer = buf ? new GridRenderer(ctx, buf, new Palette(colours), numBlocks) : null;
    let dirty = true;
    let shownFrame = -1;
    let changedAt = 0;
    let mask: Uint8Array | null = null;
    // What the mask and marks were computed for: they change with the frame, not with the fade.
    let maskSel: string | null = null;
    let maskFrame = -1;
    let maskVersion = -1;
    let marks: readonly Mark[] = [];
    const task = (now: number) => {
      const s = api.getState();
      const run = s.result.paged;
      if (!run || run.frames.length === 0 || !renderer || run.blocks.numBlocks !== numBlocks) return false;
      const frame = s.playback.frame;
      if (frame !== shownFrame) {
        shownFrame = frame;
        changedAt = now;
        dirty = true;
      }
      const alpha = reduced ? 1 : Math.max(0, 1 - (now - changedAt) / FADE_MS);
      if (!dirty && (reduced || alpha <= 0)) return false;
      if (s.settings.selected !== maskSel || frame !== maskFrame || s.simVersion !== maskVersion) {
        maskSel = s.settings.selected;
        maskFrame = frame;
        maskVersion = s.simVersion;
        mask = selectionMask(s, run.blocks.numBlocks);
        marks = marksOf(run.frames[frame]?.events ?? []);
      }
      renderer.draw({
        layout,
        scale,
        blocks: run.blocks.get(frame),
        numBlocks: run.blocks.numBlocks,
        blockSize: s.result.blockSize,
        colours,
        selected: mask,
        marks,
        markAlpha: alpha,
      });
      dirty = false;
      return !reduced && alpha > 0;
    };
    const remove = loop.add(task);
    const unsub = api.subscribe((s, prev) => {
      if (s.playback.frame !== prev.playback.frame || s.settings.selected !== prev.settings.selected || s.simVersion !== prev.simVersion) {
        dirty = true;
        loop.wake();
      }
    });
    return () => {
      remove();
      unsub();
    };
  }, [api, loop, layout, numBlocks, themeVersion, reduced]);

  const onClick = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const b = blockAt(layout, numBlocks, e.clientX - rect.left, e.clientY - rect.top);
    const s = api.getState();
    const run = s.result.paged;
    if (b < 0 || !run) return;
    const owner = run.blocks.get(s.playback.frame).owner[b] ?? -1;
    const seq = s.result.workload.seqs[owner];
    updateSettings(api, { selected: seq && seq.id !== s.settings.selected ? seq.id : null });
  };

  return (
    <div ref={wrapRef} className="kv-grid-wrap">
      <canvas
        ref={canvasRef}
        className="kv-grid"
        role="img"
        aria-label={`KV cache: ${numBlocks.toLocaleString('en-US')} physical blocks, one square each. Click a block to select its request; the table view lists the same state.`}
        aria-describedby={describedBy}
        onClick={onClick}
      />
    </div>
  );
}

/**
 * Draws the whole KV block pool from a frame's arrays into one pixel buffer, then a handful of
 * canvas calls for numbers and event outlines. Writing pixels directly instead of two
 * `fillRect`s per block, repainting only the cells that changed and copying only their rows to
 * the canvas keeps 16,384 blocks well inside a frame, even on a software-rendered canvas.
 */
import { FLAG_CACHED, FLAG_NULL, type BlockArrays } from '../../../widget-models/kv-paging/blockFrames.ts';
import { mix, pack, parseColour, type Rgb } from './colour.ts';
import type { GridLayout } from './gridLayout.ts';
import type { Mark } from './marks.ts';
import { seqColour } from './palette.ts';

/** Theme colours, read from CSS custom properties at draw time. */
export interface GridColours {
  readonly surface: string;
  readonly surface2: string;
  readonly border: string;
  readonly fg: string;
  readonly muted: string;
  readonly accent: string;
  readonly ok: string;
  readonly warn: string;
  readonly danger: string;
  readonly theme: 'light' | 'dark';
}

export interface DrawInput {
  readonly layout: GridLayout;
  /** Device pixels per CSS pixel (an integer). */
  readonly scale: number;
  readonly blocks: BlockArrays;
  readonly numBlocks: number;
  readonly blockSize: number;
  readonly colours: GridColours;
  /** Blocks held by the selected sequence (1 = held); others are dimmed. */
  readonly selected: Uint8Array | null;
  readonly marks: readonly Mark[];
  /** 0…1: marks fade after a frame change (stays 1 under reduced motion). */
  readonly markAlpha: number;
}

/** Packed colours for one theme; sequence colours are added as they are first needed. */
export class Palette {
  readonly bg: number;
  readonly free: number;
  readonly muted: number;
  readonly fg: number;
  private readonly surface: Rgb;
  private readonly seq = new Map<number, readonly [strong: number, pale: number, dimStrong: number, dimPale: number]>();
  readonly freeDim: number;

  constructor(readonly c: GridColours) {
    this.surface = parseColour(c.surface);
    const border = parseColour(c.border);
    this.bg = pack(this.surface);
    // Free cells: the border colour, faint, so they read as empty slots in both themes.
    const free = mix(this.surface, border, 0.55);
    this.free = pack(free);
    this.freeDim = pack(mix(this.surface, free, 0.3));
    this.muted = pack(parseColour(c.muted));
    this.fg = pack(parseColour(c.fg));
  }

  /** `[strong, pale, strong dimmed, pale dimmed]` of sequence `s`. */
  of(s: number): readonly [number, number, number, number] {
    let v = this.seq.get(s);
    if (!v) {
      const sc = seqColour(s, this.c.theme);
      const strong = parseColour(sc.strong);
      const pale = parseColour(sc.pale);
      v = [pack(strong), pack(pale), pack(mix(this.surface, strong, 0.3)), pack(mix(this.surface, pale, 0.3))];
      this.seq.set(s, v);
    }
    return v;
  }
}

/** A reusable pixel buffer for one canvas size. */
export interface PixelBuffer {
  readonly image: ImageData;
  readonly px: Uint32Array;
}

/** Creates the pixel buffer for a canvas, or null where the 2D context cannot make one (tests). */
export function createPixelBuffer(ctx: CanvasRenderingContext2D, width: number, height: number): PixelBuffer | null {
  const image = ctx.createImageData?.(width, height) as ImageData | undefined;
  if (!image?.data) return null;
  return { image, px: new Uint32Array(image.data.buffer) };
}

/**
 * Draws a canvas's grid frame after frame. It remembers what each cell shows and repaints only
 * the cells whose block changed (during decoding, a few per running request), then copies only
 * the repainted cell rows of the buffer to the canvas, and draws the reference counts and event
 * outlines on top of them. Last frame's outlines are wiped by copying their cells again.
 */
export class GridRenderer {
  private readonly shown: { owner: Int16Array; fill: Uint8Array; ref: Uint8Array; flags: Uint8Array; dim: Uint8Array };
  private painted = false;
  /** Per cell row, the first and last column to copy to the canvas this frame (lo > hi: none). */
  private rowLo = new Int32Array(0);
  private rowHi = new Int32Array(0);
  /** Blocks outlined by the last frame. */
  private readonly outlined: number[] = [];
  private strokeFor: GridColours | null = null;
  private stroke: Record<Mark['kind'], string> = { hit: '', evict: '', cow: '', fork: '', alloc: '' };

  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    private readonly buf: PixelBuffer,
    private readonly pal: Palette,
    numBlocks: number,
  ) {
    this.shown = { owner: new Int16Array(numBlocks), fill: new Uint8Array(numBlocks), ref: new Uint8Array(numBlocks), flags: new Uint8Array(numBlocks), dim: new Uint8Array(numBlocks) };
  }

  /** Draws one frame. */
  draw(d: DrawInput): void {
    const { owner, fill, ref, flags } = d.blocks;
    const { cols, rows } = d.layout;
    const sh = this.shown;
    const full = !this.painted;
    if (this.rowLo.length !== rows) {
      this.rowLo = new Int32Array(rows);
      this.rowHi = new Int32Array(rows);
    }
    this.rowLo.fill(full ? 0 : cols);
    this.rowHi.fill(full ? cols - 1 : -1);
    if (full) this.buf.px.fill(this.pal.bg);
    for (let b = 0; b < d.numBlocks; b++) {
      const dim = d.selected !== null && !d.selected[b] ? 1 : 0;
      if (!full && sh.owner[b] === owner[b] && sh.fill[b] === fill[b] && sh.ref[b] === ref[b] && sh.flags[b] === flags[b] && sh.dim[b] === dim) continue;
      paintCell(this.buf, this.pal, d, b, dim === 1);
      sh.owner[b] = owner[b] as number;
      sh.fill[b] = fill[b] as number;
      sh.ref[b] = ref[b] as number;
      sh.flags[b] = flags[b] as number;
      sh.dim[b] = dim;
      this.touch(b, cols);
    }
    this.painted = true;
    // Outlines are translucent while they fade: last frame's are wiped before this frame's go on.
    for (const b of this.outlined) this.touch(b, cols);
    this.outlined.length = 0;
    if (d.markAlpha > 0) {
      for (const m of d.marks) {
        if (m.block < 0 || m.block >= d.numBlocks) continue;
        this.touch(m.block, cols);
        this.outlined.push(m.block);
      }
    }
    this.copyRows(d, full);
    drawCounts(this.ctx, d, this.rowLo, this.rowHi);
    drawMarks(this.ctx, d, this.strokes(d.colours));
  }

  /** Adds block `b`'s cell to the rows copied this frame. */
  private touch(b: number, cols: number): void {
    const row = (b / cols) | 0;
    const col = b - row * cols;
    if (col < (this.rowLo[row] as number)) this.rowLo[row] = col;
    if (col > (this.rowHi[row] as number)) this.rowHi[row] = col;
  }

  /** Copies the touched part of each cell row to the canvas (all of it on the first frame). */
  private copyRows(d: DrawInput, full: boolean): void {
    const { image } = this.buf;
    if (full) {
      this.ctx.putImageData(image, 0, 0);
      return;
    }
    const step = (d.layout.cell + d.layout.gap) * d.scale;
    const cell = d.layout.cell * d.scale;
    for (let row = 0; row < this.rowLo.length; row++) {
      const lo = this.rowLo[row] as number;
      const hi = this.rowHi[row] as number;
      if (hi < lo) continue;
      this.ctx.putImageData(image, 0, 0, lo * step, row * step, (hi - lo) * step + cell, cell);
    }
  }

  private strokes(c: GridColours): Record<Mark['kind'], string> {
    if (this.strokeFor !== c) {
      this.strokeFor = c;
      this.stroke = { hit: c.ok, evict: c.danger, cow: c.warn, fork: c.fg, alloc: c.accent };
    }
    return this.stroke;
  }
}

/** Paints block `b` into the pixel buffer. */
function paintCell(buf: PixelBuffer, pal: Palette, d: DrawInput, b: number, dim: boolean): void {
  const { layout: l, blocks, scale } = d;
  const W = buf.image.width;
  const px = buf.px;
  const cell = l.cell * scale;
  const step = (l.cell + l.gap) * scale;
  const x0 = (b % l.cols) * step;
  const y0 = Math.floor(b / l.cols) * step;
  const r = blocks.ref[b] as number;
  const fl = blocks.flags[b] as number;
  const o = blocks.owner[b] as number;
  let top = dim ? pal.freeDim : pal.free;
  let bottom = top;
  let split = cell; // rows from the top drawn in `top`
  if (r > 0 && o >= 0) {
    const c = pal.of(o);
    top = dim ? c[3] : c[1];
    bottom = dim ? c[2] : c[0];
    split = cell - Math.round((cell * (blocks.fill[b] as number)) / d.blockSize);
  } else if (fl & FLAG_CACHED && o >= 0) {
    const c = pal.of(o);
    top = bottom = dim ? c[3] : c[1];
  }
  for (let y = 0; y < cell; y++) {
    const row = (y0 + y) * W + x0;
    const v = y < split ? top : bottom;
    for (let x = 0; x < cell; x++) px[row + x] = v;
  }
  if (fl & FLAG_NULL) {
    for (let i = 0; i < cell; i++) {
      px[(y0 + i) * W + x0 + i] = pal.muted;
      px[(y0 + i) * W + x0 + cell - 1 - i] = pal.muted;
    }
  } else if (r === 0 && fl & FLAG_CACHED) {
    // Cached but free: struck through, so it reads as "reusable", not "in use".
    for (let i = 0; i < cell; i++) px[(y0 + cell - 1 - i) * W + x0 + i] = pal.muted;
  } else if (r > 1 && l.cell < COUNT_MIN_CELL) {
    // Shared: a corner square (big cells print the count instead).
    const dot = Math.max(2, Math.floor(cell / 2.5));
    for (let y = 0; y < dot; y++) for (let x = cell - dot; x < cell; x++) px[(y0 + y) * W + x0 + x] = pal.fg;
  }
}

/** Cells smaller than this show a shared block's count as a corner dot: printed digits would fall under 11 px. */
const COUNT_MIN_CELL = 25;

/** Prints shared blocks' counts in the cells copied this frame (`lo…hi` per row): the others still show theirs. */
function drawCounts(ctx: CanvasRenderingContext2D, d: DrawInput, rowLo: Int32Array, rowHi: Int32Array): void {
  const { layout: l, blocks, colours: c, scale } = d;
  if (l.cell < COUNT_MIN_CELL) return;
  const cell = l.cell * scale;
  const step = (l.cell + l.gap) * scale;
  ctx.font = `600 ${Math.min(13, Math.max(11, Math.floor(l.cell * 0.45))) * scale}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let row = 0; row < rowLo.length; row++) {
    for (let col = rowLo[row] as number; col <= (rowHi[row] as number); col++) {
      const b = row * l.cols + col;
      if (b >= d.numBlocks) break;
      const r = blocks.ref[b] as number;
      if (r < 2) continue;
      const x = col * step;
      const y = row * step;
      ctx.globalAlpha = d.selected && !d.selected[b] ? 0.3 : 1;
      ctx.fillStyle = c.surface;
      ctx.fillRect(x + cell * 0.2, y + cell * 0.25, cell * 0.6, cell * 0.5);
      ctx.fillStyle = c.fg;
      ctx.fillText(String(r), x + cell / 2, y + cell / 2 + 0.5);
    }
  }
  ctx.globalAlpha = 1;
}

function drawMarks(ctx: CanvasRenderingContext2D, d: DrawInput, stroke: Readonly<Record<Mark['kind'], string>>): void {
  if (d.markAlpha <= 0 || d.marks.length === 0) return;
  const { layout: l, scale } = d;
  const cell = l.cell * scale;
  const step = (l.cell + l.gap) * scale;
  const w = (l.cell >= 10 ? 2 : 1) * scale;
  ctx.globalAlpha = d.markAlpha;
  ctx.lineWidth = w;
  for (const m of d.marks) {
    if (m.block < 0 || m.block >= d.numBlocks) continue;
    const x = (m.block % l.cols) * step;
    const y = Math.floor(m.block / l.cols) * step;
    ctx.strokeStyle = stroke[m.kind];
    ctx.strokeRect(x + w / 2, y + w / 2, cell - w, cell - w);
    if (m.kind === 'evict' && l.cell >= 8) {
      ctx.beginPath();
      ctx.moveTo(x + 2 * scale, y + 2 * scale);
      ctx.lineTo(x + cell - 2 * scale, y + cell - 2 * scale);
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  ctx.lineWidth = 1;
}

import { describe, expect, it } from 'vitest';
import { emptyBlockArrays, FLAG_CACHED, FLAG_NULL, type BlockArrays } from '../../../../../src/widget-models/kv-paging/blockFrames.ts';
import { createPixelBuffer, GridRenderer, Palette, type DrawInput, type GridColours } from '../../../../../src/ui/widgets/kv-paging/drawGrid.ts';
import { gridLayout, type GridLayout } from '../../../../../src/ui/widgets/kv-paging/gridLayout.ts';
import type { Mark, MarkKind } from '../../../../../src/ui/widgets/kv-paging/marks.ts';

const COLOURS: GridColours = {
  surface: '#ffffff',
  surface2: '#f4f4f4',
  border: '#cccccc',
  fg: '#111111',
  muted: '#777777',
  accent: '#3355ff',
  ok: '#22aa44',
  warn: '#cc8800',
  danger: '#dd2222',
  theme: 'light',
};
/** What the fake context paints for an outline and for a count's backing, so tests can see them. */
const OUTLINE = 0x0badf00d;
const COUNT = 0x0c0ffee0;

/**
 * A 2D context that keeps the canvas as pixels: `putImageData` copies the (dirty) rectangle,
 * outlines and count backings fill their rectangle with a marker value.
 */
function fakeCanvas(width: number, height: number) {
  const screen = new Uint32Array(width * height);
  const puts: { x: number; y: number; w: number; h: number }[] = [];
  const fill = (x: number, y: number, w: number, h: number, v: number) => {
    for (let yy = Math.max(0, Math.floor(y)); yy < Math.min(height, Math.ceil(y + h)); yy++)
      for (let xx = Math.max(0, Math.floor(x)); xx < Math.min(width, Math.ceil(x + w)); xx++) screen[yy * width + xx] = v;
  };
  let lineWidth = 1;
  const ctx = {
    createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
    putImageData(image: ImageData, dx: number, dy: number, x = 0, y = 0, w = image.width, h = image.height) {
      expect(dx).toBe(0);
      expect(dy).toBe(0);
      puts.push({ x, y, w, h });
      const src = new Uint32Array(image.data.buffer);
      for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) screen[yy * width + xx] = src[yy * width + xx] as number;
    },
    strokeRect(x: number, y: number, w: number, h: number) {
      fill(x - lineWidth / 2, y - lineWidth / 2, w + lineWidth, h + lineWidth, OUTLINE);
    },
    fillRect(x: number, y: number, w: number, h: number) {
      fill(x, y, w, h, COUNT);
    },
    set lineWidth(v: number) {
      lineWidth = v;
    },
    get lineWidth() {
      return lineWidth;
    },
    fillText() {},
    beginPath() {},
    moveTo() {},
    lineTo() {},
    stroke() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, screen, puts };
}

/** A seeded stream of numbers in [0, 1). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomBlocks(n: number, rand: () => number): BlockArrays {
  const a = emptyBlockArrays(n);
  for (let b = 0; b < n; b++) {
    if (rand() < 0.3) continue;
    a.owner[b] = Math.floor(rand() * 6);
    a.ref[b] = Math.floor(rand() * 4);
    a.fill[b] = Math.floor(rand() * 17);
    a.flags[b] = rand() < 0.2 ? FLAG_CACHED : 0;
  }
  a.flags[0] = FLAG_NULL;
  return a;
}

/** Changes a few blocks, as a decoding step does. */
function decodeStep(a: BlockArrays, rand: () => number): BlockArrays {
  const n = a.owner.length;
  const next = emptyBlockArrays(n);
  next.owner.set(a.owner);
  next.fill.set(a.fill);
  next.ref.set(a.ref);
  next.flags.set(a.flags);
  for (let k = 0; k < 5; k++) {
    const b = 1 + Math.floor(rand() * (n - 1));
    next.owner[b] = Math.floor(rand() * 6) - 1;
    next.ref[b] = Math.floor(rand() * 4);
    next.fill[b] = Math.floor(rand() * 17);
    next.flags[b] = rand() < 0.2 ? FLAG_CACHED : 0;
  }
  return next;
}

function input(layout: GridLayout, blocks: BlockArrays, extra: Partial<DrawInput> = {}): DrawInput {
  return { layout, scale: 1, blocks, numBlocks: blocks.owner.length, blockSize: 16, colours: COLOURS, selected: null, marks: [], markAlpha: 1, ...extra };
}

/** Draws one frame from scratch with a new renderer: what every incremental frame must equal. */
function fresh(d: DrawInput): Uint32Array {
  const { ctx, screen } = fakeCanvas(d.layout.width, d.layout.height);
  const buf = createPixelBuffer(ctx, d.layout.width, d.layout.height);
  if (!buf) throw new Error('no pixel buffer');
  new GridRenderer(ctx, buf, new Palette(COLOURS), d.numBlocks).draw(d);
  return screen;
}

function cellsOf(l: GridLayout, blocks: readonly number[]): Set<number> {
  const px = new Set<number>();
  const step = l.cell + l.gap;
  for (const b of blocks) {
    const x0 = (b % l.cols) * step;
    const y0 = Math.floor(b / l.cols) * step;
    for (let y = y0; y < y0 + l.cell; y++) for (let x = x0; x < x0 + l.cell; x++) px.add(y * l.width + x);
  }
  return px;
}

describe('GridRenderer', () => {
  it('repaints only what changed, and every frame matches a full repaint', () => {
    const rand = rng(7);
    const n = 600;
    const layout = gridLayout(n, 400);
    expect(layout.cell).toBeLessThan(25);
    const { ctx, screen, puts } = fakeCanvas(layout.width, layout.height);
    const buf = createPixelBuffer(ctx, layout.width, layout.height);
    if (!buf) throw new Error('no pixel buffer');
    const renderer = new GridRenderer(ctx, buf, new Palette(COLOURS), n);
    let blocks = randomBlocks(n, rand);
    const kinds: MarkKind[] = ['alloc', 'hit', 'evict', 'cow', 'fork'];
    for (let f = 0; f < 40; f++) {
      if (f > 0) blocks = decodeStep(blocks, rand);
      const marks: Mark[] = Array.from({ length: Math.floor(rand() * 4) }, () => ({ block: Math.floor(rand() * n), kind: kinds[Math.floor(rand() * kinds.length)] as MarkKind }));
      let selected: Uint8Array | null = null;
      if (f % 10 >= 7) {
        selected = new Uint8Array(n);
        for (let b = 0; b < n; b += 3) selected[b] = 1;
      }
      const d = input(layout, blocks, { marks, selected, markAlpha: f % 4 === 3 ? 0 : 1 });
      puts.length = 0;
      renderer.draw(d);
      if (f > 0) expect(puts.every((p) => p.h === layout.cell)).toBe(true);
      const want = fresh(d);
      const outlined = cellsOf(layout, d.markAlpha > 0 ? marks.map((m) => m.block) : []);
      for (let i = 0; i < screen.length; i++) {
        if (outlined.has(i) ? screen[i] !== OUTLINE : screen[i] !== want[i]) throw new Error(`frame ${f}: pixel ${i % layout.width},${Math.floor(i / layout.width)} differs from a full repaint with this frame’s outlines`);
      }
    }
  });

  it('copies just the changed cell to the canvas, and wipes last frame’s outlines', () => {
    const n = 400;
    const layout = gridLayout(n, 400);
    const { ctx, screen, puts } = fakeCanvas(layout.width, layout.height);
    const buf = createPixelBuffer(ctx, layout.width, layout.height);
    if (!buf) throw new Error('no pixel buffer');
    const renderer = new GridRenderer(ctx, buf, new Palette(COLOURS), n);
    const a = emptyBlockArrays(n);
    renderer.draw(input(layout, a, { marks: [{ block: 5, kind: 'alloc' }] }));
    expect(puts).toEqual([{ x: 0, y: 0, w: layout.width, h: layout.height }]);

    const b = emptyBlockArrays(n);
    const target = layout.cols * 2 + 3; // row 2, column 3
    b.owner[target] = 1;
    b.ref[target] = 1;
    b.fill[target] = 8;
    puts.length = 0;
    renderer.draw(input(layout, b, { marks: [] }));
    const step = layout.cell + layout.gap;
    // The changed cell, and the cell that carried an outline (block 5, row 0), nothing else.
    expect(puts).toEqual([
      { x: 5 * step, y: 0, w: layout.cell, h: layout.cell },
      { x: 3 * step, y: 2 * step, w: layout.cell, h: layout.cell },
    ]);
    expect(screen.includes(OUTLINE)).toBe(false);
  });

  it('keeps a count on every shared block when cells are large enough to print it', () => {
    const rand = rng(3);
    const n = 40;
    const layout = gridLayout(n, 400);
    expect(layout.cell).toBeGreaterThanOrEqual(25);
    const { ctx, screen } = fakeCanvas(layout.width, layout.height);
    const buf = createPixelBuffer(ctx, layout.width, layout.height);
    if (!buf) throw new Error('no pixel buffer');
    const renderer = new GridRenderer(ctx, buf, new Palette(COLOURS), n);
    let blocks = randomBlocks(n, rand);
    const step = layout.cell + layout.gap;
    for (let f = 0; f < 30; f++) {
      if (f > 0) blocks = decodeStep(blocks, rand);
      renderer.draw(input(layout, blocks));
      for (let b = 0; b < n; b++) {
        const centre = (Math.floor(b / layout.cols) * step + Math.floor(layout.cell / 2)) * layout.width + (b % layout.cols) * step + Math.floor(layout.cell / 2);
        expect(screen[centre] === COUNT, `frame ${f}, block ${b}`).toBe((blocks.ref[b] as number) >= 2);
      }
    }
  });
});

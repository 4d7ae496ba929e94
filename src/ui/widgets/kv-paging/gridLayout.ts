/** Where each block sits on the grid canvas: pure maths, shared by drawing and hit-testing. */

export interface GridLayout {
  readonly cols: number;
  readonly rows: number;
  /** Cell side and gap, CSS pixels. */
  readonly cell: number;
  readonly gap: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The largest cells (up to 40 px) that fit `n` blocks in `width` within `maxHeight`;
 * below 3 px the grid grows taller instead.
 */
export function gridLayout(n: number, width: number, maxHeight = 400): GridLayout {
  const w = Math.max(40, Math.floor(width));
  for (let cell = 40; cell >= 3; cell--) {
    const gap = cell >= 10 ? 2 : 1;
    const cols = Math.max(1, Math.floor((w + gap) / (cell + gap)));
    const rows = Math.ceil(n / cols);
    const height = rows * (cell + gap) - gap;
    if (height <= maxHeight || cell === 3) return { cols, rows, cell, gap, width: cols * (cell + gap) - gap, height };
  }
  /* c8 ignore next */
  throw new Error('unreachable');
}

/** Top-left corner of block `b`. */
export function cellOrigin(l: GridLayout, b: number): { x: number; y: number } {
  return { x: (b % l.cols) * (l.cell + l.gap), y: Math.floor(b / l.cols) * (l.cell + l.gap) };
}

/** The block under a point, or −1 (gaps and the empty tail count as no block). */
export function blockAt(l: GridLayout, n: number, x: number, y: number): number {
  const step = l.cell + l.gap;
  const col = Math.floor(x / step);
  const row = Math.floor(y / step);
  if (x < 0 || y < 0 || col >= l.cols || x - col * step > l.cell || y - row * step > l.cell) return -1;
  const b = row * l.cols + col;
  return b < n ? b : -1;
}

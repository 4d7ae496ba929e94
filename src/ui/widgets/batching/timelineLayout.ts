/**
 * Geometry of one timeline: a budget bar per step on top, a time axis, then one row per
 * request; time runs left to right at the same scale in both runs, so the longer run is wider.
 * The canvas is only as big as the viewport; this maps between time, rows and pixels.
 */

export interface TimelineLayout {
  /** Width of the whole timeline (CSS px): the scroll extent. */
  readonly fullWidth: number;
  /** Height of the whole timeline (CSS px). */
  readonly fullHeight: number;
  /** Row labels column, pinned on the left. */
  readonly labelW: number;
  /** Budget bar area, pinned on top. */
  readonly barH: number;
  readonly axisH: number;
  readonly rowH: number;
  /** Rows start here (below bar and axis). */
  readonly rowsTop: number;
  readonly pxPerUs: number;
  readonly totalUs: number;
  readonly numRows: number;
}

export const BAR_H = 56;
export const AXIS_H = 16;

/**
 * @param viewportW visible width (CSS px)
 * @param zoom 1 = the whole time range fits the viewport
 * @param totalUs time range shown (the longer run's end)
 */
export function timelineLayout(numRows: number, viewportW: number, zoom: number, totalUs: number): TimelineLayout {
  const rowH = Math.max(3, Math.min(16, Math.floor(260 / Math.max(1, numRows))));
  const labelW = rowH >= 9 ? 40 : 0;
  const fullWidth = Math.max(viewportW, Math.round(viewportW * zoom));
  const span = Math.max(1, totalUs);
  const rowsTop = BAR_H + AXIS_H;
  return {
    fullWidth,
    fullHeight: rowsTop + numRows * rowH + 2,
    labelW,
    barH: BAR_H,
    axisH: AXIS_H,
    rowH,
    rowsTop,
    pxPerUs: (fullWidth - labelW - 8) / span,
    totalUs: span,
    numRows,
  };
}

/** Time (µs) under a viewport x, given the horizontal scroll offset. */
export function timeAtX(l: TimelineLayout, x: number, scrollX: number): number {
  return (x + scrollX - l.labelW) / l.pxPerUs;
}

/** Viewport x of time `t`. */
export function xAtTime(l: TimelineLayout, t: number, scrollX: number): number {
  return l.labelW + t * l.pxPerUs - scrollX;
}

/** Tick spacing (µs) for about one label per `minPx` pixels: 1, 2 or 5 × 10^k. */
export function tickStepUs(pxPerUs: number, minPx = 70): number {
  const raw = minPx / pxPerUs;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

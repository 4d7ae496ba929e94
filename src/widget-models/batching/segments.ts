/**
 * Builds the per-request segments a timeline row is drawn from, as steps are recorded. Runs of
 * decode (or padding) steps with no gap merge into one segment, so a row costs a handful of
 * rectangles however many steps it spans.
 */
import { DECODE, PAD, PREEMPT, WAIT } from './types.ts';

/** Per-run segment writer. */
export class SegmentWriter {
  /** Position of each request's open waiting segment in its list, or −1. */
  private readonly openWait: Int32Array;

  constructor(private readonly segs: number[][]) {
    this.openWait = new Int32Array(segs.length).fill(-1);
  }

  /** The request starts (or resumes) waiting at `t`. */
  wait(req: number, t: number): void {
    const list = this.segs[req];
    if (!list || (this.openWait[req] as number) >= 0) return;
    this.openWait[req] = list.length;
    list.push(WAIT, t, -1, 0);
  }

  /** The request stops waiting at `t` (it was scheduled). */
  endWait(req: number, t: number): void {
    const at = this.openWait[req] as number;
    const list = this.segs[req];
    if (at < 0 || !list) return;
    list[at + 2] = t;
    this.openWait[req] = -1;
  }

  /** A scheduled chunk from `t0` to `t1`. Decode and padding runs extend the previous segment. */
  add(req: number, kind: number, t0: number, t1: number, tokens: number): void {
    const list = this.segs[req];
    if (!list) return;
    this.endWait(req, t0);
    const n = list.length;
    if ((kind === DECODE || kind === PAD) && n >= 4 && list[n - 4] === kind && list[n - 2] === t0) {
      list[n - 2] = t1;
      list[n - 1] = (list[n - 1] as number) + tokens;
      return;
    }
    list.push(kind, t0, t1, tokens);
  }

  /** Marks a preemption at `t`; the request waits again from then on. */
  preempt(req: number, t: number): void {
    this.segs[req]?.push(PREEMPT, t, t, 0);
    this.wait(req, t);
  }
}

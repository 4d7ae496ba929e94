/**
 * Per-frame block arrays (owner, fill, ref count, flags) stored as keyframes plus diffs, so a
 * 16,384-block pool over thousands of steps stays small, and sequential playback costs one
 * small diff per frame. Random seeks rebuild from the nearest keyframe.
 */

/** The state of every physical block at one frame. */
export interface BlockArrays {
  /** Sequence index that allocated the block, −1 if none. */
  readonly owner: Int16Array;
  /** Tokens written into the block (0 … block size). */
  readonly fill: Uint8Array;
  /** `ref_cnt`, capped at 255. */
  readonly ref: Uint8Array;
  /** Bit flags, see `FLAG_*`. */
  readonly flags: Uint8Array;
}

/** The block holds a prefix-cache hash (cached; if ref is 0, it is cached-but-free). */
export const FLAG_CACHED = 1;
/** vLLM's null block 0: never allocated. */
export const FLAG_NULL = 2;

/** Allocates zeroed arrays for `n` blocks (owner −1). */
export function emptyBlockArrays(n: number): BlockArrays {
  return { owner: new Int16Array(n).fill(-1), fill: new Uint8Array(n), ref: new Uint8Array(n), flags: new Uint8Array(n) };
}

function copyInto(dst: BlockArrays, src: BlockArrays): void {
  dst.owner.set(src.owner);
  dst.fill.set(src.fill);
  dst.ref.set(src.ref);
  dst.flags.set(src.flags);
}

interface Diff {
  /** Changed block ids. */
  readonly idx: Int32Array;
  /** owner, fill, ref, flags per changed block, packed 4 per entry. */
  readonly val: Int16Array;
}

const KEY_EVERY = 32;

/** Append-only store of block frames. */
export class BlockFrames {
  private readonly keys: BlockArrays[] = [];
  private readonly diffs: (Diff | null)[] = [];
  private readonly last: BlockArrays;
  private readonly cursor: BlockArrays;
  private cursorFrame = -1;
  private count = 0;

  constructor(readonly numBlocks: number) {
    this.last = emptyBlockArrays(numBlocks);
    this.cursor = emptyBlockArrays(numBlocks);
  }

  get length(): number {
    return this.count;
  }

  /** Appends the next frame (the arrays are copied, the caller may reuse them). */
  push(a: BlockArrays): void {
    const f = this.count++;
    if (f % KEY_EVERY === 0) {
      const k = emptyBlockArrays(this.numBlocks);
      copyInto(k, a);
      this.keys.push(k);
      this.diffs.push(null);
    } else {
      const idx: number[] = [];
      const last = this.last;
      for (let i = 0; i < this.numBlocks; i++) {
        if (a.owner[i] !== last.owner[i] || a.fill[i] !== last.fill[i] || a.ref[i] !== last.ref[i] || a.flags[i] !== last.flags[i]) idx.push(i);
      }
      const val = new Int16Array(idx.length * 4);
      idx.forEach((b, j) => {
        val[j * 4] = a.owner[b] as number;
        val[j * 4 + 1] = a.fill[b] as number;
        val[j * 4 + 2] = a.ref[b] as number;
        val[j * 4 + 3] = a.flags[b] as number;
      });
      this.diffs.push({ idx: Int32Array.from(idx), val });
    }
    copyInto(this.last, a);
  }

  /**
   * The block arrays at `frame`. The returned object is reused by the next call: read it,
   * don't keep it.
   */
  get(frame: number): BlockArrays {
    const f = Math.max(0, Math.min(this.count - 1, frame));
    const c = this.cursor;
    const keyStart = f - (f % KEY_EVERY);
    let from: number;
    if (this.cursorFrame >= keyStart && this.cursorFrame <= f) from = this.cursorFrame + 1;
    else {
      copyInto(c, this.keys[keyStart / KEY_EVERY] as BlockArrays);
      from = keyStart + 1;
    }
    for (let i = from; i <= f; i++) {
      const d = this.diffs[i];
      if (!d) continue;
      for (let j = 0; j < d.idx.length; j++) {
        const b = d.idx[j] as number;
        c.owner[b] = d.val[j * 4] as number;
        c.fill[b] = d.val[j * 4 + 1] as number;
        c.ref[b] = d.val[j * 4 + 2] as number;
        c.flags[b] = d.val[j * 4 + 3] as number;
      }
    }
    this.cursorFrame = f;
    return c;
  }
}

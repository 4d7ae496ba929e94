/**
 * Each sequence's block table over time, recorded as versions whenever the engine reports a
 * change to it (allocation, prefix hit, fork, copy-on-write, free). Lookups are by frame.
 */

/** A sequence's block table at some frame. */
export interface TableVersion {
  readonly frame: number;
  /** Physical block id of each logical block. */
  readonly blocks: Int32Array;
  /** Leading logical blocks that came from a prefix-cache hit at (re)admission. */
  readonly hitBlocks: number;
  /** Logical blocks that were copied on write (their physical id changed). */
  readonly copied: readonly number[];
}

const EMPTY = new Int32Array(0);

/** Append-only versions per sequence. */
export class TableLog {
  private readonly versions: TableVersion[][];

  constructor(numSeqs: number) {
    this.versions = Array.from({ length: numSeqs }, () => []);
  }

  /** Records the table of `seq` as of `frame` (replaces a version already at that frame). */
  record(seq: number, frame: number, blocks: readonly number[], hitBlocks: number, copied: readonly number[]): void {
    const list = this.versions[seq];
    if (!list) return;
    const v: TableVersion = { frame, blocks: Int32Array.from(blocks), hitBlocks, copied };
    if (list.length > 0 && (list[list.length - 1] as TableVersion).frame === frame) list[list.length - 1] = v;
    else list.push(v);
  }

  /** The latest version at or before `frame`. */
  at(seq: number, frame: number): TableVersion {
    const list = this.versions[seq] ?? [];
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as TableVersion).frame <= frame) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? { frame: 0, blocks: EMPTY, hitBlocks: 0, copied: [] } : (list[found] as TableVersion);
  }

  /** The previous version's `hitBlocks` and copied list (carried forward between events). */
  latest(seq: number): TableVersion | undefined {
    const list = this.versions[seq];
    return list && list.length > 0 ? list[list.length - 1] : undefined;
  }
}

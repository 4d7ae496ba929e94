/**
 * vLLM's `BlockHashToBlockMap`: block hash → cached block(s). V1 does not de-duplicate, so one
 * hash may map to several blocks; a lookup returns the earliest cached one (vLLM's dict keeps
 * insertion order).
 *
 * Linear probing over two Int32Arrays: the block id and the key's low 32 bits (the full key
 * is the pool's `blockHash[block]`, checked only when the low bits match). 8 bytes per slot,
 * at most one entry per block (load ≤ 50%). Deletion shifts later entries back (no
 * tombstones, no rehash).
 */
const EMPTY = -1;

export class BlockHashMap {
  private readonly slots: Int32Array;
  /** Low 32 bits of each slot's key (its home is `lo & mask`). */
  private readonly lo: Int32Array;
  private readonly mask: number;
  private used = 0;

  /**
   * @param maxEntries the most entries ever held (the number of blocks)
   * @param blockHash the pool's per-block hash: an entry for block b has key `blockHash[b]`
   */
  constructor(
    maxEntries: number,
    private readonly blockHash: Float64Array,
  ) {
    let cap = 16;
    while (cap < maxEntries * 2) cap *= 2;
    this.slots = new Int32Array(cap).fill(EMPTY);
    this.lo = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Entries held. */
  get size(): number {
    return this.used;
  }

  /** The earliest block cached under `hash`, or −1. */
  get(hash: number): number {
    const s = this.slots;
    const lo = hash | 0;
    for (let i = lo & this.mask; ; i = (i + 1) & this.mask) {
      const b = s[i] as number;
      if (b === EMPTY) return -1;
      if (this.lo[i] === lo && this.blockHash[b] === hash) return b;
    }
  }

  /** Adds `block` under `blockHash[block]` (set it first), after any earlier equal hashes. */
  insert(block: number): void {
    if (this.used >= this.mask) throw new Error('BlockHashMap: more entries than blocks');
    const s = this.slots;
    const lo = (this.blockHash[block] as number) | 0;
    let i = lo & this.mask;
    while ((s[i] as number) !== EMPTY) i = (i + 1) & this.mask;
    s[i] = block;
    this.lo[i] = lo;
    this.used++;
  }

  /** Removes `block`'s entry (call before resetting `blockHash[block]`). */
  remove(block: number): void {
    const s = this.slots;
    const los = this.lo;
    const mask = this.mask;
    let i = ((this.blockHash[block] as number) | 0) & mask;
    for (;;) {
      const b = s[i] as number;
      if (b === EMPTY) return;
      if (b === block) break;
      i = (i + 1) & mask;
    }
    // Backward shift: pull later entries of the run into the hole when their home allows it.
    let hole = i;
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const b = s[j] as number;
      if (b === EMPTY) break;
      const home = (los[j] as number) & mask;
      // The entry at j may move to `hole` only if its home is not in the cyclic range (hole, j].
      const inRange = hole <= j ? home > hole && home <= j : home > hole || home <= j;
      if (!inRange) {
        s[hole] = b;
        los[hole] = los[j] as number;
        hole = j;
      }
    }
    s[hole] = EMPTY;
    this.used--;
  }

  clear(): void {
    this.slots.fill(EMPTY);
    this.used = 0;
  }

  /** Distinct hashes held (O(capacity); for routers and snapshots). */
  hashes(): number[] {
    const seen = new Set<number>();
    for (const b of this.slots) if (b !== EMPTY) seen.add(this.blockHash[b] as number);
    return [...seen];
  }
}

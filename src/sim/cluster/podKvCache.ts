/**
 * One replica's KV blocks as vLLM's BlockPool sees them, reduced to what routing needs: which
 * block hashes are in HBM, which are in use (reference count > 0) and which sit evictable in
 * the free queue (least recently used first, evicted lazily when space is needed), plus the
 * blocks running requests reserve for their own, unshared tokens.
 *
 * As in vLLM, the free queue is a doubly linked list threaded through the blocks, so a block
 * leaves it from the middle in O(1); a running request holds its blocks' slots, so releasing
 * them needs no lookups. Blocks live in flat typed arrays indexed by slot.
 */
import { IntMap } from './intMap.ts';

const NONE = -1;

export class PodKvCache {
  /** key → slot. */
  private readonly map: IntMap;
  private readonly keyOf: Int32Array;
  private readonly refOf: Int32Array;
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private readonly freeSlots: Int32Array;
  private freeSlotCount: number;
  private freeHead = NONE;
  private freeTail = NONE;
  private pinnedCount = 0;
  private reservedCount = 0;

  /**
   * @param capacity usable blocks (`num_gpu_blocks` − the null block)
   * @param onEvict called with each hash dropped from HBM (the offload path)
   */
  constructor(
    readonly capacity: number,
    private readonly onEvict?: (key: number) => void,
  ) {
    // Hashed blocks never exceed capacity (makeRoom), plus one request's worth while inserting.
    const slots = capacity + 8192;
    this.map = new IntMap(slots);
    this.keyOf = new Int32Array(slots);
    this.refOf = new Int32Array(slots);
    this.prev = new Int32Array(slots);
    this.next = new Int32Array(slots);
    this.freeSlots = Int32Array.from({ length: slots }, (_, i) => slots - 1 - i);
    this.freeSlotCount = slots;
  }

  /** Blocks in use by running requests (hashed, shared ones counted once). */
  get pinned(): number {
    return this.pinnedCount;
  }
  /** Blocks reserved for requests' unshared tokens (prompt tail and output). */
  get reserved(): number {
    return this.reservedCount;
  }
  /** Hashed blocks in HBM, in use or not. */
  get cachedBlocks(): number {
    return this.map.size;
  }
  /** Blocks a new request may take: cached-but-free blocks count as free, as in vLLM. */
  get freeBlocks(): number {
    return this.capacity - this.pinnedCount - this.reservedCount;
  }

  has(key: number): boolean {
    return this.map.has(key);
  }

  /** Leading blocks of `keys` (at most `max`) present in HBM. */
  matchPrefix(keys: ArrayLike<number>, max: number): number {
    let n = 0;
    const lim = Math.min(max, keys.length);
    while (n < lim && this.map.get(keys[n] as number) >= 0) n++;
    return n;
  }

  /**
   * One pass over the first `n` blocks: fills `found` with their slots (−1 when absent), and
   * counts the leading run present (at most `maxHit`) and how many are in use (they cost no
   * new space).
   */
  scan(keys: ArrayLike<number>, n: number, maxHit: number, found: Int32Array): { hit: number; inUse: number } {
    let hit = 0;
    let run = true;
    let inUse = 0;
    for (let i = 0; i < n; i++) {
      const slot = this.map.get(keys[i] as number);
      found[i] = slot;
      if (slot < 0) {
        run = false;
        continue;
      }
      if (run && i < maxHit) hit++;
      if ((this.refOf[slot] as number) > 0) inUse++;
    }
    return { hit, inUse };
  }

  /**
   * Takes a reference on the first `n` blocks, inserting the missing ones (vLLM allocate +
   * cache), using the slots `scan` found. @returns the held slots, for `release`
   */
  acquire(keys: ArrayLike<number>, n: number, found: Int32Array): Int32Array {
    const held = new Int32Array(n);
    const ref = this.refOf;
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      // Nothing is evicted between the scan and here; a miss is looked up again only in case
      // the same key occurs twice in one prompt.
      let slot = found[i] as number;
      if (slot < 0) slot = this.map.get(key);
      if (slot < 0) {
        slot = this.allocSlot(key);
        ref[slot] = 1;
        this.pinnedCount++;
      } else {
        if (ref[slot] === 0) {
          this.unlinkFree(slot);
          this.pinnedCount++;
        }
        ref[slot] = (ref[slot] as number) + 1;
      }
      held[i] = slot;
    }
    this.makeRoom();
    return held;
  }

  /** Drops a reference from each held block, tail first, so a chain's end is evicted first. */
  release(held: Int32Array): void {
    const ref = this.refOf;
    for (let i = held.length - 1; i >= 0; i--) {
      const slot = held[i] as number;
      if (ref[slot] === 0) continue;
      const left = (ref[slot] as number) - 1;
      ref[slot] = left;
      if (left === 0) {
        this.pinnedCount--;
        this.appendFree(slot);
      }
    }
  }

  /** Caches blocks `from`…`to − 1` as free (a finished request's output blocks). */
  insertFree(keys: ArrayLike<number>, from: number, to: number): void {
    for (let i = to - 1; i >= from; i--) {
      const k = keys[i] as number;
      if (this.map.get(k) >= 0) continue;
      if (this.freeSlotCount === 0) this.evictOne();
      if (this.freeSlotCount === 0) return;
      const slot = this.allocSlot(k);
      this.refOf[slot] = 0;
      this.appendFree(slot);
    }
    this.makeRoom();
  }

  reserve(blocks: number): void {
    this.reservedCount += blocks;
    this.makeRoom();
  }

  unreserve(blocks: number): void {
    this.reservedCount -= blocks;
  }

  /** Evictable keys, least recently used first. */
  *freeKeys(): IterableIterator<number> {
    for (let s = this.freeHead; s !== NONE; s = this.next[s] as number) yield this.keyOf[s] as number;
  }

  private allocSlot(key: number): number {
    if (this.freeSlotCount === 0) throw new Error('KV cache model out of block slots');
    const slot = this.freeSlots[--this.freeSlotCount] as number;
    this.keyOf[slot] = key;
    this.map.set(key, slot);
    return slot;
  }

  private appendFree(slot: number): void {
    this.prev[slot] = this.freeTail;
    this.next[slot] = NONE;
    if (this.freeTail !== NONE) this.next[this.freeTail] = slot;
    else this.freeHead = slot;
    this.freeTail = slot;
  }

  private unlinkFree(slot: number): void {
    const p = this.prev[slot] as number;
    const n = this.next[slot] as number;
    if (p !== NONE) this.next[p] = n;
    else this.freeHead = n;
    if (n !== NONE) this.prev[n] = p;
    else this.freeTail = p;
  }

  private evictOne(): boolean {
    const slot = this.freeHead;
    if (slot === NONE) return false;
    this.unlinkFree(slot);
    const key = this.keyOf[slot] as number;
    this.map.delete(key);
    this.freeSlots[this.freeSlotCount++] = slot;
    this.onEvict?.(key);
    return true;
  }

  /** Evicts free cached blocks, least recently used first, until everything fits. */
  private makeRoom(): void {
    let over = this.map.size + this.reservedCount - this.capacity;
    while (over > 0 && this.evictOne()) over--;
  }
}

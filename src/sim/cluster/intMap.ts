/**
 * A hash map from non-negative 31-bit integer keys to 32-bit integer values: open addressing
 * with linear probing over typed arrays, backward-shift deletion. For block-hash keys (already
 * uniformly mixed) it is several times faster than a JS Map and allocates nothing per entry.
 */
const EMPTY = -1;

export class IntMap {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  private count = 0;

  /** @param capacity expected entries (the table starts at twice that, rounded to a power of two) */
  constructor(capacity = 16) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.keys = new Int32Array(n).fill(EMPTY);
    this.vals = new Int32Array(n);
    this.mask = n - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value for `key`, or −1 when absent. */
  get(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    for (let i = key & mask; ; i = (i + 1) & mask) {
      const k = keys[i] as number;
      if (k === key) return this.vals[i] as number;
      if (k === EMPTY) return -1;
    }
  }

  has(key: number): boolean {
    return this.find(key) >= 0;
  }

  /** Sets `key` → `value` (value should be ≥ 0 so that `get` can signal absence with −1). */
  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    for (let i = key & mask; ; i = (i + 1) & mask) {
      const k = keys[i] as number;
      if (k === key) {
        this.vals[i] = value;
        return;
      }
      if (k === EMPTY) {
        keys[i] = key;
        this.vals[i] = value;
        this.count++;
        return;
      }
    }
  }

  /** Removes `key`. @returns whether it was there */
  delete(key: number): boolean {
    const keys = this.keys;
    const vals = this.vals;
    const mask = this.mask;
    let i = this.find(key);
    if (i < 0) return false;
    // Backward-shift: move later entries of the probe run into the hole.
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const k = keys[j] as number;
      if (k === EMPTY) break;
      const home = k & mask;
      // Move k if its home is not in the cyclic range (i, j].
      if (i <= j ? home <= i || home > j : home <= i && home > j) {
        keys[i] = k;
        vals[i] = vals[j] as number;
        i = j;
      }
    }
    keys[i] = EMPTY;
    this.count--;
    return true;
  }

  private find(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    for (let i = key & mask; ; i = (i + 1) & mask) {
      const k = keys[i] as number;
      if (k === key) return i;
      if (k === EMPTY) return -1;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    const n = oldKeys.length * 2;
    this.keys = new Int32Array(n).fill(EMPTY);
    this.vals = new Int32Array(n);
    this.mask = n - 1;
    this.count = 0;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i] as number;
      if (k !== EMPTY) this.set(k, oldVals[i] as number);
    }
  }
}

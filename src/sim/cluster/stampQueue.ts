/**
 * The queue behind the LRU structures: (key, stamp) pairs in touch order. A key touched again
 * gets a newer stamp and a new entry; its older entries become stale and are skipped. The
 * owner says which entries are live; stale ones are dropped from the front as they surface
 * and compacted away when the buffer fills.
 */
export class StampQueue {
  private keys = new Int32Array(256);
  private stamps = new Float64Array(256);
  private head = 0;
  private tail = 0;

  /**
   * @param live whether (key, stamp) is still the key's latest touch
   * @param liveCount how many live keys the owner holds (to tell when compaction pays)
   */
  constructor(
    private readonly live: (key: number, stamp: number) => boolean,
    private readonly liveCount: () => number,
  ) {}

  get isEmpty(): boolean {
    return this.head === this.tail;
  }

  push(key: number, stamp: number): void {
    if (this.tail === this.keys.length) this.compact();
    this.keys[this.tail] = key;
    this.stamps[this.tail] = stamp;
    this.tail++;
  }

  /**
   * Removes and returns the oldest live key (its stamp in `stampOut[0]`), or undefined.
   */
  popLive(): number | undefined {
    while (this.head < this.tail) {
      const k = this.keys[this.head] as number;
      const s = this.stamps[this.head] as number;
      this.head++;
      if (this.live(k, s)) return k;
    }
    return undefined;
  }

  /** Drops stale entries at the front. */
  trim(): void {
    while (this.head < this.tail && !this.live(this.keys[this.head] as number, this.stamps[this.head] as number)) this.head++;
  }

  /** Live keys, oldest first. */
  *liveKeys(): IterableIterator<number> {
    for (let i = this.head; i < this.tail; i++) {
      const k = this.keys[i] as number;
      if (this.live(k, this.stamps[i] as number)) yield k;
    }
  }

  private compact(): void {
    const keys = this.keys;
    const stamps = this.stamps;
    const queued = this.tail - this.head;
    // Few stale entries: filtering would free little; shift the rest down (and grow if the
    // consumed front was small) without any lookups.
    if ((queued - this.liveCount()) * 4 < queued) {
      if (this.head * 4 < keys.length) {
        const nk = new Int32Array(keys.length * 2);
        const ns = new Float64Array(keys.length * 2);
        nk.set(keys.subarray(this.head, this.tail));
        ns.set(stamps.subarray(this.head, this.tail));
        this.keys = nk;
        this.stamps = ns;
      } else {
        keys.copyWithin(0, this.head, this.tail);
        stamps.copyWithin(0, this.head, this.tail);
      }
      this.tail = queued;
      this.head = 0;
      return;
    }
    let w = 0;
    for (let i = this.head; i < this.tail; i++) {
      const k = keys[i] as number;
      const s = stamps[i] as number;
      if (!this.live(k, s)) continue;
      keys[w] = k;
      stamps[w] = s;
      w++;
    }
    this.head = 0;
    this.tail = w;
    if (w * 2 > keys.length) {
      const nk = new Int32Array(keys.length * 2);
      const ns = new Float64Array(keys.length * 2);
      nk.set(keys.subarray(0, w));
      ns.set(stamps.subarray(0, w));
      this.keys = nk;
      this.stamps = ns;
    }
  }
}

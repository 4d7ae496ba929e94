/** A growable ring buffer with O(1) push/pop at both ends (vLLM's FCFS queue is a deque). */
export class Deque<T> {
  private buf: (T | undefined)[];
  private head = 0;
  private len = 0;

  constructor(capacity = 16) {
    this.buf = new Array<T | undefined>(Math.max(4, capacity));
  }

  get size(): number {
    return this.len;
  }

  private grow(): void {
    const old = this.buf;
    const next = new Array<T | undefined>(old.length * 2);
    for (let i = 0; i < this.len; i++) next[i] = old[(this.head + i) % old.length];
    this.buf = next;
    this.head = 0;
  }

  pushBack(item: T): void {
    if (this.len === this.buf.length) this.grow();
    this.buf[(this.head + this.len) % this.buf.length] = item;
    this.len++;
  }

  pushFront(item: T): void {
    if (this.len === this.buf.length) this.grow();
    this.head = (this.head - 1 + this.buf.length) % this.buf.length;
    this.buf[this.head] = item;
    this.len++;
  }

  peekFront(): T | undefined {
    return this.len === 0 ? undefined : this.buf[this.head];
  }

  popFront(): T | undefined {
    if (this.len === 0) return undefined;
    const item = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) % this.buf.length;
    this.len--;
    return item;
  }

  /** Item at position i from the front. */
  at(i: number): T | undefined {
    return i < 0 || i >= this.len ? undefined : this.buf[(this.head + i) % this.buf.length];
  }

  /** Removes one item (by identity). O(n); rare path. */
  remove(item: T): boolean {
    const items = this.toArray();
    const idx = items.indexOf(item);
    if (idx < 0) return false;
    items.splice(idx, 1);
    this.buf = new Array<T | undefined>(this.buf.length);
    this.head = 0;
    this.len = 0;
    for (const it of items) this.pushBack(it);
    return true;
  }

  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.len; i++) out.push(this.buf[(this.head + i) % this.buf.length] as T);
    return out;
  }
}

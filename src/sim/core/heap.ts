/** A binary min-heap ordered by a comparator (used for arrivals and the priority queue). */
export class Heap<T> {
  private readonly items: T[] = [];

  /** @param less true when `a` must come out before `b`. */
  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pi = a[p] as T;
      if (!this.less(item, pi)) break;
      a[i] = pi;
      i = p;
    }
    a[i] = item;
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    let i = 0;
    const n = a.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.less(a[r] as T, a[l] as T)) c = r;
      const ci = a[c] as T;
      if (!this.less(ci, last)) break;
      a[i] = ci;
      i = c;
    }
    a[i] = last;
    return top;
  }

  /** Removes one item (by identity). O(n); used only on rare paths. */
  remove(item: T): boolean {
    const idx = this.items.indexOf(item);
    if (idx < 0) return false;
    const rest = this.items.splice(idx);
    rest.shift();
    for (const r of rest) this.push(r);
    return true;
  }

  /** The items in heap order (not sorted). */
  toArray(): readonly T[] {
    return this.items;
  }
}

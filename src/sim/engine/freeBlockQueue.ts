/**
 * vLLM's `FreeKVCacheBlockQueue`: a doubly linked list threaded through the blocks (here two
 * Int32Arrays), so a cached block can leave the middle of the queue in O(1) when a prefix
 * hit touches it. Head = next to allocate (least recently used); tail = most recently freed.
 */
export class FreeBlockQueue {
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private readonly head: number;
  private readonly tail: number;
  /** `num_free_blocks`. */
  numFreeBlocks = 0;

  /** Starts with every block 0 … numBlocks − 1 in id order. */
  constructor(numBlocks: number) {
    this.prev = new Int32Array(numBlocks + 2).fill(-1);
    this.next = new Int32Array(numBlocks + 2).fill(-1);
    this.head = numBlocks;
    this.tail = numBlocks + 1;
    this.next[this.head] = this.tail;
    this.prev[this.tail] = this.head;
    for (let i = 0; i < numBlocks; i++) this.append(i);
  }

  /** True when block `id` is in the queue. */
  has(id: number): boolean {
    return this.prev[id] !== -1;
  }

  /** Removes and returns the head block (−1 when empty). */
  popleft(): number {
    const id = this.next[this.head] as number;
    if (id === this.tail) return -1;
    this.remove(id);
    return id;
  }

  /** O(1) removal from anywhere in the queue. */
  remove(id: number): void {
    const p = this.prev[id] as number;
    const n = this.next[id] as number;
    this.next[p] = n;
    this.prev[n] = p;
    this.prev[id] = -1;
    this.next[id] = -1;
    this.numFreeBlocks--;
  }

  /** Puts block `id` at the tail. */
  append(id: number): void {
    const last = this.prev[this.tail] as number;
    this.next[last] = id;
    this.prev[id] = last;
    this.next[id] = this.tail;
    this.prev[this.tail] = id;
    this.numFreeBlocks++;
  }

  /** `prepend_n`: puts `ids` at the head, keeping their order (ids[0] becomes the head). */
  prependN(ids: readonly number[]): void {
    for (let k = ids.length - 1; k >= 0; k--) {
      const id = ids[k] as number;
      const first = this.next[this.head] as number;
      this.next[this.head] = id;
      this.prev[id] = this.head;
      this.next[id] = first;
      this.prev[first] = id;
      this.numFreeBlocks++;
    }
  }

  /** The queue from head to tail (for tests and snapshots; O(free)). */
  toArray(): number[] {
    const out: number[] = [];
    for (let id = this.next[this.head] as number; id !== this.tail; id = this.next[id] as number) out.push(id);
    return out;
  }
}

/** Blocks to highlight on the grid for one step's events (what just happened, visually). */
import type { SimEvent } from '../../../sim/engine/index.ts';

export type MarkKind = 'alloc' | 'hit' | 'evict' | 'cow' | 'fork';

export interface Mark {
  readonly block: number;
  readonly kind: MarkKind;
}

/** Marks for a frame's events; a later event on the same block wins (e.g. evicted, then allocated). */
export function marksOf(events: readonly SimEvent[]): Mark[] {
  const byBlock = new Map<number, MarkKind>();
  for (const e of events) {
    switch (e.type) {
      case 'blocksAllocated':
        for (const b of e.blockIds) if (byBlock.get(b) !== 'evict') byBlock.set(b, 'alloc');
        break;
      case 'cacheHit':
        for (const b of e.blockIds) byBlock.set(b, 'hit');
        break;
      case 'blockEvicted':
        byBlock.set(e.blockId, 'evict');
        break;
      case 'blockCopied':
        byBlock.set(e.src, 'cow');
        byBlock.set(e.dst, 'cow');
        break;
      case 'forked':
        for (const b of e.blockIds) if (!byBlock.has(b)) byBlock.set(b, 'fork');
        break;
      default:
        break;
    }
  }
  return [...byBlock].map(([block, kind]) => ({ block, kind }));
}

/**
 * The pre-PagedAttention baseline (paper §3, Fig. 3): at admission a request reserves one
 * contiguous run of KV slots big enough for its whole life (`maxModelLen`, or prompt +
 * max_tokens when the length is known), placed first-fit. Slots reserved for tokens not yet
 * generated, or never generated, and gaps too small to use are the waste the paper measures.
 */
import type { EventSink } from './events.ts';
import { NO_HIT, type ComputedBlocks, type KvAllocator, type PrefixCacheStats } from './kvAllocator.ts';
import type { Request } from './request.ts';
import type { ContiguousReservation } from './types.ts';

/** A reserved region, kept sorted by start. */
export interface Region {
  start: number;
  slots: number;
  req: Request;
}

export class ContiguousAllocator implements KvAllocator {
  readonly kind = 'contiguous' as const;
  /** Total KV slots (tokens): the same memory as the paged pool's usable blocks. */
  readonly capacity: number;
  private readonly regions: Region[] = [];
  private reservedSlots = 0;
  readonly prefixCacheStats: PrefixCacheStats = {
    requests: 0,
    queries: 0,
    hits: 0,
    preemptedRequests: 0,
    preemptedQueries: 0,
    preemptedHits: 0,
  };

  constructor(
    capacitySlots: number,
    readonly blockSize: number,
    readonly maxModelLen: number,
    readonly reservation: ContiguousReservation,
    private readonly sink: EventSink,
  ) {
    this.capacity = capacitySlots;
  }

  get numFreeBlocks(): number {
    return Math.floor((this.capacity - this.reservedSlots) / this.blockSize);
  }

  /** Reserved fraction of the memory: a reservation is in use even before tokens fill it. */
  get kvCacheUsage(): number {
    return this.reservedSlots / this.capacity;
  }

  /** Slots currently reserved by requests. */
  get numReservedSlots(): number {
    return this.reservedSlots;
  }

  /** No prefix caching in the baseline. */
  getComputedBlocks(): ComputedBlocks {
    return NO_HIT;
  }

  /** Slots a request reserves at admission. */
  reservationFor(req: Request): number {
    return this.reservation === 'maxModelLen' ? this.maxModelLen : Math.min(this.maxModelLen, req.promptLen + req.maxTokens);
  }

  /** First-fit: the lowest start with a gap of at least `slots`, or −1. */
  findGap(slots: number): number {
    let cursor = 0;
    for (const r of this.regions) {
      if (r.start - cursor >= slots) return cursor;
      cursor = r.start + r.slots;
    }
    return this.capacity - cursor >= slots ? cursor : -1;
  }

  /** The free gaps between regions, in address order. */
  freeGaps(): { start: number; slots: number }[] {
    const gaps: { start: number; slots: number }[] = [];
    let cursor = 0;
    for (const r of this.regions) {
      if (r.start > cursor) gaps.push({ start: cursor, slots: r.start - cursor });
      cursor = r.start + r.slots;
    }
    if (this.capacity > cursor) gaps.push({ start: cursor, slots: this.capacity - cursor });
    return gaps;
  }

  allocateSlots(req: Request, numNewTokens: number): readonly number[] | null {
    if (req.regionStart >= 0) {
      return req.numComputedTokens + numNewTokens <= req.regionSlots ? EMPTY : null;
    }
    const slots = this.reservationFor(req);
    if (req.numComputedTokens + numNewTokens > slots) return null;
    const start = this.findGap(slots);
    if (start < 0) return null;
    let i = 0;
    while (i < this.regions.length && (this.regions[i] as Region).start < start) i++;
    this.regions.splice(i, 0, { start, slots, req });
    this.reservedSlots += slots;
    req.regionStart = start;
    req.regionSlots = slots;
    if (this.sink.blocks) this.sink.emit({ type: 'regionReserved', req: req.id, start, slots });
    return EMPTY;
  }

  reserveSlots(req: Request, numNewTokens: number): boolean {
    return this.allocateSlots(req, numNewTokens) !== null;
  }

  free(req: Request): void {
    if (req.regionStart < 0) return;
    const i = this.regions.findIndex((r) => r.req === req);
    if (i >= 0) this.regions.splice(i, 1);
    this.reservedSlots -= req.regionSlots;
    if (this.sink.blocks) this.sink.emit({ type: 'regionFreed', req: req.id, start: req.regionStart, slots: req.regionSlots });
    req.regionStart = -1;
    req.regionSlots = 0;
  }

  fork(): void {
    throw new Error('ContiguousAllocator: fork needs block sharing, which only the paged allocator has');
  }

  /** Regions in address order (for snapshots and the memory breakdown). */
  allRegions(): readonly Readonly<Region>[] {
    return this.regions;
  }
}

const EMPTY: readonly number[] = Object.freeze([]);

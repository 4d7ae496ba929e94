/**
 * Block keys of a request's token sequence (prompt, then output), computed as the engine's
 * `promptBlockHashes` computes them (vLLM's chained block hash over synthetic token runs) and
 * memoised for shared leading segments: a tenant's 6,000-token system prompt is hashed once,
 * not once per request. Unit tests check equality with `promptBlockHashes`.
 */
import { hashBlockRuns, mix32, NONE_HASH } from '../core/hash.ts';
import type { PromptSegment } from '../engine/types.ts';
import { extraKeys } from '../engine/tokens.ts';

/**
 * A block's key in the caches and the index: the low 30 bits of its 53-bit chained hash, so
 * keys are small integers (stored unboxed, cheap to look up). With ~10⁵ keys per table, a
 * lookup of an absent block collides with probability ~10⁻⁴: a rare one-block overcount.
 */
export const blockKey = (hash: number): number => (hash % 4294967296) & 0x3fffffff;

interface Memo {
  /** The memoised leading segments (to tell apart keys that collide). */
  readonly segs: readonly PromptSegment[];
  readonly loraId: number | undefined;
  readonly cacheSalt: string | undefined;
  /** Keys of the full blocks inside them. */
  readonly keys: Int32Array;
  /** The full 53-bit hash of the last of those blocks (the next block's parent). */
  readonly lastHash: number;
}

const MAX_MEMO = 4096;

function sameLead(m: Memo, segs: readonly PromptSegment[], lead: number, loraId: number | undefined, cacheSalt: string | undefined): boolean {
  if (m.segs.length !== lead || m.loraId !== loraId || m.cacheSalt !== cacheSalt) return false;
  for (let i = 0; i < lead; i++) {
    const a = m.segs[i] as PromptSegment;
    const b = segs[i] as PromptSegment;
    if (a.seed !== b.seed || a.tokens !== b.tokens) return false;
  }
  return true;
}

/** Hashes token sequences into block keys, remembering shared leading segments. */
export class BlockHasher {
  private readonly memo = new Map<number, Memo>();
  private readonly runs = new Float64Array(3 * 64);

  constructor(readonly blockSize: number) {}

  /**
   * Keys of the full blocks of `segments` (prompt segments, the last one extended by the output).
   * @param shared how many leading segments to memoise (they recur across requests)
   */
  keys(segments: readonly PromptSegment[], shared: number, loraId?: number, cacheSalt?: string): Int32Array {
    const bs = this.blockSize;
    const segs = segments.every((s) => s.tokens > 0) ? segments : segments.filter((s) => s.tokens > 0);
    const ends: number[] = [];
    let total = 0;
    for (const s of segs) ends.push((total += s.tokens));
    const n = Math.floor(total / bs);
    const out = new Int32Array(n);
    const extra = extraKeys(loraId, cacheSalt);
    let from = 0;
    let parent = NONE_HASH;
    const lead = Math.min(shared, segs.length);
    if (lead > 0) {
      const leadEnd = ends[lead - 1] as number;
      let memoKey = mix32(extra.first, lead);
      for (let i = 0; i < lead; i++) memoKey = mix32(mix32(memoKey, (segs[i] as PromptSegment).seed), (segs[i] as PromptSegment).tokens);
      let m = this.memo.get(memoKey);
      if (m && !sameLead(m, segs, lead, loraId, cacheSalt)) m = undefined;
      if (!m) {
        const keys = new Int32Array(Math.floor(leadEnd / bs));
        let p = NONE_HASH;
        for (let b = 0; b < keys.length; b++) {
          p = this.hashBlock(segs, ends, b, p, b === 0 ? extra.first : extra.every);
          keys[b] = blockKey(p);
        }
        m = { segs: segs.slice(0, lead), loraId, cacheSalt, keys, lastHash: p };
        if (this.memo.size >= MAX_MEMO) this.memo.clear();
        this.memo.set(memoKey, m);
      }
      from = m.keys.length;
      out.set(m.keys);
      if (from > 0) parent = m.lastHash;
    }
    for (let b = from; b < n; b++) {
      parent = this.hashBlock(segs, ends, b, parent, b === 0 ? extra.first : extra.every);
      out[b] = blockKey(parent);
    }
    return out;
  }

  /** Hash of full block `b`: its token runs (seed, position in segment, length) chained to `parent`. */
  private hashBlock(segs: readonly PromptSegment[], ends: readonly number[], b: number, parent: number, extra: number): number {
    const bs = this.blockSize;
    const runs = this.runs;
    let pos = b * bs;
    let left = bs;
    let n = 0;
    let i = 0;
    while ((ends[i] as number) <= pos) i++;
    while (left > 0 && i < segs.length) {
      const segStart = i === 0 ? 0 : (ends[i - 1] as number);
      const take = Math.min(left, (ends[i] as number) - pos);
      runs[n++] = (segs[i] as PromptSegment).seed;
      runs[n++] = pos - segStart;
      runs[n++] = take;
      pos += take;
      left -= take;
      i++;
    }
    return hashBlockRuns(parent, runs, n / 3, extra);
  }
}

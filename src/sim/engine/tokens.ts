/**
 * Synthetic but prefix-consistent token ids, and the request's chain of block hashes.
 * A token id is a pure function of (stream seed, position), so shared prefixes are real.
 */
import { fmix32, fnv1a, hashBlockRuns, mix32, NONE_HASH } from '../core/hash.ts';
import type { PromptSegment } from './types.ts';

/** Token `pos` of the synthetic stream `seed` (a cheap integer mix; stays in int32 math). */
export function tokenIdAt(seed: number, pos: number, vocabSize: number): number {
  let x = (seed ^ Math.imul(pos + 1, 0x9e3779b1)) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return ((x ^ (x >>> 16)) & 0x7fffffff) % vocabSize;
}

/** The stream a sample's output continues: sample 0 continues the prompt's last segment
 * (so a multi-turn follow-up that quotes the answer shares its blocks); others branch off. */
export function outputSeed(prompt: readonly PromptSegment[], sampleIndex: number): number {
  const last = prompt[prompt.length - 1];
  const seed = last ? last.seed : 0;
  return sampleIndex === 0 ? seed : fmix32(mix32(seed, 0x5a5a0000 + sampleIndex));
}

/** Extra hash keys as one number: the LoRA (name since v0.11.1, else id) goes into every block,
 * the cache salt into block 0. */
export function extraKeys(loraId: number | undefined, cacheSalt: string | undefined, loraName?: string): { every: number; first: number } {
  const every = loraName !== undefined ? fmix32(mix32(0x10ae, fnv1a(loraName))) : loraId === undefined ? 0 : fmix32(mix32(0x10ad, loraId));
  const first = cacheSalt === undefined ? every : fmix32(mix32(every, fnv1a(cacheSalt)));
  return { every, first };
}

/**
 * Resolves token ids of one request and hashes its full blocks (vLLM's request block hasher).
 * Hashes are computed lazily, in order, up to the number of full blocks asked for.
 */
export class TokenStream {
  private readonly segEnds: number[] = [];
  private readonly segSeeds: number[] = [];
  readonly promptLen: number;
  readonly hashes: number[] = [];

  /** @param scratch a buffer of at least 3 × (segments + 1) numbers, shared by an engine's streams */
  constructor(
    prompt: readonly PromptSegment[],
    private readonly outSeed: number,
    private readonly vocabSize: number,
    private readonly blockSize: number,
    private readonly extraEvery: number,
    private readonly extraFirst: number,
    private readonly scratch: Float64Array = new Float64Array(3 * (prompt.length + 1)),
  ) {
    let end = 0;
    for (const s of prompt) {
      if (s.tokens <= 0) continue;
      end += s.tokens;
      this.segEnds.push(end);
      this.segSeeds.push(s.seed);
    }
    this.promptLen = end;
  }

  /** Token id at absolute position `pos` (prompt first, then output). */
  tokenAt(pos: number): number {
    const ends = this.segEnds;
    if (pos < this.promptLen) {
      let i = 0;
      while ((ends[i] as number) <= pos) i++;
      const start = i === 0 ? 0 : (ends[i - 1] as number);
      return tokenIdAt(this.segSeeds[i] as number, pos - start, this.vocabSize);
    }
    // Output continues the last segment's stream (or a branch of it).
    const n = ends.length;
    const lastLen = n === 0 ? 0 : (ends[n - 1] as number) - (n === 1 ? 0 : (ends[n - 2] as number));
    return tokenIdAt(this.outSeed, lastLen + pos - this.promptLen, this.vocabSize);
  }

  /** Hash of full block `i` (0-based); blocks must be complete in the caller's token count. */
  blockHash(i: number): number {
    const h = this.hashes;
    while (h.length <= i) {
      const b = h.length;
      const numRuns = this.blockRuns(b * this.blockSize);
      const parent = b === 0 ? NONE_HASH : (h[b - 1] as number);
      h.push(hashBlockRuns(parent, this.scratch, numRuns, b === 0 ? this.extraFirst : this.extraEvery));
    }
    return h[i] as number;
  }

  /**
   * Describes positions [start, start + blockSize) as runs of (seed, stream position, length)
   * in the scratch buffer. @returns the number of runs
   */
  private blockRuns(start: number): number {
    const bs = this.blockSize;
    const out = this.scratch;
    const ends = this.segEnds;
    let pos = start;
    let left = bs;
    let n = 0;
    if (pos < this.promptLen) {
      let i = 0;
      while ((ends[i] as number) <= pos) i++;
      while (left > 0 && i < ends.length) {
        const segStart = i === 0 ? 0 : (ends[i - 1] as number);
        const take = Math.min(left, (ends[i] as number) - pos);
        out[n++] = this.segSeeds[i] as number;
        out[n++] = pos - segStart;
        out[n++] = take;
        pos += take;
        left -= take;
        i++;
      }
    }
    if (left > 0) {
      const k = ends.length;
      const lastLen = k === 0 ? 0 : (ends[k - 1] as number) - (k === 1 ? 0 : (ends[k - 2] as number));
      const streamPos = lastLen + pos - this.promptLen;
      // Canonical form: output that continues the prompt's last stream extends its run, so a
      // follow-up prompt quoting the answer (one longer segment) hashes the same.
      if (n > 0 && out[n - 3] === this.outSeed && (out[n - 2] as number) + (out[n - 1] as number) === streamPos) {
        out[n - 1] = (out[n - 1] as number) + left;
      } else {
        out[n++] = this.outSeed;
        out[n++] = streamPos;
        out[n++] = left;
      }
    }
    return n / 3;
  }
}

/** The hash chain of a prompt's full blocks, as an engine with this block size would compute
 * it (a prefix-aware router compares these with `Engine.cachedBlockHashes()`). */
export function promptBlockHashes(
  spec: { readonly prompt: readonly PromptSegment[]; readonly loraId?: number; readonly cacheSalt?: string; readonly lora?: string },
  blockSize: number,
  vocabSize: number,
): number[] {
  const keys = extraKeys(spec.loraId, spec.cacheSalt, spec.lora);
  const ts = new TokenStream(spec.prompt, 0, vocabSize, blockSize, keys.every, keys.first);
  const n = Math.floor(ts.promptLen / blockSize);
  for (let i = 0; i < n; i++) ts.blockHash(i);
  return ts.hashes;
}

/**
 * Cheap deterministic hashing: 32-bit mixers and a 53-bit chained hash for KV blocks.
 * vLLM hashes blocks with SHA-256 (`prefix_caching_hash_algo`); a 53-bit hash is plenty for
 * a simulator and stays a plain JS number (a safe integer usable as a Map key).
 */

/** Mixes two 32-bit values into one (murmur3-style finaliser). */
export function mix32(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let x = (h ^ k) | 0;
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}

/** Final avalanche of a 32-bit state. */
export function fmix32(h: number): number {
  let x = h | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a of a string, 32 bits (used for cache salts and LoRA names). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const TWO_32 = 4294967296;
/** vLLM's NONE_HASH: the parent of a request's first block (fixed here, random in vLLM). */
export const NONE_HASH = 0x1f_ffff * TWO_32 + 0x9e3779b9;

/**
 * Chained block hash over a block's token runs: `hash(parent, runs, extraKey)`, the shape of
 * vLLM's `hash_block_tokens(parent_hash, token_ids, extra_keys)`. A run is (stream seed, first
 * position, length): since a synthetic token id is a pure function of (seed, position), the
 * runs determine the block's token ids, and hashing them costs O(runs) instead of O(tokens).
 * Two 32-bit lanes are combined into a 53-bit integer (safe as a JS number).
 * @param parent the previous block's hash (NONE_HASH for the first block)
 * @param runs flat triples [seed, start, length, seed, start, length, …]
 * @param numRuns how many triples to read
 * @param extra extra keys folded in (0 when none): LoRA id, cache salt on the first block
 */
export function hashBlockRuns(parent: number, runs: ArrayLike<number>, numRuns: number, extra: number): number {
  const pLo = parent % TWO_32 | 0;
  const pHi = Math.floor(parent / TWO_32) | 0;
  let a = mix32(0x2545f491 ^ pLo, pHi);
  let b = mix32(0x6a09e667 ^ pHi, pLo);
  for (let r = 0; r < numRuns * 3; r += 3) {
    const seed = runs[r] as number;
    const start = runs[r + 1] as number;
    const len = runs[r + 2] as number;
    a = mix32(mix32(mix32(a, seed), start), len);
    b = mix32(mix32(mix32(b, len ^ 0x5bd1e995), seed), start ^ 0x27d4eb2f);
  }
  a = fmix32(mix32(a, extra));
  b = fmix32(mix32(b, extra ^ 0x165667b1));
  return (b & 0x1fffff) * TWO_32 + a;
}

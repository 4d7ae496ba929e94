/**
 * The Endpoint Picker's approximate prefix-cache index (llm-d-router
 * `approx-prefix-cache-producer`, GIE proposal 0602): the EPP never asks a pod what it has
 * cached; it remembers where it sent each prompt. Each prompt is cut into blocks whose hashes
 * are chained (block i's hash covers every block before it); after a pick, the chosen pod is
 * recorded under every block hash of the prompt, in a per-pod LRU as large as the pod's KV cache.
 * A new request walks its hashes from the first block and counts, for each pod, the blocks seen
 * there until a hash is known on no pod at all (longest match).
 *
 * The index is optimistic: it records a prefix the moment a request is routed and forgets it
 * only by its own LRU, whatever the pod's vLLM actually evicted.
 *
 * Storage: each known hash gets a slot holding the bit mask of pods it is recorded on; each
 * (slot, pod) pair is a node of that pod's LRU list (doubly linked through flat typed arrays),
 * so a touch is O(1) and allocates nothing.
 */
import { IntMap } from './intMap.ts';
import type { PrefixIndexConfig } from './types.ts';

/** llm-d-router's default cap: maxPrefixTokensToMatch 131,072 tokens. */
export const MAX_PREFIX_TOKENS_TO_MATCH = 131_072;

/** llm-d-router floors the index block size at 64 tokens to bound the EPP's memory (issue #1158). */
export const MIN_BLOCK_SIZE_TOKENS = 64;

/** llm-d-router v0.10's `defaultConfig`. */
export const PREFIX_INDEX_DEFAULTS: PrefixIndexConfig = {
  autoTune: true,
  blockSizeTokens: 16,
  maxPrefixBlocksToMatch: 2048,
  maxPrefixTokensToMatch: MAX_PREFIX_TOKENS_TO_MATCH,
  lruCapacityPerServer: 31_250,
};

/** What the pods report (`vllm:cache_config_info`); 0 = not reported. */
export interface PodCacheInfo {
  readonly blockSize: number;
  readonly numGpuBlocks: number;
}

/** The index's effective sizes. */
export interface ResolvedPrefixIndex {
  readonly blockSize: number;
  readonly maxBlocks: number;
  readonly lruCapacityBlocks: number;
}

/**
 * Resolves the parameters as llm-d-router does: `GetBlockSize` (auto-tuned from the pods, floored
 * at 64), `resolveMaxBlocks` (tokens ÷ block size, else the block cap, 0 = unlimited) and
 * `makeserver` (LRU capacity = the pod's num_gpu_blocks when auto-tuned).
 * @throws Error for the configurations llm-d rejects
 * @example resolvePrefixIndex(PREFIX_INDEX_DEFAULTS, { blockSize: 16, numGpuBlocks: 20_000 }) // { blockSize: 64, maxBlocks: 2048, lruCapacityBlocks: 20000 }
 */
export function resolvePrefixIndex(c: PrefixIndexConfig, pod: PodCacheInfo): ResolvedPrefixIndex {
  if (!c.autoTune && !(c.blockSizeTokens > 0)) throw new Error(`blockSizeTokens must be > 0 when autoTune is off (got ${c.blockSizeTokens})`);
  if (c.maxPrefixTokensToMatch < 0) throw new Error(`maxPrefixTokensToMatch must be >= 0 (got ${c.maxPrefixTokensToMatch})`);
  let blockSize = c.blockSizeTokens;
  if (c.autoTune && pod.blockSize > 0) blockSize = pod.blockSize;
  blockSize = Math.max(MIN_BLOCK_SIZE_TOKENS, blockSize);
  let maxBlocks: number;
  if (c.maxPrefixTokensToMatch > 0) maxBlocks = Math.floor(c.maxPrefixTokensToMatch / blockSize);
  else maxBlocks = c.maxPrefixBlocksToMatch === 0 ? Number.MAX_SAFE_INTEGER : c.maxPrefixBlocksToMatch;
  let lru = PREFIX_INDEX_DEFAULTS.lruCapacityPerServer;
  if (c.autoTune && pod.numGpuBlocks > 0) lru = pod.numGpuBlocks;
  else if (c.lruCapacityPerServer > 0) lru = c.lruCapacityPerServer;
  return { blockSize, maxBlocks, lruCapacityBlocks: lru };
}

/** Most pods one index can track (pods are kept as bits of a 32-bit mask). */
export const MAX_INDEXED_PODS = 32;

const NONE = -1;

export class ApproxPrefixIndex {
  /** hash → slot. */
  private readonly slots = new IntMap(4096);
  private keyOf = new Int32Array(1024);
  private masks = new Int32Array(1024);
  /** LRU links of node `slot × pods + pod` (least recently used at the head). */
  private prev: Int32Array;
  private next: Int32Array;
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  private readonly sizes: Int32Array;
  private freeSlots: number[] = [];
  private nextSlot = 0;
  /** Most blocks looked at per request. */
  readonly maxBlocks: number;

  /**
   * @param numPods pods in the pool (≤ 32)
   * @param lruCapacityBlocks per-pod LRU capacity (llm-d auto-tunes it to the pod's `num_gpu_blocks`)
   * @param blockSize tokens per block (llm-d-router clamps it to ≥ 64)
   * @param maxBlocks most blocks hashed per prompt (default maxPrefixTokensToMatch ÷ blockSize)
   */
  constructor(
    readonly numPods: number,
    readonly lruCapacityBlocks: number,
    readonly blockSize: number,
    maxBlocks = Math.floor(MAX_PREFIX_TOKENS_TO_MATCH / blockSize),
  ) {
    if (numPods > MAX_INDEXED_PODS) throw new Error(`the prefix index tracks at most ${MAX_INDEXED_PODS} pods (got ${numPods})`);
    this.maxBlocks = Math.max(1, maxBlocks);
    this.prev = new Int32Array(1024 * numPods);
    this.next = new Int32Array(1024 * numPods);
    this.heads = new Int32Array(numPods).fill(NONE);
    this.tails = new Int32Array(numPods).fill(NONE);
    this.sizes = new Int32Array(numPods);
  }

  private newSlot(hash: number): number {
    let slot = this.freeSlots.pop();
    if (slot === undefined) {
      slot = this.nextSlot++;
      if (slot >= this.masks.length) this.grow();
    }
    this.masks[slot] = 0;
    this.keyOf[slot] = hash;
    this.slots.set(hash, slot);
    return slot;
  }

  private grow(): void {
    const n = this.masks.length * 2;
    const grown = (a: Int32Array, len: number): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(len);
      b.set(a);
      return b;
    };
    this.masks = grown(this.masks, n);
    this.keyOf = grown(this.keyOf, n);
    this.prev = grown(this.prev, n * this.numPods);
    this.next = grown(this.next, n * this.numPods);
  }

  private append(pod: number, node: number): void {
    const tail = this.tails[pod] as number;
    this.prev[node] = tail;
    this.next[node] = NONE;
    if (tail !== NONE) this.next[tail] = node;
    else this.heads[pod] = node;
    this.tails[pod] = node;
  }

  private unlink(pod: number, node: number): void {
    const p = this.prev[node] as number;
    const n = this.next[node] as number;
    if (p !== NONE) this.next[p] = n;
    else this.heads[pod] = n;
    if (n !== NONE) this.prev[n] = p;
    else this.tails[pod] = p;
  }

  /**
   * Longest-prefix match for every pod.
   * @param out filled with the matched block count per pod (length ≥ pods)
   * @returns the number of blocks considered (the score's denominator)
   * @example idx.match(hashes, counts); // counts[p] / total = prefix-cache-scorer's score for pod p
   */
  match(hashes: ArrayLike<number>, out: Int32Array): number {
    out.fill(0);
    const n = Math.min(hashes.length, this.maxBlocks);
    for (let i = 0; i < n; i++) {
      const slot = this.slots.get(hashes[i] as number);
      if (slot < 0) break;
      let mask = this.masks[slot] as number;
      while (mask !== 0) {
        const low = mask & -mask;
        const p = 31 - Math.clz32(low);
        out[p] = (out[p] as number) + 1;
        mask ^= low;
      }
    }
    return n;
  }

  /** Records that `pod` now holds the prompt (the PreRequest step after a pick). */
  record(pod: number, hashes: ArrayLike<number>): void {
    if (pod < 0 || pod >= this.numPods) throw new Error(`no pod ${pod} in the index`);
    const bit = 1 << pod;
    const np = this.numPods;
    const n = Math.min(hashes.length, this.maxBlocks);
    for (let i = 0; i < n; i++) {
      const h = hashes[i] as number;
      let slot = this.slots.get(h);
      if (slot < 0) slot = this.newSlot(h);
      const node = slot * np + pod;
      const mask = this.masks[slot] as number;
      if ((mask & bit) === 0) {
        this.masks[slot] = mask | bit;
        this.sizes[pod] = (this.sizes[pod] as number) + 1;
      } else if (this.tails[pod] === node) {
        continue;
      } else {
        this.unlink(pod, node);
      }
      this.append(pod, node);
    }
    while ((this.sizes[pod] as number) > this.lruCapacityBlocks) {
      if (!this.evictHead(pod)) break;
    }
  }

  /** Drops a pod's least recently used block. @returns false when it holds none */
  private evictHead(pod: number): boolean {
    const node = this.heads[pod] as number;
    if (node === NONE) return false;
    const np = this.numPods;
    this.unlink(pod, node);
    const slot = (node - pod) / np;
    const mask = (this.masks[slot] as number) & ~(1 << pod);
    this.masks[slot] = mask;
    this.sizes[pod] = (this.sizes[pod] as number) - 1;
    if (mask === 0) {
      this.slots.delete(this.keyOf[slot] as number);
      this.freeSlots.push(slot);
    }
    return true;
  }

  /**
   * Forgets everything recorded for a pod that left the pool (llm-d's `RemovePod`, run by the
   * producer's inactive-pod clean-up); hashes held by no other pod disappear from the index.
   */
  removePod(pod: number): void {
    if (pod < 0 || pod >= this.numPods) throw new Error(`no pod ${pod} in the index`);
    while (this.evictHead(pod));
  }

  /** Whether the index believes `pod` holds block `hash`. */
  has(pod: number, hash: number): boolean {
    const slot = this.slots.get(hash);
    return slot >= 0 && ((this.masks[slot] as number) & (1 << pod)) !== 0;
  }

  /** Blocks recorded for a pod. */
  blocksOn(pod: number): number {
    return this.sizes[pod] ?? 0;
  }
}

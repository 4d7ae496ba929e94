/**
 * vllm-peer-scenarios.md S1, S3, S4, S7, S9, S12: KV cache manager and prefix caching,
 * behavioural [B] expectations and vLLM's block ids / free-queue order [V] at commit A (v0.11,
 * `v011: true`: every freed block to the tail) and at B (current: unhashed freed blocks to the head).
 */
import { describe, expect, it } from 'vitest';
import { appendTokens, COMMON, makeManager, makeReq, segs } from './helpers.ts';

describe('S1 prefix hit, shared blocks, free order and eviction order (test_prefill)', () => {
  it('matches vLLM at v0.11', () => {
    const { kv, pool } = makeManager(11, { v011: true });
    const req0 = makeReq('req0', segs(...COMMON, [3, 7]));
    const h0 = kv.getComputedBlocks(req0);
    expect(h0.numComputedTokens).toBe(0);
    expect(kv.allocateSlots(req0, 55, h0)).toEqual([1, 2, 3, 4]);
    expect(req0.tokens.hashes).toHaveLength(3);
    expect([1, 2, 3].map((b) => pool.blockHash[b]! >= 0)).toEqual([true, true, true]);
    expect(pool.blockHash[4]).toBe(-1);
    expect([1, 2, 3, 4].map((b) => pool.refCnt[b])).toEqual([1, 1, 1, 1]);

    const req1 = makeReq('req1', segs(...COMMON, [3, 5]));
    const h1 = kv.getComputedBlocks(req1);
    expect(h1.blocks).toEqual([1, 2, 3]);
    expect(h1.numComputedTokens).toBe(48);
    expect(kv.allocateSlots(req1, 5, h1)).toEqual([5]);
    expect([1, 2, 3].map((b) => pool.refCnt[b])).toEqual([2, 2, 2]);
    expect(kv.numFreeBlocks).toBe(5);

    kv.free(req0);
    kv.free(req1);
    expect(kv.numFreeBlocks).toBe(10);
    expect(pool.freeQueue.toArray()).toEqual([6, 7, 8, 9, 10, 4, 5, 3, 2, 1]);

    const req2 = makeReq('req2', segs(...COMMON, [3, 6]));
    const h2 = kv.getComputedBlocks(req2);
    expect(h2.blocks).toEqual([1, 2, 3]);
    expect(kv.allocateSlots(req2, 6, h2)).toEqual([6]);
    expect(kv.numFreeBlocks).toBe(6);
    expect(pool.freeQueue.toArray().every((b) => pool.refCnt[b] === 0)).toBe(true);

    kv.free(req2);
    const req3 = makeReq('req3', segs([99, 160]));
    expect(kv.getComputedBlocks(req3).numComputedTokens).toBe(0);
    expect(kv.allocateSlots(req3, 160)).toEqual([7, 8, 9, 10, 4, 5, 6, 3, 2, 1]);
    expect(kv.numFreeBlocks).toBe(0);
  });
});

describe('S1 at the current release (PR #42656: unhashed freed blocks to the head)', () => {
  it('puts the unhashed tail blocks at the head and reuses them first', () => {
    const { kv, pool } = makeManager(11);
    const req0 = makeReq('req0', segs(...COMMON, [3, 7]));
    expect(kv.allocateSlots(req0, 55, kv.getComputedBlocks(req0))).toEqual([1, 2, 3, 4]);
    const req1 = makeReq('req1', segs(...COMMON, [3, 5]));
    expect(kv.allocateSlots(req1, 5, kv.getComputedBlocks(req1))).toEqual([5]);
    kv.free(req0);
    kv.free(req1);
    expect(pool.freeQueue.toArray()).toEqual([5, 4, 6, 7, 8, 9, 10, 3, 2, 1]);
    const req2 = makeReq('req2', segs(...COMMON, [3, 6]));
    const h2 = kv.getComputedBlocks(req2);
    expect(h2.blocks).toEqual([1, 2, 3]);
    expect(kv.allocateSlots(req2, 6, h2)).toEqual([5]);
    expect(kv.numFreeBlocks).toBe(6);
    kv.free(req2);
    const req3 = makeReq('req3', segs([99, 160]));
    expect(kv.allocateSlots(req3, 160)).toEqual([5, 4, 6, 7, 8, 9, 10, 3, 2, 1]);
  });

  it('with caching off puts every freed block at the head, in free order', () => {
    const { kv, pool } = makeManager(11, { caching: false });
    const r = makeReq('r', segs([1, 40]));
    expect(kv.allocateSlots(r, 40)).toEqual([1, 2, 3]);
    kv.free(r);
    expect(pool.freeQueue.toArray()).toEqual([3, 2, 1, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('S3 decoding: a new block only at a boundary (test_decode)', () => {
  it('allocates at block boundaries and caches a block when it fills', () => {
    const { kv, pool } = makeManager(11);
    const req0 = makeReq('req0', segs(...COMMON, [3, 7]));
    expect(kv.allocateSlots(req0, 55, kv.getComputedBlocks(req0))).toEqual([1, 2, 3, 4]);
    req0.numComputedTokens = 55;
    appendTokens(req0, 4);
    expect(kv.allocateSlots(req0, 4)).toEqual([]);
    expect(pool.blockHash[4]).toBe(-1);
    req0.numComputedTokens = 59;
    appendTokens(req0, 19);
    const fresh = kv.allocateSlots(req0, 19);
    expect(fresh).toHaveLength(1);
    expect(pool.blockHash[4]! >= 0).toBe(true);
    expect(pool.blockHash[fresh![0]!]).toBe(-1);
  });
});

describe('S4 LRU eviction across finished requests (test_evict)', () => {
  it('evicts least recently freed first and touches hits out of the queue (v0.11)', () => {
    const { kv, pool } = makeManager(11, { v011: true });
    const req0 = makeReq('req0', segs([500, 87]));
    expect(kv.allocateSlots(req0, 87)).toEqual([1, 2, 3, 4, 5, 6]);
    const req1 = makeReq('req1', segs([501, 48]));
    expect(kv.allocateSlots(req1, 48)).toEqual([7, 8, 9]);
    expect(kv.numFreeBlocks).toBe(1);
    kv.free(req0);
    kv.free(req1);
    expect(kv.numFreeBlocks).toBe(10);
    expect(pool.freeQueue.toArray()).toEqual([10, 6, 5, 4, 3, 2, 1, 9, 8, 7]);
    const req2 = makeReq('req2', segs([500, 35]));
    const hit = kv.getComputedBlocks(req2);
    expect(hit.blocks).toEqual([1, 2]);
    expect(hit.numComputedTokens).toBe(32);
    expect(kv.allocateSlots(req2, 3, hit)).toEqual([10]);
    expect(kv.numFreeBlocks).toBe(7);
  });
});

describe('S4 at the current release', () => {
  it('reuses the unhashed partial block first', () => {
    const { kv, pool } = makeManager(11);
    const req0 = makeReq('req0', segs([500, 87]));
    expect(kv.allocateSlots(req0, 87)).toEqual([1, 2, 3, 4, 5, 6]);
    const req1 = makeReq('req1', segs([501, 48]));
    expect(kv.allocateSlots(req1, 48)).toEqual([7, 8, 9]);
    kv.free(req0);
    expect(pool.freeQueue.toArray()).toEqual([6, 10, 5, 4, 3, 2, 1]);
    kv.free(req1);
    expect(pool.freeQueue.toArray()).toEqual([6, 10, 5, 4, 3, 2, 1, 9, 8, 7]);
    const req2 = makeReq('req2', segs([500, 35]));
    const hit = kv.getComputedBlocks(req2);
    expect(hit.blocks).toEqual([1, 2]);
    expect(kv.allocateSlots(req2, 3, hit)).toEqual([6]);
    expect(kv.numFreeBlocks).toBe(7);
  });
});

describe('S7 prefix caching disabled (test_basic_prefix_caching_disabled)', () => {
  it('never hits and fails when the pool is empty', () => {
    const { kv } = makeManager(5, { blockSize: 4, caching: false });
    const req1 = makeReq('req1', segs([7, 10]), { blockSize: 4 });
    expect(kv.allocateSlots(req1, 10)).toHaveLength(3);
    kv.free(req1);
    const req2 = makeReq('req2', segs([7, 16]), { blockSize: 4 });
    expect(kv.getComputedBlocks(req2).numComputedTokens).toBe(0);
    expect(kv.allocateSlots(req2, 16)).toHaveLength(4);
    const req3 = makeReq('req3', segs([7, 4]), { blockSize: 4 });
    expect(kv.allocateSlots(req3, 4)).toBeNull();
  });
});

describe('S9 all-or-nothing; evictable hit blocks count as needed', () => {
  it('fails without side effects when hits must come out of the free queue', () => {
    const { kv, pool } = makeManager(11);
    const req0 = makeReq('req0', segs(...COMMON));
    expect(kv.allocateSlots(req0, 48, kv.getComputedBlocks(req0))).toHaveLength(3);
    const req1 = makeReq('req1', segs(...COMMON, ...COMMON));
    const h1 = kv.getComputedBlocks(req1);
    expect(h1.numComputedTokens).toBe(48);
    expect(kv.allocateSlots(req1, 48, h1)).toHaveLength(3);
    const req1Blocks = req1.blocks.slice();
    kv.free(req1);
    expect(req1Blocks.map((b) => pool.refCnt[b])).toEqual([1, 1, 1, 0, 0, 0]);
    const req2 = makeReq('req2', segs([7, 32]));
    expect(kv.allocateSlots(req2, 32)).toHaveLength(2);
    expect(kv.numFreeBlocks).toBe(5);
    const req3 = makeReq('req3', segs(...COMMON, ...COMMON, ...COMMON));
    const h3 = kv.getComputedBlocks(req3);
    expect(h3.blocks).toHaveLength(6);
    expect(h3.numComputedTokens).toBe(96);
    expect(kv.allocateSlots(req3, 48, h3)).toBeNull();
    expect(req1Blocks.map((b) => pool.refCnt[b])).toEqual([1, 1, 1, 0, 0, 0]);
    expect(kv.numFreeBlocks).toBe(5);
    expect(req3.blocks).toEqual([]);
  });
});

describe('S12 design-doc walkthrough (10 blocks of 4 tokens, +1 for the null block)', () => {
  it('reproduces the documented queue and block table (v0.11)', () => {
    const { kv, pool } = makeManager(11, { blockSize: 4, v011: true });
    const opts = { blockSize: 4, outputTokens: 100 };
    // T1: R0 with 15 prompt tokens → blocks [0,1,2,3] (+1).
    const r0 = makeReq('R0', segs([70, 15]), opts);
    expect(kv.allocateSlots(r0, 15, kv.getComputedBlocks(r0))).toEqual([1, 2, 3, 4]);
    r0.numComputedTokens = 15;
    // T2: two outputs; block 3 (+1) fills and is cached; the next token needs block 4 (+1).
    appendTokens(r0, 1);
    expect(kv.allocateSlots(r0, 1)).toEqual([]);
    r0.numComputedTokens = 16;
    expect(pool.blockHash[4]! >= 0).toBe(true);
    appendTokens(r0, 1);
    expect(kv.allocateSlots(r0, 1)).toEqual([5]);
    r0.numComputedTokens = 17;
    // T3: R1, 14 prompt tokens, the first 10 equal R0's → 2 hit blocks (8 tokens); new 5, 6 (+1).
    const r1 = makeReq('R1', segs([70, 10], [71, 4]), opts);
    const h1 = kv.getComputedBlocks(r1);
    expect(h1.blocks).toEqual([1, 2]);
    expect(h1.numComputedTokens).toBe(8);
    expect(kv.allocateSlots(r1, 6, h1)).toEqual([6, 7]);
    expect(pool.blockHash[6]! >= 0).toBe(true);
    r1.numComputedTokens = 14;
    // T4, T5: free R0 then R1.
    kv.free(r0);
    expect(pool.freeQueue.toArray()).toEqual([8, 9, 10, 5, 4, 3]);
    kv.free(r1);
    expect(pool.freeQueue.toArray()).toEqual([8, 9, 10, 5, 4, 3, 7, 6, 2, 1]);
    // T6: R2, 29 prompt tokens, the first 12 equal R0's → 3 hits; block 3 (+1) is evicted.
    const r2 = makeReq('R2', segs([70, 12], [72, 17]), opts);
    const h2 = kv.getComputedBlocks(r2);
    expect(h2.blocks).toEqual([1, 2, 3]);
    expect(h2.numComputedTokens).toBe(12);
    expect(pool.freeQueue.toArray()).toEqual([8, 9, 10, 5, 4, 3, 7, 6, 2, 1]);
    kv.allocateSlots(r2, 17, h2);
    expect(r2.blocks).toEqual([1, 2, 3, 8, 9, 10, 5, 4]);
    expect(pool.blockHash[4]).toBe(-1);
    expect(pool.freeQueue.toArray()).toEqual([7, 6]);
  });
});

describe('S12 at the current release (derived)', () => {
  it('reuses the unhashed blocks and evicts no cached block', () => {
    const { kv, pool } = makeManager(11, { blockSize: 4 });
    const opts = { blockSize: 4, outputTokens: 100 };
    const r0 = makeReq('R0', segs([70, 15]), opts);
    kv.allocateSlots(r0, 15, kv.getComputedBlocks(r0));
    r0.numComputedTokens = 15;
    appendTokens(r0, 1);
    kv.allocateSlots(r0, 1);
    r0.numComputedTokens = 16;
    appendTokens(r0, 1);
    expect(kv.allocateSlots(r0, 1)).toEqual([5]);
    r0.numComputedTokens = 17;
    const r1 = makeReq('R1', segs([70, 10], [71, 4]), opts);
    expect(kv.allocateSlots(r1, 6, kv.getComputedBlocks(r1))).toEqual([6, 7]);
    kv.free(r0);
    expect(pool.freeQueue.toArray()).toEqual([5, 8, 9, 10, 4, 3]);
    kv.free(r1);
    expect(pool.freeQueue.toArray()).toEqual([7, 5, 8, 9, 10, 4, 3, 6, 2, 1]);
    const r2 = makeReq('R2', segs([70, 12], [72, 17]), opts);
    const h2 = kv.getComputedBlocks(r2);
    expect(h2.blocks).toEqual([1, 2, 3]);
    kv.allocateSlots(r2, 17, h2);
    expect(r2.blocks).toEqual([1, 2, 3, 7, 5, 8, 9, 10]);
    expect(pool.blockHash[4]! >= 0).toBe(true);
    expect(pool.freeQueue.toArray()).toEqual([4, 6]);
  });
});

describe('usage and stats', () => {
  it('kvCacheUsage counts only referenced blocks (cached free blocks are free)', () => {
    const { kv } = makeManager(11);
    const r = makeReq('r', segs(...COMMON));
    kv.allocateSlots(r, 48);
    expect(kv.kvCacheUsage).toBeCloseTo(3 / 10);
    kv.free(r);
    expect(kv.kvCacheUsage).toBe(0);
  });

  it('counts prefix-cache queries and hits in tokens, per lookup', () => {
    const { kv } = makeManager(11);
    const a = makeReq('a', segs(...COMMON, [3, 7]));
    kv.allocateSlots(a, 55, kv.getComputedBlocks(a));
    const b = makeReq('b', segs(...COMMON, [3, 5]));
    kv.getComputedBlocks(b);
    expect(kv.prefixCacheStats).toMatchObject({ requests: 2, queries: 55 + 53, hits: 48 });
  });

  it('isolates tenants by cache salt and adapters by LoRA id', () => {
    const { kv } = makeManager(21);
    const a = makeReq('a', segs(...COMMON, [3, 7]));
    kv.allocateSlots(a, 55);
    const salted = makeReq('s', segs(...COMMON, [3, 7]), { extra: { cacheSalt: 'tenant-b' } });
    expect(kv.getComputedBlocks(salted).numComputedTokens).toBe(0);
    const lora = makeReq('l', segs(...COMMON, [3, 7]), { extra: { loraId: 3 } });
    expect(kv.getComputedBlocks(lora).numComputedTokens).toBe(0);
    const same = makeReq('same', segs(...COMMON, [3, 7]));
    expect(kv.getComputedBlocks(same).numComputedTokens).toBe(48);
  });

  it('a fully cached block-aligned prompt still recomputes its last block', () => {
    const { kv } = makeManager(11);
    const a = makeReq('a', segs(...COMMON));
    kv.allocateSlots(a, 48);
    const b = makeReq('b', segs(...COMMON));
    const h = kv.getComputedBlocks(b);
    expect(h.numComputedTokens).toBe(32);
  });

  it('resetPrefixCache only succeeds with no block in use', () => {
    const { kv, pool } = makeManager(11);
    const a = makeReq('a', segs(...COMMON));
    kv.allocateSlots(a, 48);
    expect(kv.resetPrefixCache()).toBe(false);
    kv.free(a);
    expect(kv.resetPrefixCache()).toBe(true);
    expect(pool.numCachedBlocks).toBe(0);
  });
});

/** vllm-peer-scenarios.md S15: from memory to blocks, max length and concurrency. */
import { describe, expect, it } from 'vitest';
import { estimateMaxModelLen, kvBytesPerToken, maxConcurrency, numGpuBlocksFor, pageSizeBytes } from '../../../../src/sim/engine/kvCacheUtils.ts';

describe('S15 KV sizing (test_kv_cache_utils.py)', () => {
  it('derives num_blocks = mem // page_bytes // num_layers', () => {
    const layout = { blockSize: 16, numKvHeads: 2, headSize: 64, dtypeBytes: 4, numLayers: 2 };
    expect(pageSizeBytes(layout)).toBe(16_384);
    expect(numGpuBlocksFor(16_384 * 2 * 32, layout)).toBe(32);
  });

  it('estimates the largest max_model_len that fits 8 GiB at 0.5 MiB per token', () => {
    const layout = { blockSize: 16, numKvHeads: 32, headSize: 128, dtypeBytes: 2, numLayers: 32 };
    expect(kvBytesPerToken(layout)).toBe(0.5 * 2 ** 20);
    expect(estimateMaxModelLen(8 * 2 ** 30, layout, 16_385)).toBe(16_384);
    expect(estimateMaxModelLen(8 * 2 ** 30, layout, 16_383)).toBe(16_383);
  });

  it('reports max concurrency 1.5 for 1,536 blocks at max_model_len 16,384', () => {
    expect(maxConcurrency(1536, 16, 16_384)).toBe(1.5);
  });

  it('MLA pages have no K/V factor of 2', () => {
    expect(pageSizeBytes({ blockSize: 16, numKvHeads: 1, headSize: 576, dtypeBytes: 2, numLayers: 1, mla: true })).toBe(16 * 576 * 2);
  });
});

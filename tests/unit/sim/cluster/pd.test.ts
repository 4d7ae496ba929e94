/** The P/D decider (llm-d-router prefix-based-pd-decider) and KV transfer time. */
import { describe, expect, it } from 'vitest';
import { decidePd, kvTransferUs, linkById } from '../../../../src/sim/cluster/pd.ts';

describe('prefix-based-pd-decider', () => {
  // llm-d-router prefix_based_pd_decider_test.go::TestDisaggregate: a 10-token prompt.
  const cases: [number, number | null, boolean][] = [
    [0, 5, false], // disabled
    [0, null, false],
    [5, null, false], // no prefix information
    [20, 0, false], // prompt shorter than the threshold
    [5, 8, false], // 2 uncached < 5
    [5, 5, true], // 5 uncached = 5: equality disaggregates
    [3, 2, true],
    [1, 10, false], // fully cached
    [5, 0, true],
  ];
  for (const [n, cached, want] of cases) {
    it(`nonCachedTokens ${n}, cached ${cached ?? 'none'} → ${want}`, () => {
      expect(decidePd({ type: 'prefix-based-pd-decider', nonCachedTokens: n }, 10, cached)).toBe(want);
    });
  }

  it('always-disagg-pd-decider always disaggregates', () => {
    expect(decidePd({ type: 'always-disagg-pd-decider' }, 10, 10)).toBe(true);
  });
});

describe('KV transfer time', () => {
  it('is set-up + bytes per GPU ÷ link bandwidth', () => {
    // 8,192 tokens × 160 KiB per GPU = 1.34 GB over InfiniBand NDR (~40 GB/s) + 1 ms.
    expect(kvTransferUs(8192, 163_840, linkById('ib-ndr'))).toBeCloseTo(1000 + (8192 * 163_840) / 40e3, 6);
    // NVLink is ~15× faster than InfiniBand for the bytes.
    const nv = kvTransferUs(8192, 163_840, linkById('nvlink')) - 300;
    const ib = kvTransferUs(8192, 163_840, linkById('ib-ndr')) - 1000;
    expect(ib / nv).toBeCloseTo(15, 6);
  });
});

describe('KV-cache tier load time', () => {
  it('is latency + bytes ÷ bandwidth, per GPU over PCIe and per replica from storage', async () => {
    const { CPU_TIER, STORAGE_TIER, tierLoadUs } = await import('../../../../src/sim/cluster/tiers.ts');
    // 6,000 tokens = 93.75 blocks of 64 × 128 KiB per GPU = 786 MB per GPU.
    const blocks = 6000 / 64;
    const perGpu = 64 * 131_072;
    expect(tierLoadUs(CPU_TIER, blocks, perGpu, 2)).toBeCloseTo(50 + (6000 * 131_072) / 64e3, 6); // ≈ 12.3 ms
    expect(tierLoadUs(STORAGE_TIER, blocks, perGpu, 2)).toBeCloseTo(1000 + (2 * 6000 * 131_072) / 10e3, 6); // ≈ 158 ms
    expect(tierLoadUs(CPU_TIER, 0, perGpu, 2)).toBe(0);
  });
});

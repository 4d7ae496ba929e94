import { describe, expect, it } from 'vitest';
import { findGpu } from '../../../../../src/sim/cost/catalog/gpus.ts';
import { allReduceUs } from '../../../../../src/sim/cost/model/allReduce.ts';
import { allToAllUs, ringAllReduceUs, ringGatherUs, sendUs } from '../../../../../src/sim/cost/parallelism/collectives.ts';
import { INFINIBAND_NDR, LINK_IDS, linkOf, PCIE_GEN5_X16 } from '../../../../../src/sim/cost/parallelism/links.ts';

const h100 = findGpu('h100-sxm-80gb');
if (!h100) throw new Error('H100 missing from the catalog');
const nvlink = linkOf(h100, 'gpu');

describe('links', () => {
  it('NVLink 4 is 900 GB/s bidirectional, so 450 GB/s each way; PCIe Gen5 x16 64; InfiniBand NDR 400 Gb/s = 50', () => {
    expect(nvlink.perDirectionGBps).toBe(450);
    expect(PCIE_GEN5_X16.perDirectionGBps).toBe(64);
    expect(INFINIBAND_NDR.perDirectionGBps).toBe(400 / 8);
    for (const id of LINK_IDS) expect(linkOf(h100, id).source.url).toMatch(/^https:\/\//);
  });

  it('the L40S has no NVLink: its own link is PCIe Gen4', () => {
    const l40s = findGpu('l40s-48gb');
    expect(l40s && linkOf(l40s, 'gpu').perDirectionGBps).toBe(32);
  });
});

describe('collectives', () => {
  it('on NVLink the ring all-reduce is the cost model’s own (docs/cost-model.md: 70B, TP8, 32 decodes ≈ 14 µs + 2.5 µs)', () => {
    const bytes = 32 * 8192 * 2;
    expect(ringAllReduceUs(bytes, 8, nvlink)).toBeCloseTo(allReduceUs(bytes, 8, nvlink), 9);
    expect(ringAllReduceUs(bytes, 8, nvlink)).toBeCloseTo(14 + (14 / 8) * bytes / (0.8 * 450e3), 6);
  });

  it('nothing to reduce on one GPU or with no bytes', () => {
    expect(ringAllReduceUs(1 << 20, 1, nvlink)).toBe(0);
    expect(ringAllReduceUs(0, 8, nvlink)).toBe(0);
    expect(ringGatherUs(1 << 20, 1, nvlink)).toBe(0);
    expect(allToAllUs(1 << 20, 1, nvlink)).toBe(0);
    expect(sendUs(0, nvlink)).toBe(0);
  });

  it('a 16 MiB all-reduce over 8 GPUs: bandwidth term 2·7/8·S/(0.8·B), so PCIe is 450/64 ≈ 7× slower than NVLink', () => {
    const s = 16 * 1024 * 1024;
    const bw = (link: typeof nvlink) => ringAllReduceUs(s, 8, link) - 14 * link.hopUs;
    expect(bw(nvlink)).toBeCloseTo((1.75 * s) / (0.8 * 450e3), 6);
    expect(bw(PCIE_GEN5_X16) / bw(nvlink)).toBeCloseTo(450 / 64, 6);
    expect(ringAllReduceUs(s, 8, INFINIBAND_NDR)).toBeGreaterThan(ringAllReduceUs(s, 8, PCIE_GEN5_X16));
  });

  it('small decode all-reduces are latency-bound: 14 ring steps of 5 µs dominate 64 KiB over InfiniBand', () => {
    const t = ringAllReduceUs(64 * 1024, 8, INFINIBAND_NDR);
    expect(t).toBeGreaterThan(70);
    expect(14 * INFINIBAND_NDR.hopUs / t).toBeGreaterThan(0.9);
  });

  it('an all-to-all sends (n−1)/n of each GPU’s data once; a stage send pays one hop', () => {
    expect(allToAllUs(8e6, 8, nvlink)).toBeCloseTo(7 + (7 / 8) * 8e6 / (0.8 * 450e3), 6);
    expect(sendUs(1e6, PCIE_GEN5_X16)).toBeCloseTo(2 + 1e6 / (0.8 * 64e3), 6);
  });
});

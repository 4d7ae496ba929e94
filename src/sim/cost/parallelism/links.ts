/**
 * The links a tensor-, pipeline- or expert-parallel group can talk over, with the source of each
 * bandwidth. Bandwidths are per direction for one GPU (what it can send while it receives as
 * much). Per-hop latencies are estimates, not measurements: small decode-time all-reduces are
 * dominated by them.
 */
import type { GpuSpec, Interconnect } from '../types.ts';
import { ALL_REDUCE_HOP_US } from '../model/allReduce.ts';

/** A link with the latency one ring step pays on it and where its numbers come from. */
export interface LinkSpec extends Interconnect {
  /** Latency of one ring step (switch traversal + synchronisation), µs; an estimate. */
  readonly hopUs: number;
  readonly source: { readonly url: string; readonly note: string };
}

/** Which link the widget prices: the GPU's own (NVLink on SXM parts), PCIe Gen5, or the network between nodes. */
export type LinkId = 'gpu' | 'pcie5' | 'ib-ndr';
export const LINK_IDS: readonly LinkId[] = ['gpu', 'pcie5', 'ib-ndr'];

/**
 * PCIe Gen5 x16: 32 GT/s × 16 lanes with 128b/130b coding ≈ 63 GB/s each way; NVIDIA lists
 * "PCIe Gen5: 128 GB/s" (both directions) for the H100.
 */
export const PCIE_GEN5_X16: LinkSpec = {
  label: 'PCIe Gen5 x16 (64 GB/s per direction)',
  perDirectionGBps: 64,
  hopUs: 2,
  source: { url: 'https://www.nvidia.com/en-us/data-center/h100/', note: 'H100 datasheet: PCIe Gen5 128 GB/s (64 GB/s each way); 2 µs per ring step is an estimate.' },
};

/**
 * One 400 Gb/s InfiniBand NDR port per GPU, as in a DGX H100 (8 × ConnectX-7): 50 GB/s each
 * way. A ring that spans two nodes runs at the speed of its slowest link, this one.
 */
export const INFINIBAND_NDR: LinkSpec = {
  label: 'InfiniBand NDR 400 Gb/s (50 GB/s per direction)',
  perDirectionGBps: 50,
  hopUs: 5,
  source: {
    url: 'https://docs.nvidia.com/dgx/dgxh100-user-guide/introduction-to-dgxh100.html',
    note: 'DGX H100: eight single-port ConnectX-7 at 400 Gb/s for the compute fabric; 5 µs per ring step is an estimate.',
  },
};

/**
 * The link `id` for `gpu`: `gpu` is the catalog's own interconnect (NVLink 4 at 900 GB/s
 * bidirectional = 450 GB/s per direction on H100/H200 SXM, with the cost model's 1 µs per step).
 */
export function linkOf(gpu: GpuSpec, id: LinkId): LinkSpec {
  if (id === 'pcie5') return PCIE_GEN5_X16;
  if (id === 'ib-ndr') return INFINIBAND_NDR;
  return { ...gpu.interconnect, hopUs: ALL_REDUCE_HOP_US, source: { url: gpu.source.url, note: `${gpu.name} datasheet: ${gpu.interconnect.label}; 1 µs per ring step is the cost model's estimate.` } };
}

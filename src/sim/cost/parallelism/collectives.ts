/**
 * Collective times over a {@link LinkSpec}: the cost model's ring all-reduce and gather
 * (`model/allReduce.ts`) with the link's own per-step latency, and the all-to-all that expert
 * parallelism uses to send tokens to their experts and back.
 */
import { ALL_REDUCE_EFFICIENCY, ALL_REDUCE_HOP_US, allReduceUs, gatherUs } from '../model/allReduce.ts';
import type { LinkSpec } from './links.ts';

/**
 * Ring all-reduce of `bytes` over `n` GPUs: 2(n−1) steps, each moving bytes/n per GPU.
 * @example ringAllReduceUs(32 * 8192 * 2, 8, nvlink) // ≈ 16.5 µs (docs/cost-model.md's 70B example)
 */
export function ringAllReduceUs(bytes: number, n: number, link: LinkSpec): number {
  if (n <= 1 || bytes <= 0) return 0;
  return allReduceUs(bytes, n, link) + 2 * (n - 1) * (link.hopUs - ALL_REDUCE_HOP_US);
}

/** Gather of `bytes` from each of `n` GPUs to one (vLLM gathers the vocab-parallel logits), µs. */
export function ringGatherUs(bytes: number, n: number, link: LinkSpec): number {
  if (n <= 1 || bytes <= 0) return 0;
  return gatherUs(bytes, n, link) + (n - 1) * (link.hopUs - ALL_REDUCE_HOP_US);
}

/**
 * All-to-all in which each of `n` GPUs holds `bytesPerGpu` and keeps 1/n of it: it sends
 * (n−1)/n of its data while receiving as much, one message per peer.
 */
export function allToAllUs(bytesPerGpu: number, n: number, link: LinkSpec): number {
  if (n <= 1 || bytesPerGpu <= 0) return 0;
  return (n - 1) * link.hopUs + (((n - 1) / n) * bytesPerGpu) / (ALL_REDUCE_EFFICIENCY * link.perDirectionGBps * 1e3);
}

/** Point-to-point send of `bytes` between two pipeline stages, µs. */
export function sendUs(bytes: number, link: LinkSpec): number {
  if (bytes <= 0) return 0;
  return link.hopUs + bytes / (ALL_REDUCE_EFFICIENCY * link.perDirectionGBps * 1e3);
}

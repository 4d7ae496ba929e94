/**
 * Tensor-parallel all-reduce, from first principles (not measured: one GPU was available).
 * Ring all-reduce of S bytes over n GPUs: 2(n−1) steps, each moving S/n bytes per GPU
 * over one link direction, each paying a hop latency ℓ:
 *
 *   t = 2(n−1)·ℓ + 2(n−1)/n · S / (η·B)
 *
 * B is the per-direction interconnect bandwidth of one GPU (NVLink 4: 450 GB/s, half of
 * the 900 GB/s bidirectional figure), η the achievable fraction (NCCL bus bandwidth is
 * typically ~80% of link rate), ℓ ≈ 1 µs per hop (NVSwitch traversal + synchronisation).
 */
import type { Interconnect } from '../types.ts';

/** Achievable fraction of link bandwidth for large all-reduces (estimate). */
export const ALL_REDUCE_EFFICIENCY = 0.8;
/** Latency per ring step, µs (estimate). */
export const ALL_REDUCE_HOP_US = 1.0;

/**
 * Time of one all-reduce of `bytes` across `n` GPUs, µs (0 when n = 1).
 * @example allReduceUs(32 * 4096 * 2, 2, { label: 'NVLink', perDirectionGBps: 450 }) // ≈ 2.7 µs
 */
export function allReduceUs(bytes: number, n: number, link: Interconnect): number {
  if (n <= 1 || bytes <= 0) return 0;
  const steps = 2 * (n - 1);
  return steps * ALL_REDUCE_HOP_US + ((steps / n) * bytes) / (ALL_REDUCE_EFFICIENCY * link.perDirectionGBps * 1e3);
}

/** Gather of `bytes` per GPU to one GPU (logits before sampling), µs. */
export function gatherUs(bytes: number, n: number, link: Interconnect): number {
  if (n <= 1 || bytes <= 0) return 0;
  return (n - 1) * ALL_REDUCE_HOP_US + ((n - 1) * bytes) / (ALL_REDUCE_EFFICIENCY * link.perDirectionGBps * 1e3);
}

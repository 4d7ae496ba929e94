/**
 * LoRA's extra cost, ESTIMATED (no calibration run behind it): adapter sizes from Llama-3.1-8B's
 * shapes, copy times from nominal bandwidths, and the per-step overhead of the Punica
 * shrink/expand kernels as a fraction of the base step plus reading each active adapter's
 * weights. Lessons and docs must call these figures estimates.
 */

/** Σ (in + out) over the seven adapted projections of one Llama-3.1-8B layer
 * (q, k, v, o, gate, up, down): 8192 + 5120 + 5120 + 8192 + 3 × 18432. */
const LLAMA_8B_LORA_DIMS_PER_LAYER = 81_920;
const LLAMA_8B_LAYERS = 32;
/** bf16. */
const BYTES_PER_PARAM = 2;
/** Storage (page cache / local NVMe) → CPU tensors, bytes per µs (≈ 2 GB/s), assumed. */
const LOAD_BYTES_PER_US = 2_000;
/** CPU → GPU over PCIe Gen5 at ≈ 25 GB/s effective, assumed. */
const ACTIVATE_BYTES_PER_US = 25_000;
/** H100 HBM3 ≈ 3.35 TB/s. */
const HBM_BYTES_PER_US = 3_350_000;
/** Fixed share of the step the shrink/expand launches add whenever any token uses LoRA (assumed). */
export const LORA_STEP_OVERHEAD_FRACTION = 0.05;

/** Parameters of one adapter of `rank` on every linear layer of Llama-3.1-8B. */
export function adapterParams(rank: number): number {
  return rank * LLAMA_8B_LORA_DIMS_PER_LAYER * LLAMA_8B_LAYERS;
}

/** Bytes of one adapter (bf16). @example adapterBytes(16) ≈ 84 MB */
export function adapterBytes(rank: number): number {
  return adapterParams(rank) * BYTES_PER_PARAM;
}

/** Estimated µs to load an adapter from storage into the CPU cache. */
export function adapterLoadUs(rank: number): number {
  return Math.round(adapterBytes(rank) / LOAD_BYTES_PER_US);
}

/** Estimated µs to copy an adapter into a GPU slot. */
export function adapterActivateUs(rank: number): number {
  return Math.round(adapterBytes(rank) / ACTIVATE_BYTES_PER_US);
}

/**
 * Estimated extra µs of one step that runs LoRA: a fixed fraction of the base step, plus
 * reading the weights of each distinct adapter in the batch once.
 * @param baseStepUs the step without LoRA
 * @param ranks rank of each distinct adapter in the batch
 */
export function loraStepExtraUs(baseStepUs: number, ranks: readonly number[]): number {
  if (ranks.length === 0) return 0;
  let bytes = 0;
  for (const r of ranks) bytes += adapterBytes(r);
  return baseStepUs * LORA_STEP_OVERHEAD_FRACTION + bytes / HBM_BYTES_PER_US;
}

/**
 * KV-cache tiers below HBM (LMCache / vLLM OffloadingConnector / llm-d FS backend style):
 * a block evicted from a replica's HBM is written to that replica's CPU DRAM; a block evicted
 * from CPU DRAM is written to shared storage that every replica can read. A later prompt whose
 * next blocks are in a tier loads them (bytes ÷ bandwidth + latency) instead of recomputing.
 * Sourced figures: docs/cluster-model.md.
 */
import { LruSet } from './lruSet.ts';
import type { TierConfig, TiersConfig } from './types.ts';

/** CPU DRAM: 100 GB per replica as in llm-d's tiered-prefix-cache guide; PCIe Gen5 x16 ≈ 64 GB/s
 * per direction per GPU (spec-sheet rate; real copies reach less). */
export const CPU_TIER: TierConfig = { capacityGB: 100, gbps: 64, per: 'gpu', latencyUs: 50 };

/** Shared file system as in llm-d's FS-offload benchmark: ~10 GB/s of storage I/O per replica. */
export const STORAGE_TIER: TierConfig = { capacityGB: 4000, gbps: 10, per: 'replica', latencyUs: 1000 };

/** Named tier set-ups offered by the widget. */
export const TIER_PRESETS = {
  hbm: {},
  cpu: { cpu: CPU_TIER },
  'cpu-storage': { cpu: CPU_TIER, storage: STORAGE_TIER },
} as const satisfies Record<string, TiersConfig>;

export type TierPresetId = keyof typeof TIER_PRESETS;

/** Blocks a tier of `capacityGB` holds for blocks of `blockBytes` (whole replica, all GPUs' shards). */
export function tierBlocks(capacityGB: number, blockBytes: number): number {
  return Math.max(1, Math.floor((capacityGB * 1e9) / blockBytes));
}

/**
 * Time to load `blocks` blocks from a tier into one replica: latency + bytes ÷ bandwidth. With a
 * per-GPU link (PCIe), every GPU of a tensor-parallel replica reads its own shard in parallel;
 * with a per-replica link (storage), the whole replica's bytes share it.
 * @param bytesPerBlockPerGpu KV bytes of one block held by one GPU
 * @param tp GPUs per replica
 */
export function tierLoadUs(tier: TierConfig, blocks: number, bytesPerBlockPerGpu: number, tp: number): number {
  if (blocks <= 0) return 0;
  const bytes = blocks * bytesPerBlockPerGpu * (tier.per === 'gpu' ? 1 : tp);
  return tier.latencyUs + (bytes / (tier.gbps * 1e9)) * 1e6;
}

/** The shared storage tier of a cluster (one LRU for all replicas). */
export class StorageTier {
  readonly lru: LruSet;
  constructor(
    readonly config: TierConfig,
    blockBytes: number,
  ) {
    this.lru = new LruSet(tierBlocks(config.capacityGB, blockBytes));
  }
}

/** One replica's CPU tier; what it evicts goes on to the shared storage, if any. */
export class CpuTier {
  readonly lru: LruSet;
  constructor(
    readonly config: TierConfig,
    blockBytes: number,
    storage: StorageTier | null,
  ) {
    this.lru = new LruSet(tierBlocks(config.capacityGB, blockBytes), storage ? (h) => storage.lru.touch(h) : undefined);
  }
}

/**
 * `LoRAConfig`: defaults and the start-up checks vLLM makes (`vllm/config/lora.py`).
 */
import { adapterLoadUs, adapterActivateUs } from '../../cost/loraCost.ts';
import type { LoraConfig, LoraConfigInput } from '../types.ts';

/** `max_lora_rank` values vLLM accepts (1 since 2026). */
export const LORA_RANKS: readonly number[] = [1, 8, 16, 32, 64, 128, 256, 320, 512];

function posInt(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 1) throw new Error(`engine.lora.${name}: must be an integer ≥ 1, got ${v}`);
}

/**
 * Fills defaults (`max_loras` 1, `max_lora_rank` 16, `max_cpu_loras` = `max_loras`).
 * @throws Error naming the field, e.g. `maxCpuLoras` below `maxLoras` or an adapter rank above
 *   `maxLoraRank`
 */
export function resolveLoraConfig(input: LoraConfigInput): LoraConfig {
  const maxLoras = input.maxLoras ?? 1;
  posInt('maxLoras', maxLoras);
  const maxLoraRank = input.maxLoraRank ?? 16;
  if (!LORA_RANKS.includes(maxLoraRank)) throw new Error(`engine.lora.maxLoraRank: must be one of ${LORA_RANKS.join(', ')}, got ${maxLoraRank}`);
  const maxCpuLoras = input.maxCpuLoras ?? maxLoras;
  posInt('maxCpuLoras', maxCpuLoras);
  if (maxCpuLoras < maxLoras) {
    throw new Error(`engine.lora.maxCpuLoras: must be ≥ maxLoras (${maxLoras}), got ${maxCpuLoras}`);
  }
  const adapters: Record<string, number> = {};
  const given = input.adapters ?? {};
  const entries: [string, number][] = Array.isArray(given) ? given.map((n: string) => [n, maxLoraRank]) : Object.entries(given);
  for (const [name, rank] of entries) {
    if (!Number.isInteger(rank) || rank < 1) throw new Error(`engine.lora.adapters.${name}: rank must be an integer ≥ 1, got ${rank}`);
    if (rank > maxLoraRank) throw new Error(`engine.lora.adapters.${name}: rank ${rank} exceeds maxLoraRank ${maxLoraRank}`);
    adapters[name] = rank;
  }
  const loadTimeUs = input.loadTimeUs ?? adapterLoadUs(maxLoraRank);
  const activateTimeUs = input.activateTimeUs ?? adapterActivateUs(maxLoraRank);
  if (!(loadTimeUs >= 0)) throw new Error(`engine.lora.loadTimeUs: must be ≥ 0, got ${loadTimeUs}`);
  if (!(activateTimeUs >= 0)) throw new Error(`engine.lora.activateTimeUs: must be ≥ 0, got ${activateTimeUs}`);
  return { maxLoras, maxLoraRank, maxCpuLoras, loadTimeUs, activateTimeUs, adapters };
}

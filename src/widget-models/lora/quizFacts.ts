/**
 * Facts the knowledge checks of `vllm/lora` ask about, computed by the engine and the cost model
 * so an answer can never drift from what the widget shows. Each takes a few milliseconds.
 */
import { us } from '../../sim/core/units.ts';
import { adapterBytes } from '../../sim/cost/loraCost.ts';
import { ENGINE_DEFAULTS } from '../../sim/engine/config.ts';
import { Engine } from '../../sim/engine/engine.ts';
import { AdapterManager } from '../../sim/engine/lora/adapterManager.ts';
import { kvBlocksWithSlots } from './overhead.ts';

/** One request at t = 0 per entry, in this order: [id, adapter]. */
export const FIRST_STEP_REQUESTS: readonly (readonly [id: string, adapter: string])[] = [
  ['r1', 'A'],
  ['r2', 'B'],
  ['r3', 'C'],
  ['r4', 'A'],
  ['r5', 'D'],
  ['r6', 'B'],
];

/**
 * The requests the engine schedules in its first step when `FIRST_STEP_REQUESTS` arrive together
 * with `max_loras` = `maxLoras` (short prompts: the token budget is never the limit).
 */
export function firstStepScheduled(maxLoras: number): string[] {
  const engine = new Engine({ eventLevel: 'requests', lora: { maxLoras, maxCpuLoras: 4 } });
  for (const [id, adapter] of FIRST_STEP_REQUESTS) engine.addRequest({ id, arrivalUs: us(0), prompt: [{ seed: id.charCodeAt(1), tokens: 64 }], outputTokens: 4, lora: adapter });
  const step = engine.step();
  const ev = step?.events.find((e) => e.type === 'step');
  return ev && ev.type === 'step' ? ev.scheduled.map((x) => x.req) : [];
}

/**
 * Loads from storage when one-adapter batches run adapters in `sequence` with `max_loras` 1 and
 * `max_cpu_loras` = `maxCpuLoras`, through the engine's adapter caches.
 */
export function storageLoads(sequence: readonly string[], maxCpuLoras: number): { loads: number; activations: number } {
  const m = new AdapterManager(1, maxCpuLoras);
  for (const a of sequence) m.apply([a]);
  return { loads: m.numLoads, activations: m.numActivations };
}

/** MB of one adapter of `rank` on all seven projections of Llama 3.1 8B (bf16). */
export function adapterMB(rank: number): number {
  return adapterBytes(rank) / 1e6;
}

/** KV blocks the slots of `maxLoras` adapters of `maxLoraRank` take from the default pool. */
export function blocksForSlots(maxLoras: number, maxLoraRank: number): number {
  return ENGINE_DEFAULTS.numGpuBlocks - kvBlocksWithSlots(ENGINE_DEFAULTS.numGpuBlocks, maxLoras, maxLoraRank);
}

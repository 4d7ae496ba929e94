/**
 * Everything that defines one multi-LoRA run: how many adapters the traffic uses and how skewed
 * it is, the engine's LoRA limits (`--max-loras`, `--max-cpu-loras`, `--max-lora-rank`), the
 * arrival rate and the seed. With the view state (frame, speed) it is the whole widget state,
 * so it round-trips through the URL.
 */

/** How requests spread over adapters: uniform, or Zipf with exponent 1 or 1.5 (adapter k gets weight 1/k^s). */
export const SKEWS = ['uniform', 'zipf-1', 'zipf-1.5'] as const;
export type Skew = (typeof SKEWS)[number];
export const SKEW_EXPONENT: Readonly<Record<Skew, number>> = { uniform: 0, 'zipf-1': 1, 'zipf-1.5': 1.5 };

/** `--max-loras` values the stepper offers. */
export const MAX_LORAS_VALUES: readonly number[] = [1, 2, 3, 4, 6, 8];
/** `--max-cpu-loras` values the stepper offers (the engine refuses one below `max_loras`). */
export const MAX_CPU_LORAS_VALUES: readonly number[] = [1, 2, 3, 4, 6, 8, 12, 16];
/** `--max-lora-rank` values offered (a subset of what vLLM accepts). */
export const RANK_VALUES = [8, 16, 32, 64, 128, 256] as const;
/** Adapter counts offered. */
export const ADAPTER_VALUES: readonly number[] = [1, 2, 3, 4, 6, 8, 12, 16];

export interface LoraSettings {
  /** Distinct adapters the traffic asks for. */
  readonly adapters: number;
  readonly skew: Skew;
  /** `--max-loras`: distinct adapters per batch = GPU adapter slots. */
  readonly maxLoras: number;
  /** `--max-cpu-loras`: adapters kept in the CPU cache (LRU). */
  readonly maxCpuLoras: number;
  /** `--max-lora-rank`; every adapter here has this rank. */
  readonly rank: number;
  /** Poisson arrivals, requests per second. */
  readonly rate: number;
  readonly seed: number;
}

export interface LoraView {
  /** Frame on screen (one per `FRAME_MS` of simulated time). */
  readonly frame: number;
  readonly speed: number;
}

export type LoraUrlState = LoraSettings & LoraView;

/** Requests arrive for this many simulated seconds; the run continues until they finish. */
export const ARRIVAL_WINDOW_S = 20;
/** Simulated milliseconds per frame. */
export const FRAME_MS = 100;
/** The run stops here even if requests are still waiting (reported as unfinished). */
export const MAX_RUN_S = 90;
/** Prompt and output lengths, uniform (inclusive). */
export const PROMPT_RANGE = [200, 1000] as const;
export const OUTPUT_RANGE = [50, 250] as const;

export const LIMITS = {
  rate: [1, 40],
  seed: [0, 999_999],
} as const;

export const DEFAULT_SETTINGS: LoraSettings = {
  adapters: 4,
  skew: 'uniform',
  maxLoras: 1,
  maxCpuLoras: 4,
  rank: 16,
  rate: 8,
  seed: 1,
};

export const DEFAULT_VIEW: LoraView = { frame: 0, speed: 1 };

/** "A", "B", … "P": the label every adapter carries beside its colour. */
export function adapterLabel(i: number): string {
  return String.fromCharCode(65 + i);
}

/** The engine's name for adapter i (`--lora-modules name=path`). */
export function adapterName(i: number): string {
  return `adapter-${adapterLabel(i).toLowerCase()}`;
}

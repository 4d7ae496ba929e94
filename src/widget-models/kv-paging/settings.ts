/**
 * Everything that defines one KV paging scenario. With the view state (frame, speed,
 * selection) this is the whole widget state, so it round-trips through the URL.
 */

/** One request the learner added: `[promptTokens, maxTokens, n, usesSystemPrompt (0/1), arrivalMs]`. */
export type AddedRequest = readonly [prompt: number, maxTokens: number, n: number, system: number, atMs: number];

/** The scenario: pool, policy switches and workload. */
export interface KvSettings {
  /** `--block-size`: tokens per KV block. */
  readonly blockSize: number;
  /** `num_gpu_blocks`, null block 0 included. */
  readonly numGpuBlocks: number;
  /** `--enable-prefix-caching`. */
  readonly enablePrefixCaching: boolean;
  /** Seed for generated requests and output lengths. */
  readonly seed: number;
  /** Length of the shared system prompt, in tokens (0 = none). */
  readonly systemPromptTokens: number;
  /** Requests generated from the seed (ShareGPT-like lengths). */
  readonly generatedRequests: number;
  /** Arrival rate of generated requests per second (0 = all at once). */
  readonly rate: number;
  /** Requests the learner added. */
  readonly addedRequests: readonly AddedRequest[];
  /** Parallel sampling: the paper's fork with copy-on-write, or V1's fan-out through the prefix cache. */
  readonly parallelSampling: 'fork' | 'fanout';
  /** What the contiguous baseline reserves per request. */
  readonly contiguousReservation: 'request' | 'max';
  /** `--max-model-len`. */
  readonly maxModelLen: number;
}

/** View state: what is on screen, not what is simulated. */
export interface KvView {
  /** Timeline frame. */
  readonly frame: number;
  /** Playback speed. */
  readonly speed: number;
  /** Selected sequence id (engine request id), or null. */
  readonly selected: string | null;
  /** Canvas grid or the table view of the same state. */
  readonly view: 'grid' | 'table';
}

/** Settings + view: what the URL carries. */
export type KvUrlState = KvSettings & KvView;

/** The widget's settings: the run's, plus the view state a link carries but the run ignores. */
export type KvWidgetSettings = KvSettings & Pick<KvView, 'selected' | 'view'>;

/** The run's settings alone: a new selection or the table view never reruns the simulation. */
export function runSettingsOf({ selected: _selected, view: _view, ...run }: KvWidgetSettings): KvSettings {
  return run;
}

/** Block sizes vLLM accepts (`CacheConfig.block_size`); CUDA's default is 16. */
export const BLOCK_SIZE_CHOICES: readonly number[] = [1, 8, 16, 32, 64, 128];

/** Limits the widget enforces (the URL decoder uses the same ones). */
export const LIMITS = {
  numGpuBlocks: [2, 32_768],
  seed: [0, 999_999],
  systemPromptTokens: [0, 4096],
  generatedRequests: [0, 400],
  rate: [0, 1000],
  maxModelLen: [64, 32_768],
  prompt: [1, 16_384],
  maxTokens: [1, 16_384],
  n: [1, 8],
  atMs: [0, 3_600_000],
  addedRequests: 24,
} as const;

/** A small scenario that shows paging at a glance. */
export const DEFAULT_SETTINGS: KvSettings = {
  blockSize: 16,
  numGpuBlocks: 128,
  enablePrefixCaching: true,
  seed: 1,
  systemPromptTokens: 0,
  generatedRequests: 0,
  rate: 0,
  addedRequests: [
    [180, 200, 1, 0, 0],
    [90, 120, 1, 0, 0],
    [300, 160, 1, 0, 0],
    [60, 240, 1, 0, 40],
    [140, 100, 1, 0, 80],
  ],
  parallelSampling: 'fork',
  contiguousReservation: 'request',
  maxModelLen: 1024,
};

export const DEFAULT_VIEW: KvView = { frame: 0, speed: 1, selected: null, view: 'grid' };

/**
 * A new block size for the same KV memory: the number of blocks changes inversely, as vLLM's
 * start-up sizing would give for the same GPU (`num_gpu_blocks` = memory ÷ block bytes).
 * Clamped to the widget's block limits.
 */
export function withBlockSize(s: KvSettings, bs: number): Pick<KvSettings, 'blockSize' | 'numGpuBlocks'> {
  const slots = (s.numGpuBlocks - 1) * s.blockSize;
  const nb = Math.max(LIMITS.numGpuBlocks[0], Math.min(LIMITS.numGpuBlocks[1], Math.round(slots / bs) + 1));
  return { blockSize: bs, numGpuBlocks: nb };
}

/** The frames and summary the LoRA widget model records (plain data: copied out of the worker). */

/** A waiting request as the queue panel shows it. */
export interface QueueEntry {
  readonly id: string;
  readonly adapter: number;
  /** Skipped in the last step because its adapter would exceed `max_loras`. */
  readonly deferred: boolean;
  /** Time in the queue so far (ms). */
  readonly waitedMs: number;
}

/** The engine at the end of one `FRAME_MS` slice of simulated time. */
export interface LoraFrame {
  readonly tMs: number;
  /** Adapter index in each GPU slot (-1 = empty); slot i is vLLM's `lora_index_to_id[i]`. */
  readonly slots: readonly number[];
  /** Adapters registered in the CPU cache, least to most recently used. */
  readonly cpu: readonly number[];
  /** Running requests per adapter. */
  readonly running: readonly number[];
  /** Waiting requests per adapter (every reason). */
  readonly waiting: readonly number[];
  /** Waiting requests per adapter skipped in the last step because of `max_loras`. */
  readonly deferred: readonly number[];
  /** Distinct adapters in the last step's batch. */
  readonly batch: readonly number[];
  /** The head of the waiting queue (at most `QUEUE_SHOWN`). */
  readonly queue: readonly QueueEntry[];
  /** Adapters loaded from storage into the CPU cache during this slice (CPU-cache misses). */
  readonly loads: readonly number[];
  /** Adapters copied from the CPU cache into a GPU slot during this slice without a load (hits). */
  readonly hits: readonly number[];
  /** Engine steps in this slice. */
  readonly steps: number;
  /** Largest number of requests skipped for `max_loras` in one step of this slice. */
  readonly deferredPeak: number;
  /** Of the step time in this slice, ms spent on LoRA (loads, slot copies, kernels; estimated). */
  readonly loraMs: number;
  /** Step time in this slice (ms). */
  readonly busyMs: number;
  /** Requests finished so far. */
  readonly finished: number;
}

/** Throughput and latency of one run. */
export interface RunStats {
  readonly finished: number;
  readonly durationS: number;
  readonly outputThroughput: number;
  readonly ttftP50Ms: number;
  readonly ttftP99Ms: number;
}

/** One adapter's share of the traffic and how its requests fared. */
export interface AdapterStats {
  readonly share: number;
  readonly requests: number;
  /** Mean time to first token of its finished requests (ms; NaN when none). */
  readonly ttftMeanMs: number;
  /** Σ over its requests of steps in which each was skipped for `max_loras`. */
  readonly deferredSteps: number;
  readonly loads: number;
  readonly hits: number;
}

/** Estimated throughput of one decode step with LoRA, relative to the base model. */
export interface OverheadRow {
  readonly rank: number;
  readonly adapterMB: number;
  readonly loadMs: number;
  readonly activateMs: number;
  /** Per adapter count in `OVERHEAD_COUNTS`: base step time ÷ step time with LoRA. */
  readonly relThroughput: readonly number[];
}

export interface LoraSummary {
  readonly numRequests: number;
  readonly lora: RunStats;
  /** The same requests on the base model without LoRA (`--enable-lora` off). */
  readonly base: RunStats;
  readonly perAdapter: readonly AdapterStats[];
  /** `num_adapter_loads`, `num_adapter_activations` and their difference (CPU-cache hits). */
  readonly loads: number;
  readonly activations: number;
  /** Σ over steps of waiting requests skipped for `max_loras`. */
  readonly deferredSteps: number;
  /** Requests skipped at least once for `max_loras`. */
  readonly requestsDeferred: number;
  /** KV blocks with LoRA slots reserved, and without LoRA. */
  readonly kvBlocks: number;
  readonly kvBlocksBase: number;
  /** Share of all step time spent on LoRA (estimated). */
  readonly loraTimeShare: number;
}

export interface LoraSim {
  readonly frames: LoraFrame[];
  /** Null until the run (and the base run) finish. */
  summary: LoraSummary | null;
  /** The estimated rank × adapter-count table (independent of the run). */
  readonly overhead: readonly OverheadRow[];
  /** Why the settings cannot run (the engine's message, naming the field), or null. */
  error: string | null;
}

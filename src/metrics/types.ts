/**
 * Domain types of the metrics reader: a parsed Prometheus text exposition and the vLLM figures the
 * course talks about. Nothing here depends on React or the DOM.
 */

/** One sample line: `name{labels} value [timestamp]`. */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
  /** 1-based line number in the pasted text, for messages. */
  readonly line: number;
}

/** Every sample of a scrape, by metric name, plus the `# TYPE` declarations seen. */
export interface Exposition {
  readonly samples: ReadonlyMap<string, readonly Sample[]>;
  readonly types: ReadonlyMap<string, MetricType>;
  readonly lineCount: number;
}

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped' | 'info' | 'stateset' | 'gaugehistogram' | 'unknown';

/** A problem with the input, located on a line where there is one. */
export interface ParseProblem {
  /** 1-based line number, or null when the problem is the input as a whole. */
  readonly line: number | null;
  readonly message: string;
}

export type ParseResult = { readonly ok: true; readonly exposition: Exposition } | { readonly ok: false; readonly problem: ParseProblem };

/** One cumulative bucket of a classic Prometheus histogram. */
export interface Bucket {
  /** The bucket's upper bound (`le`); `Infinity` for `+Inf`. */
  readonly upperBound: number;
  /** Observations ≤ upperBound (cumulative). */
  readonly count: number;
}

/** A histogram read back into the figures a learner reads: count, mean and percentiles (seconds). */
export interface HistogramSummary {
  /** The metric it came from, e.g. `vllm:time_to_first_token_seconds`. */
  readonly metric: string;
  readonly count: number;
  /** sum / count, or NaN when there are no observations. */
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
}

/** A single figure and the series it was read from. */
export interface Reading {
  readonly metric: string;
  readonly value: number;
}

/** What one vLLM engine (one `model_name` and `engine` label pair) reports, in the course's terms. */
export interface EngineReport {
  readonly modelName: string;
  /** The data-parallel engine index (`engine` label); '' when the exposition has none (older vLLM). */
  readonly engine: string;
  readonly kvCacheUsage: Reading | null;
  readonly running: Reading | null;
  readonly waiting: Reading | null;
  /** hits ÷ queries over the server's lifetime, with the two counters. */
  readonly prefixCacheHitRate: { readonly value: number; readonly hits: number; readonly queries: number; readonly metric: string } | null;
  readonly ttft: HistogramSummary | null;
  readonly itl: HistogramSummary | null;
  readonly e2e: HistogramSummary | null;
  readonly queueTime: HistogramSummary | null;
  readonly preemptions: Reading | null;
  readonly promptTokens: Reading | null;
  readonly generationTokens: Reading | null;
  readonly finishedRequests: Reading | null;
}

export interface VllmReport {
  readonly engines: readonly EngineReport[];
  /** Older metric names found in the text (e.g. `vllm:gpu_cache_usage_perc`), to tell the learner their vLLM is old. */
  readonly legacyNames: readonly string[];
  /** Number of distinct `vllm:` series names seen. */
  readonly vllmSeries: number;
}

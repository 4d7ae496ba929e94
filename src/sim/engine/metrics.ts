/**
 * Request and engine metrics, named after vLLM's Prometheus metrics (`vllm:` prefix dropped)
 * and `vllm bench serve` throughput figures. Intervals follow `IterationStats`: queue time is
 * arrival → first scheduled (re-scheduling after preemption ignored), TTFT is arrival → first
 * token, TPOT is decode time ÷ (generated − 1), ITL is the gap between successive tokens.
 */
import { LogHistogram, summarize, type Distribution } from '../core/quantiles.ts';
import type { PrefixCacheStats } from './kvAllocator.ts';
import type { Request } from './request.ts';
import type { SpecDecodeMetrics } from './spec/specDecodingStats.ts';

/** What `Engine.metrics()` reports. Latencies in seconds, like vLLM's histograms. */
export interface MetricsSummary {
  readonly num_requests: number;
  readonly num_finished: number;
  /** `vllm:request_success` by `finished_reason`. */
  readonly request_success: { readonly stop: number; readonly length: number };
  /** `vllm:prompt_tokens` (per finished request, prompt length). */
  readonly prompt_tokens: number;
  /** `vllm:generation_tokens`. */
  readonly generation_tokens: number;
  /** First arrival → last finish, seconds. */
  readonly duration_s: number;
  /** Finished requests per second. */
  readonly request_throughput: number;
  /** Output tokens per second. */
  readonly output_throughput: number;
  /** Prompt + output tokens per second. */
  readonly total_token_throughput: number;
  readonly time_to_first_token_seconds: Distribution;
  /** `vllm:inter_token_latency_seconds` (histogram, ±0.5%). */
  readonly inter_token_latency_seconds: Distribution;
  /** `vllm:request_time_per_output_token_seconds` (TPOT). */
  readonly request_time_per_output_token_seconds: Distribution;
  readonly e2e_request_latency_seconds: Distribution;
  readonly request_queue_time_seconds: Distribution;
  readonly request_prefill_time_seconds: Distribution;
  readonly request_decode_time_seconds: Distribution;
  /** `vllm:kv_cache_usage_perc` (0–1), time-weighted mean and max over steps. */
  readonly kv_cache_usage_perc: { readonly mean: number; readonly max: number };
  readonly prefix_cache_queries: number;
  readonly prefix_cache_hits: number;
  /** hits ÷ queries (tokens), as the vLLM dashboards compute it. */
  readonly prefix_cache_hit_rate: number;
  /** The same over the most recent 1,000 requests, as vLLM's periodic log line reports it
   * (`CachingMetrics`); absent from summaries built without an engine. */
  readonly prefix_cache_hit_rate_recent?: number;
  /** Speculative decoding counters (only when it is on). */
  readonly spec_decode?: SpecDecodeMetrics;
  /** Multi-LoRA counters (only when LoRA is on). */
  readonly lora?: {
    readonly num_adapter_loads: number;
    readonly num_adapter_activations: number;
    /** Σ over steps of waiting requests skipped for `max_loras` (`reason="deferred"`). */
    readonly num_requests_deferred_steps: number;
  };
  /** `vllm:num_preemptions`. */
  readonly num_preemptions: number;
  /** `vllm:num_requests_running` / `_waiting`: time-weighted mean and max. */
  readonly num_requests_running: { readonly mean: number; readonly max: number };
  readonly num_requests_waiting: { readonly mean: number; readonly max: number };
  readonly num_steps: number;
  /** `vllm:iteration_tokens_total` mean. */
  readonly mean_iteration_tokens: number;
}

/** Accumulates metrics as the engine runs; O(1) per token, one number per request. */
export class MetricsCollector {
  numRequests = 0;
  /** Σ over steps of waiting requests skipped because of `max_loras`. */
  loraDeferred = 0;
  numPreemptions = 0;
  private ttft: number[] = [];
  private tpot: number[] = [];
  private e2e: number[] = [];
  private queue: number[] = [];
  private prefill: number[] = [];
  private decode: number[] = [];
  /** Seconds, 1 µs resolution floor. */
  private readonly itl = new LogHistogram(1e-6);
  private stop = 0;
  private length = 0;
  private promptTokens = 0;
  private generationTokens = 0;
  private firstArrivalUs = Infinity;
  private lastFinishUs = -Infinity;
  private timeWeight = 0;
  private kvArea = 0;
  private kvMax = 0;
  private runArea = 0;
  private runMax = 0;
  private waitArea = 0;
  private waitMax = 0;
  private steps = 0;
  private iterTokens = 0;

  onArrival(arrivalUs: number): void {
    this.numRequests++;
    if (arrivalUs < this.firstArrivalUs) this.firstArrivalUs = arrivalUs;
  }

  /** Records a sampled token at `timeUs` (call before updating `req.lastTokenUs`). */
  onToken(req: Request, timeUs: number): void {
    this.generationTokens++;
    if (req.firstTokenUs < 0) {
      req.firstTokenUs = timeUs;
      this.ttft.push((timeUs - req.arrivalUs) / 1e6);
    } else {
      // Tokens of one step mostly share the same gap: count runs, add them in one go.
      const gap = timeUs - req.lastTokenUs;
      if (gap === this.gap) this.gapCount++;
      else {
        if (this.gapCount > 0) this.itl.add(this.gap / 1e6, this.gapCount);
        this.gap = gap;
        this.gapCount = 1;
      }
    }
    req.lastTokenUs = timeUs;
  }

  private gap = -1;
  private gapCount = 0;

  onFinish(req: Request, timeUs: number): void {
    if (req.finishReason === 'stop') this.stop++;
    else this.length++;
    this.promptTokens += req.promptLen;
    this.e2e.push((timeUs - req.arrivalUs) / 1e6);
    const sched = req.firstScheduledUs >= 0 ? req.firstScheduledUs : req.arrivalUs;
    this.queue.push((sched - req.arrivalUs) / 1e6);
    if (req.firstTokenUs >= 0) {
      this.prefill.push((req.firstTokenUs - sched) / 1e6);
      const decodeUs = req.lastTokenUs - req.firstTokenUs;
      this.decode.push(decodeUs / 1e6);
      if (req.numOutputTokens > 1) this.tpot.push(decodeUs / 1e6 / (req.numOutputTokens - 1));
    }
    if (timeUs > this.lastFinishUs) this.lastFinishUs = timeUs;
  }

  onStep(durationUs: number, running: number, waiting: number, kvUsage: number, scheduledTokens: number): void {
    this.steps++;
    this.iterTokens += scheduledTokens;
    this.timeWeight += durationUs;
    this.kvArea += kvUsage * durationUs;
    this.runArea += running * durationUs;
    this.waitArea += waiting * durationUs;
    if (kvUsage > this.kvMax) this.kvMax = kvUsage;
    if (running > this.runMax) this.runMax = running;
    if (waiting > this.waitMax) this.waitMax = waiting;
  }

  private itlSummary(): Distribution {
    if (this.gapCount > 0) {
      this.itl.add(this.gap / 1e6, this.gapCount);
      this.gap = -1;
      this.gapCount = 0;
    }
    return this.itl.summary();
  }

  /** Builds the summary; `prefix` comes from the KV allocator. */
  summary(prefix: PrefixCacheStats): MetricsSummary {
    const finished = this.stop + this.length;
    const durUs = finished > 0 ? this.lastFinishUs - this.firstArrivalUs : 0;
    const dur = durUs / 1e6;
    const per = (x: number): number => (dur > 0 ? x / dur : 0);
    const tw = this.timeWeight || 1;
    return {
      num_requests: this.numRequests,
      num_finished: finished,
      request_success: { stop: this.stop, length: this.length },
      prompt_tokens: this.promptTokens,
      generation_tokens: this.generationTokens,
      duration_s: dur,
      request_throughput: per(finished),
      output_throughput: per(this.generationTokens),
      total_token_throughput: per(this.generationTokens + this.promptTokens),
      time_to_first_token_seconds: summarize(this.ttft),
      inter_token_latency_seconds: this.itlSummary(),
      request_time_per_output_token_seconds: summarize(this.tpot),
      e2e_request_latency_seconds: summarize(this.e2e),
      request_queue_time_seconds: summarize(this.queue),
      request_prefill_time_seconds: summarize(this.prefill),
      request_decode_time_seconds: summarize(this.decode),
      kv_cache_usage_perc: { mean: this.kvArea / tw, max: this.kvMax },
      prefix_cache_queries: prefix.queries,
      prefix_cache_hits: prefix.hits,
      prefix_cache_hit_rate: prefix.queries > 0 ? prefix.hits / prefix.queries : 0,
      num_preemptions: this.numPreemptions,
      num_requests_running: { mean: this.runArea / tw, max: this.runMax },
      num_requests_waiting: { mean: this.waitArea / tw, max: this.waitMax },
      num_steps: this.steps,
      mean_iteration_tokens: this.steps > 0 ? this.iterTokens / this.steps : 0,
    };
  }
}

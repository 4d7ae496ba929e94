/** Hand-written practice items on serving metrics. */
import { SRC } from '../../glossary/sources.ts';
import { match, multiple, numeric, single } from '../../../quiz/build.ts';
import type { QuizItem } from '../../../quiz/schema.ts';

const b = (slug: string, lesson: string) => ({ id: `bank:metrics:${slug}`, topic: 'metrics' as const, lesson });

export const METRICS_BANK: QuizItem[] = [
  numeric(
    { ...b('e2e-from-parts', 'kserve/monitoring'), prompt: 'TTFT is 0.3 s and TPOT 25 ms for a 401-token reply. What is the end-to-end latency in seconds?', explanation: 'E2E = TTFT + TPOT × (tokens − 1) = 0.3 + 0.025 × 400 = 10.3 s.', terms: ['e2e-latency', 'tpot', 'ttft'], source: SRC.vllmMetricsDesign.url },
    10.3,
    's',
    { tolerance: 0.005, traps: [[10, 'Add the TTFT: decode time alone is 10 s.']] },
  ),
  match(
    { ...b('metric-phases', 'kserve/monitoring'), prompt: 'Match each vLLM interval histogram with the span it measures.', explanation: 'Queue: first queued → first scheduled; prefill: first scheduled → first token; decode: first token → last token; E2E: arrival → finish.', terms: ['queue-time', 'ttft', 'e2e-latency'], source: SRC.vllmMetrics.url },
    [
      ['vllm:request_queue_time_seconds', 'First queued → first scheduled'],
      ['vllm:request_prefill_time_seconds', 'First scheduled → first token'],
      ['vllm:request_decode_time_seconds', 'First token → last token'],
      ['vllm:e2e_request_latency_seconds', 'Arrival → finish'],
    ],
  ),
  single(
    { ...b('itl-replaced', 'kserve/monitoring'), prompt: 'Which metric replaced vllm:time_per_output_token_seconds?', explanation: 'vllm:inter_token_latency_seconds, which records each gap between output tokens.', terms: ['itl'], source: SRC.vllmMetrics.url },
    'vllm:inter_token_latency_seconds',
    [
      ['vllm:request_time_per_output_token_seconds', 'That per-request TPOT histogram exists alongside it.'],
      ['vllm:e2e_request_latency_seconds', 'That measures whole requests.'],
      ['vllm:iteration_tokens_total', 'That counts tokens per engine step.'],
    ],
  ),
  single(
    { ...b('gpu-util-trap', 'kserve/monitoring'), prompt: 'nvidia-smi shows 98 % GPU utilisation during small-batch decoding. What does that tell you?', explanation: 'Only that a kernel was running almost all the time; memory-bound decode can show this at a few percent of peak FLOP/s.', terms: ['gpu-utilization', 'mfu'], source: SRC.gpuOperator.url },
    'That some kernel was running nearly all the time — not how efficiently',
    [
      ['That the GPU is at 98 % of its peak FLOP/s', 'Utilisation is a time share, not a fraction of peak compute.'],
      ['That the KV cache is 98 % full', 'That is vllm:kv_cache_usage_perc.'],
      ['That adding requests will not raise throughput', 'Batching more requests usually raises throughput at low batch sizes.'],
    ],
  ),
  numeric(
    { ...b('mfu-calc', 'kserve/monitoring'), prompt: 'An 8B model decodes 3,000 tokens/s on an H100 (≈989 TFLOP/s bf16 peak). About what MFU is that, in %?', explanation: '2 × 8e9 × 3,000 = 4.8e13 FLOP/s; / 9.89e14 ≈ 4.9 %.', terms: ['mfu'], source: SRC.palmInference.url },
    4.85,
    '%',
    { tolerance: 0.04, traps: [[2.4, 'Use about 2 FLOPs per parameter per token.']] },
  ),
  multiple(
    { ...b('slo-terms', 'kserve/monitoring'), prompt: 'Which statements about SLIs, SLOs and SLAs are right?', explanation: 'The SLI is the measurement, the SLO its target over a period, and the SLA a contract with consequences.', terms: ['slo'], source: SRC.googleSre.url },
    ['“p95 TTFT” is an SLI', '“p95 TTFT under 1 s over 28 days” is an SLO'],
    [
      ['An SLO is a contract with penalties', 'That is an SLA.'],
      ['An SLO must be 100 %', 'Targets below 100 % leave an error budget.'],
    ],
  ),
  single(
    { ...b('qps-meaning', 'kserve/monitoring'), prompt: 'Two services each receive 10 QPS. Why can their GPU needs differ tenfold?', explanation: 'Load depends on prompt and output lengths: 10 short chats per second and 10 long documents per second are very different work.', terms: ['qps', 'throughput'] },
    'Their prompt and output lengths can differ greatly',
    [
      ['QPS is measured differently by each service', 'QPS is simply arrivals per second.'],
      ['One may use HTTP/2', 'The transport does not change the model’s work.'],
      ['GPU needs never depend on request rate', 'They do — but also on token counts.'],
    ],
  ),
  single(
    { ...b('histogram-quantile', 'kserve/monitoring'), prompt: 'How do you estimate p90 TTFT from vLLM’s metrics in Prometheus?', explanation: 'histogram_quantile(0.9, sum by (le) (rate(vllm:time_to_first_token_seconds_bucket[5m]))).', terms: ['tail-latency', 'prometheus', 'ttft'], source: SRC.promHistograms.url },
    'histogram_quantile over the rate of the _bucket series',
    [
      ['avg(vllm:time_to_first_token_seconds)', 'A histogram has no plain series to average; and an average is not a percentile.'],
      ['max_over_time of the _count series', '_count counts observations; it has no latency values.'],
      ['rate(vllm:time_to_first_token_seconds_sum)', 'That gives total seconds per second, not a percentile.'],
    ],
  ),
  numeric(
    { ...b('throughput-calc', 'kserve/monitoring'), prompt: '400 requests of 250 output tokens each finish in 10 s. What is the output throughput in tokens/s?', explanation: '400 × 250 / 10 = 10,000 tokens/s.', terms: ['throughput'] },
    10000,
    'tokens/s',
    { traps: [[40, 'That is requests per second; multiply by 250 tokens.']] },
  ),
  single(
    { ...b('counter-total', 'kserve/monitoring'), prompt: 'vLLM registers the counter vllm:prompt_tokens. Under what name does Prometheus expose it?', explanation: 'Counters get a _total suffix in the exposition: vllm:prompt_tokens_total.', terms: ['prometheus'], source: SRC.vllmMetricsDesign.url },
    'vllm:prompt_tokens_total',
    [
      ['vllm:prompt_tokens_count', '_count belongs to histograms.'],
      ['vllm:prompt_tokens_sum', '_sum belongs to histograms.'],
      ['vllm:prompt_tokens, unchanged', 'The exposition adds _total to counters.'],
    ],
  ),
];

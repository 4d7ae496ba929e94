import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'kserve/monitoring';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'metrics' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: 'A request has E2E latency 5.2 s, TTFT 0.2 s and 201 output tokens. What is its TPOT in ms?',
        explanation: 'TPOT = (E2E − TTFT) / (output tokens − 1) = 5.0 s / 200 = 25 ms.',
        terms: ['tpot', 'ttft', 'e2e-latency'],
        source: SRC.vllmMetricsDesign.url,
      },
      25,
      'ms',
      { traps: [[26, 'Subtract TTFT first: the time to the first token is not decode time.']] },
    ),
    single(
      {
        ...base(2),
        prompt: 'vllm:kv_cache_usage_perc reads 0.93. What does it mean?',
        explanation: 'It is a 0–1 fraction despite the name: 93 % of usable KV blocks are held by running requests, so preemptions are near.',
        terms: ['kv-cache-usage'],
        source: SRC.vllmMetrics.url,
      },
      '93 % of usable KV blocks are held by running requests',
      [
        ['0.93 % of the cache is used', '“perc” is misleading: the value is a fraction, 1 = 100 %.'],
        ['93 % of blocks hold cached prefixes', 'Cached but unreferenced blocks count as free.'],
        ['The GPU is busy 93 % of the time', 'That is GPU utilisation, a different metric.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'Why can p99 inter-token latency look bad while average TPOT looks fine?',
        explanation: 'TPOT averages each request’s decode time; ITL records every gap, so rare stalls (a long prefill sharing a step, a preemption) show in its tail but vanish in TPOT.',
        terms: ['itl', 'tpot', 'tail-latency'],
      },
      'TPOT averages each reply, hiding occasional long gaps that ITL records individually',
      [
        ['ITL includes network time and TPOT does not', 'Both are measured inside vLLM.'],
        ['ITL counts prefill tokens too', 'ITL is between output tokens.'],
        ['They measure different models', 'They are two views of the same decoding.'],
      ],
    ),
    multiple(
      {
        ...base(4),
        prompt: 'Which vLLM series are counters that you should query with rate()?',
        explanation: 'Counters only increase (exposed with _total): prompt and generation tokens, prefix-cache queries and hits, preemptions. Gauges such as num_requests_waiting and kv_cache_usage_perc are read directly.',
        terms: ['prometheus', 'prefix-cache-hit-rate'],
        source: SRC.vllmMetricsDesign.url,
      },
      ['vllm:generation_tokens_total', 'vllm:prefix_cache_hits_total', 'vllm:num_preemptions_total'],
      [
        ['vllm:num_requests_waiting', 'A gauge: it goes up and down with the queue.'],
        ['vllm:kv_cache_usage_perc', 'A gauge between 0 and 1.'],
      ],
    ),
    numeric(
      {
        ...base(5),
        prompt: 'Over 5 minutes a pod reports 12 million prefix-cache hit tokens out of 20 million queried. What is its hit rate in %?',
        explanation: 'rate(hits) / rate(queries) = 12 / 20 = 60 %.',
        terms: ['prefix-cache-hit-rate'],
        source: SRC.vllmMetrics.url,
      },
      60,
      '%',
      { traps: [[40, 'That is the miss rate.']] },
    ),
    numeric(
      {
        ...base(6),
        prompt: 'A TTFT histogram has 10 observations: 2 at or below 0.1 s, 6 at or below 0.5 s, 9 at or below 1 s. What p50, in ms, does histogram_quantile report?',
        explanation: 'Rank 5 falls in (0.1, 0.5], which holds observations 3 to 6; interpolating linearly: 0.1 + 0.4 × (5 − 2) / 4 = 0.4 s = 400 ms.',
        terms: ['ttft', 'tail-latency'],
        source: SRC.promHistograms.url,
      },
      400,
      'ms',
      { traps: [[500, 'That is the bucket’s upper bound; Prometheus interpolates inside the bucket.'], [300, 'Subtract the 2 observations below the bucket before interpolating: (5 − 2) / 4 of the way.']] },
    ),
    single(
      {
        ...base(7),
        prompt: 'In histogram_quantile(0.99, …) the rank falls in the +Inf bucket. What does Prometheus return?',
        explanation: 'It cannot interpolate into an unbounded bucket, so it returns the largest finite upper bound. A p99 equal to a bucket bound is a hint to look at the raw buckets.',
        terms: ['tail-latency', 'prometheus'],
        source: 'https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile',
      },
      'The upper bound of the highest finite bucket',
      [
        ['+Inf', 'Prometheus avoids infinity here and reports the largest finite bound.'],
        ['NaN', 'NaN is for an empty histogram or a missing +Inf bucket.'],
        ['The mean, sum ÷ count', 'histogram_quantile never uses _sum.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'Why add an alert on absent(vllm:num_requests_running{namespace="llm"})?',
        explanation: 'When pods are down or no longer scraped, every other rule sees no data and stays quiet; absent() fires exactly then.',
        terms: ['prometheus'],
        source: 'https://prometheus.io/docs/prometheus/latest/querying/functions/#absent',
      },
      'Other rules evaluate to nothing when no series is scraped, so they cannot fire',
      [
        ['It measures how often vLLM drops requests', 'absent() only checks whether a series exists.'],
        ['It is required by the Prometheus operator', 'The operator requires no particular rule.'],
        ['It catches KV-cache exhaustion early', 'That is what the KV-usage rule is for.'],
      ],
    ),
  ],
};

export default check;

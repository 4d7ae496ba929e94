import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'patterns/choosing-an-architecture';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'architecture' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'An 8B chat model fits on one GPU and traffic has many shared system prompts. How should you scale it?',
        explanation: 'Add data-parallel replicas behind a prefix- and load-aware router; tensor parallelism adds communication and gains little for a model that already fits.',
        terms: ['data-parallelism', 'prefix-cache-aware-routing'],
        source: SRC.llmdOptimizedBaseline.url,
      },
      'More single-GPU replicas behind a prefix- and load-aware router',
      [
        ['Tensor parallelism across 8 GPUs in one replica', 'TP helps when a model does not fit; here it mostly adds all-reduces.'],
        ['Round-robin across replicas with a plain Service', 'That scatters shared prefixes, so every replica prefills them again.'],
        ['Prefill/decode disaggregation first', 'P/D pays off for long inputs and larger models; start with the baseline.'],
      ],
    ),
    numeric(
      {
        ...base(2),
        prompt: 'Llama-3.1-70B in bf16 needs about 141 GB of weights. What is the smallest number of 80 GB GPUs that can even hold the weights?',
        explanation: 'Two GPUs hold 160 GB, but that leaves little for KV cache and activations — which is why TP=4 is the usual choice on 80 GB cards.',
        terms: ['model-parameters', 'tensor-parallelism'],
      },
      2,
      'GPUs',
      { traps: [[1, '141 GB does not fit in one 80 GB GPU.']] },
    ),
    multiple(
      {
        ...base(3),
        prompt: 'Which signals suggest adding replicas rather than tuning one?',
        explanation: 'Persistent queues, KV usage near 1 with preemptions, and TTFT dominated by queue time all mean demand exceeds capacity.',
        terms: ['waiting-queue', 'kv-cache-usage', 'queue-time', 'preemption'],
      },
      ['vllm:num_requests_waiting stays above zero under normal load', 'KV-cache usage sits near 1 and preemptions climb', 'TTFT grows because of queue time, not prefill time'],
      [
        ['GPU utilisation reads 95 %', 'A busy GPU can still have headroom; utilisation says little about efficiency.'],
        ['The prefix-cache hit rate is high', 'A high hit rate is good news, not a capacity problem.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'A team serves a 1B model for a low-traffic internal tool on H100s. What fits best?',
        explanation: 'A MIG slice (or a smaller GPU) gives the tiny model isolated capacity without dedicating a whole H100 to it.',
        terms: ['mig'],
        source: SRC.nvidiaMig.url,
      },
      'A MIG slice of an H100, or a smaller GPU',
      [
        ['Tensor parallelism across two H100s', 'The model already fits many times over in one GPU.'],
        ['A dedicated 8-GPU node', 'Most of it would sit idle.'],
        ['Prefill/decode disaggregation', 'Far too much machinery for a tiny, quiet model.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'Workload: 20:1 input-to-output tokens, a 120B MoE model, strict inter-token latency targets. Which llm-d path is worth evaluating?',
        explanation: 'Long inputs with short outputs on a large MoE model are where P/D helps: decode pods stream without prefill interference (llm-d’s P/D guide reports mean ITL falling from 25 to 4.9 ms on such a workload, gpt-oss-120b on 16 H200s). Treat that delta as indicative: the guide’s aggregated figures were carried over from an earlier baseline run, not measured in a run paired with the P/D one.',
        terms: ['disaggregated-serving', 'mixture-of-experts', 'well-lit-path'],
        source: SRC.llmdPdGuide.url,
      },
      'Prefill/decode disaggregation',
      [
        ['Scale to zero with Knative', 'Cold starts of a 120B model would dominate latency.'],
        ['Session affinity only', 'Affinity helps cache reuse but does nothing for prefill interference.'],
        ['Swapping KV to CPU', 'Swapping was removed in vLLM V1 and does not address ITL.'],
      ],
    ),
    numeric(
      {
        ...base(6),
        prompt: 'In the course’s model, summarize at 7 requests per second on 8 H100s: four TP 2 replicas of Qwen2.5-32B give TTFT p90 of 0.950 s. What TTFT p90 does one TP 8 replica give on the same GPUs?',
        explanation: 'About 11.9 s: the single replica prefills one long document’s chunks at a time, so its queue grows and no request meets the objective. Four replicas prefill four documents in parallel.',
        terms: ['tensor-parallelism', 'ttft', 'data-parallelism'],
      },
      11.9,
      's',
      { absTolerance: 1, traps: [[0.95, 'That is the four TP 2 replicas.']] },
    ),
    single(
      {
        ...base(7),
        prompt: 'One vLLM engine with a small KV cache runs with --max-num-seqs 256 instead of what its cache holds (16). Which metric shows the mistake first?',
        explanation: 'vllm:num_preemptions climbs: the model’s run had 52 preemptions against 0, with a higher inter-token p99 (63.6 against 57.0 ms). Throughput barely moved, because prefix caching made the recompute cheap.',
        terms: ['max-num-seqs', 'preemption', 'kv-cache-usage'],
        source: SRC.vllmOptimization.url,
      },
      'vllm:num_preemptions climbing while KV-cache usage sits near 1',
      [
        ['Output tokens per second falling by half', 'In the model throughput hardly changed; the harm is in stalls.'],
        ['The prefix-cache hit rate dropping to zero', 'Prefix caching still works, which is why recompute was cheap.'],
        ['TTFT p50 rising into minutes', 'That is the signature of cold starts, not of preemption.'],
      ],
    ),
    numeric(
      {
        ...base(8),
        prompt: 'The model runs one TP 8 replica of Qwen2.5-32B on chat at 4 requests per second. Inside one NVLink node its ITL p90 is 15.0 ms. What is it when the replica spans two 4-GPU nodes over 100 GbE?',
        explanation: 'About 52.8 ms, past the 50 ms objective for many requests (SLO attainment 0.791): two all-reduces per layer per step wait on the Ethernet link. The model leaves out per-hop latency, so the real harm is larger.',
        terms: ['tensor-parallelism', 'all-reduce', 'nvlink'],
      },
      52.8,
      'ms',
      { absTolerance: 3, traps: [[15, 'That is the single NVLink node.']] },
    ),
    numeric(
      {
        ...base(9),
        prompt: 'The lesson’s load test sweeps summarize from 2 to 12 requests per second on 8 H100s. One TP 8 replica of Qwen2.5-32B reaches its knee (the last rate with at least 90 % of requests within the objectives) at 4 requests per second. How many times higher is the knee of four TP 2 replicas on the same GPUs?',
        explanation: 'Twice as high, at 8 requests per second: four replicas prefill four documents at a time. The TP 8 replica still answers first at 2 requests per second, which is why a single load point can mislead; the sweep shows where each set-up stops keeping up.',
        terms: ['knee', 'tensor-parallelism', 'data-parallelism'],
      },
      2,
      '×',
      { absTolerance: 0.2, traps: [[1, 'The knees differ: the TP 8 replica prefills one document at a time.']] },
    ),
    single(
      {
        ...base(10),
        prompt: 'Llama-3.1-70B on H100s, used rarely (a conversation every minute or so), behind a 1 s TTFT objective, on a budget that holds a floor and adds GPUs on demand. The budget row of the matrix suggests an autoscaling pool. What does the chooser recommend instead, and why?',
        explanation: 'The objective wins: with scale to zero, the first user after each quiet spell waits for a cold start of about 118 s in the course’s model, so keep one warm replica (minReplicas ≥ 1). The chooser lists the autoscaling pool under “avoid” and names the budget row it overrules.',
        terms: ['scale-to-zero', 'cold-start', 'ttft'],
        source: SRC.knativeKpa.url,
      },
      'Keep a warm replica: scaling to zero would make the next user wait for a cold start of about two minutes',
      [
        ['Scale to zero, because the budget only holds a floor', 'The floor is the point: one warm replica is the floor a tight TTFT needs.'],
        ['P/D disaggregation, to cut TTFT', 'P/D adds a hop and a KV transfer before the first token; it raises TTFT.'],
        ['A tiered KV cache, so the model loads faster', 'KV tiers hold prefixes, not weights; a cold start still loads the whole model.'],
      ],
    ),
  ],
};

export default check;

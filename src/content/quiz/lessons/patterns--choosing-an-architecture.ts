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
        explanation: 'Long inputs with short outputs on a large MoE model are where P/D helps: decode pods stream without prefill interference (llm-d’s P/D guide cut mean ITL from 25 to 4.9 ms on such a workload).',
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
  ],
};

export default check;

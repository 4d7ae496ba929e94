import { SRC } from '../../glossary/sources.ts';
import { match, multiple, numeric, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'overview/the-serving-stack';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'architecture' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    order(
      {
        ...base(1),
        prompt: 'Order the layers of the stack from the client down to the hardware.',
        explanation:
          'The client calls an OpenAI-compatible API; KServe is the platform layer that declares the model and creates its serving objects (InferenceService, optionally in Knative mode, or LLMInferenceService); the llm-d gateway’s proxy asks the Endpoint Picker which replica gets the request; a vLLM replica schedules and runs it; the GPUs hold weights and KV cache and do the arithmetic.',
        terms: ['kserve', 'llm-d-router', 'endpoint-picker', 'vllm'],
      },
      [
        'Client sending an OpenAI-style request',
        'KServe InferenceService / LLMInferenceService (Knative mode optional)',
        'llm-d gateway proxy and Endpoint Picker',
        'vLLM replicas',
        'GPUs',
      ],
    ),
    order(
      {
        ...base(2),
        prompt: 'Put the path of one streamed chat completion through an LLMInferenceService in order.',
        explanation:
          'The Gateway holds the request and streams it to the EPP over ext-proc; the EPP filters, scores and picks a pod and returns its address; the proxy forwards to that vLLM pod, which queues and prefills the prompt; the first token ends TTFT, then each decode step streams one more token.',
        terms: ['ext-proc', 'endpoint-picker', 'ttft', 'itl'],
        source: SRC.gieEppProtocol.url,
      },
      [
        'The client posts to the Gateway',
        'The proxy streams headers and body to the Endpoint Picker over ext-proc',
        'The Endpoint Picker filters, scores and picks a pod',
        'The proxy forwards the request to the chosen vLLM pod',
        'vLLM queues and prefills the prompt; the first token ends TTFT',
        'Each decode step streams one more token',
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'The vLLM launch blog (June 2023) reported “up to 24× higher throughput”. Compared with what, and on which set-up?',
        explanation:
          'The 24× figure is against Hugging Face Transformers, for LLaMA-7B on an A10G and LLaMA-13B on an A100-40GB with ShareGPT lengths; 14–24× with one output per request.',
        terms: ['vllm'],
        source: SRC.vllmLaunchBlog.url,
      },
      'Hugging Face Transformers, with LLaMA-7B on an A10G and LLaMA-13B on an A100-40GB',
      [
        ['Text Generation Inference (TGI), on H100 GPUs', 'The TGI comparison was “up to 3.5×”, and the tests ran on an A10G and an A100-40GB, not H100s.'],
        ['FasterTransformer and Orca, at the same latency', 'That is the PagedAttention paper’s 2–4× claim, not the launch blog’s 24×.'],
        ['vLLM V0, on Llama-3 8B', 'The V0 comparison (up to 1.7×) is from the V1 blog of January 2025.'],
      ],
    ),
    numeric(
      {
        ...base(4),
        prompt: 'Up to how many times the throughput of TGI did the vLLM launch blog report?',
        explanation: 'Up to 3.5× over TGI (3.3–3.5× with three parallel outputs per request, 2.2–2.5× with one).',
        source: SRC.vllmLaunchBlog.url,
      },
      3.5,
      '×',
      { traps: [[24, '24× is the comparison with Hugging Face Transformers, not TGI.'], [2.2, '2.2–2.5× is the range with one output per request; the headline “up to” is 3.5×.']] },
    ),
    match(
      {
        ...base(5),
        prompt: 'Match each headline claim with its baseline.',
        explanation:
          '24× and 3.5× are from the June 2023 launch blog (HF Transformers and TGI); 2–4× at the same latency is the SOSP 2023 paper’s claim against FasterTransformer and Orca; 1.7× is V1 against V0 (January 2025).',
        source: SRC.pagedAttentionPaper.url,
      },
      [
        ['Up to 24× throughput', 'Hugging Face Transformers'],
        ['Up to 3.5× throughput', 'Text Generation Inference (TGI)'],
        ['2–4× throughput at the same latency', 'FasterTransformer and Orca'],
        ['Up to 1.7× throughput', 'The vLLM V0 engine'],
      ],
    ),
    multiple(
      {
        ...base(6),
        prompt: 'Which statements about the KV-memory waste figures are accurate?',
        explanation:
          'The blog says prior systems wasted 60–80 % and PagedAttention under 4 %. The paper measured that only 20.4–38.2 % of KV memory held token states in earlier systems; the “under 4 %” figure is the blog’s.',
        terms: ['paged-attention', 'internal-fragmentation'],
        source: SRC.vllmLaunchBlog.url,
      },
      ['With PagedAttention, waste is limited to each sequence’s last block: under 4 % (launch blog)', 'Earlier systems wasted 60–80 % of KV memory to fragmentation and over-reservation'],
      [
        ['The paper’s Figure 2 shows vLLM wasting exactly 4 %', 'The “under 4 %” number comes from the launch blog; the paper speaks of near-zero waste.'],
        ['Earlier systems wasted 20.4–38.2 % of KV memory', 'That range is the share that did hold token states; the waste was the rest, about 62–80 %.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'Which layer decides which vLLM replica serves a given request in an llm-d deployment?',
        explanation: 'The Endpoint Picker chooses the endpoint per request; KServe creates and configures objects but does not pick pods per request, and vLLM only schedules within its own replica.',
        terms: ['endpoint-picker', 'kserve'],
      },
      'The Endpoint Picker, consulted by the gateway’s proxy',
      [
        ['The KServe controller', 'KServe declares and creates the serving objects; it is not on the per-request path.'],
        ['The vLLM scheduler', 'vLLM’s scheduler batches requests inside one replica; it never sees the other replicas.'],
        ['The Kubernetes Service in front of the pods', 'A Service spreads connections without LLM state; llm-d replaces that choice with the EPP.'],
      ],
    ),
  ],
};

export default check;

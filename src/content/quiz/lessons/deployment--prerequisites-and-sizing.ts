import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'deployment/prerequisites-and-sizing';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'architecture' as const });
const KSERVE_DEPS = 'https://github.com/kserve/kserve/blob/v0.20.0/kserve-deps.env';

/**
 * Items 3, 4 and 5 are graded by the course's capacity model (capacitySearch in src/sim/patterns):
 * tests/unit/content/deployment-lessons.test.ts recomputes their answers.
 */
const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'What is the oldest Kubernetes version KServe v0.20 states it supports?',
        explanation: 'KServe’s quickstart for v0.20 asks for Kubernetes 1.32 or newer; `kubectl version` shows the server version.',
        terms: ['kserve'],
        source: 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20/getting-started/quickstart-guide.md',
      },
      '1.32',
      [
        ['1.25', 'Far too old: KServe’s current CRDs and the Gateway API versions it pins need a recent API server.'],
        ['1.33', 'That is the minimum for `oci+native://` image volumes, not for KServe itself.'],
        ['Any version with GPUs', 'KServe states a minimum; GPUs are a separate requirement.'],
      ],
    ),
    numeric(
      {
        ...base(2),
        prompt: 'How many KiB of KV cache does one token take for Qwen2.5-32B in bf16? (64 layers, 8 KV heads, head dimension 128)',
        explanation: '2 (key and value) × 64 layers × 8 KV heads × 128 × 2 bytes = 262,144 bytes = 256 KiB.',
        terms: ['kv-bytes-per-token', 'capacity-planning'],
      },
      256,
      'KiB',
      { traps: [[128, 'You left out the factor 2: every token stores a key and a value.'], [1280, 'Use the 8 KV heads, not the 40 query heads: grouped-query attention shares KV heads.']] },
    ),
    numeric(
      {
        ...base(3),
        prompt: 'In the course’s capacity model, what is the smallest tensor-parallel degree at which one Qwen2.5-32B replica works on H100 80 GB with an 8,192-token context?',
        explanation: 'At TP 1 the bf16 weights alone take about 61 GiB of the 72 GiB vLLM may use (0.9 × 80 GiB), leaving too little for the KV cache. At TP 2 each GPU holds about 30.5 GiB of weights and the replica holds 313,344 tokens of KV cache.',
        terms: ['tensor-parallelism', 'gpu-memory-utilization', 'capacity-planning'],
      },
      2,
      'GPUs',
      { traps: [[1, 'The weights fit, but barely: too little is left for the KV cache of even a few full sequences.'], [4, 'TP 4 works, but TP 2 already leaves room for 38 full sequences.']] },
    ),
    numeric(
      {
        ...base(4),
        prompt: 'Chat at 10 requests a second on Qwen2.5-32B (TP 2 replicas on H100, prefix-aware router), objectives TTFT p90 ≤ 1 s and ITL p90 ≤ 50 ms. How many replicas does the course’s capacity model say are needed?',
        explanation: 'One replica queues: its TTFT p90 reaches about 7.8 s. Two replicas meet both objectives (TTFT p90 about 0.064 s, ITL p90 about 25.7 ms), so the plan is 4 GPUs.',
        terms: ['capacity-planning', 'slo', 'waiting-queue'],
      },
      2,
      'replicas',
      { traps: [[1, 'One replica fits in memory but cannot keep up: requests queue and TTFT p90 reaches seconds.'], [4, 'That is the GPU count (two replicas of TP 2), not the replica count.']] },
    ),
    numeric(
      {
        ...base(5),
        prompt: 'One TP 2 replica of Qwen2.5-32B on H100 holds 313,344 tokens of KV cache. How many requests of the full 8,192-token context fit in it at once?',
        explanation: '313,344 ÷ 8,192 = 38.25, so 38 full sequences; short chat turns use far less, so many more of them fit in practice.',
        terms: ['max-model-len', 'kv-cache'],
      },
      38,
      'requests',
      { traps: [[256, 'That is vLLM’s default max_num_seqs, a cap on the batch, not what the KV cache holds at full length.']] },
    ),
    single(
      {
        ...base(6),
        prompt: 'A team serves forty small models, most of them used a few times a day, and idle GPUs cost more than a two-minute wait. Which install path fits best?',
        explanation: 'KServe’s Knative mode scales InferenceServices to zero and back on the first request; the price is a cold start of minutes for LLMs.',
        terms: ['deployment-mode', 'scale-to-zero', 'inference-service'],
        source: SRC.kserveAutoscaling.url,
      },
      'KServe Knative mode with InferenceServices that scale to zero',
      [
        ['KServe Standard mode with LLMInferenceService and fixed replicas', 'Fixed replicas keep forty models’ GPUs busy doing nothing.'],
        ['llm-d on its own with the optimized-baseline guide', 'That guide runs eight replicas of one model; it does not scale idle models to zero by default.'],
        ['Any path: the install path does not change GPU cost', 'Whether idle replicas can go to zero depends on the path.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'Why does this module install cert-manager v1.17.0, Gateway API v1.5.1 and LWS v0.8.0 rather than the newest release of each?',
        explanation: 'Those are the versions in KServe v0.20.0’s kserve-deps.env, the set its own install scripts and end-to-end tests use. Upgrade them together with KServe, after a staging run.',
        terms: ['cert-manager', 'gateway-api', 'leaderworkerset'],
        source: KSERVE_DEPS,
      },
      'They are the versions KServe v0.20.0’s own install scripts and tests use',
      [
        ['Newer releases do not exist', 'Newer releases exist for several of them (for example Knative Serving v1.23.0).'],
        ['Helm cannot install newer versions', 'Helm installs whatever version you name.'],
        ['Older versions are always more secure', 'Age is not security; the point is a combination that was tested together.'],
      ],
    ),
    multiple(
      {
        ...base(8),
        prompt: 'The sizing calculator gives 2 replicas. Which of its assumptions must your own load test confirm?',
        explanation: 'Prompt and output lengths and the share of shared prefixes come from the course’s synthetic workload, the step times from an H100 calibration, and the answer assumes no replica is down. The KV bytes per token are fixed by the architecture and need no test.',
        terms: ['capacity-planning', 'prefix-cache-hit-rate'],
      },
      [
        'That your prompt and answer lengths and shared prefixes look like the workload it simulated',
        'That your GPUs and engine version run as fast as its calibration',
        'That you can lose a replica during an upgrade and still meet the objectives',
      ],
      [
        ['The KV-cache bytes per token of the model', 'That follows from the model’s architecture (layers, KV heads, head size), not from traffic.'],
        ['That Kubernetes can schedule a pod with two GPUs', 'That is a cluster check, not a load-test result.'],
      ],
    ),
    single(
      {
        ...base(9),
        prompt: 'You deploy a model into a namespace labelled control-plane, and the server starts with an empty /mnt/models. Why?',
        explanation: 'KServe’s webhook skips namespaces labelled control-plane, so the storage initializer is never injected and nothing downloads the weights.',
        terms: ['storage-initializer', 'inference-service'],
        source: 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20/getting-started/genai-first-isvc.md',
      },
      'KServe’s webhook skips that namespace, so no storage initializer runs',
      [
        ['The model is gated and the token is wrong', 'A bad token makes the storage initializer fail visibly; here it never ran.'],
        ['control-plane namespaces have no GPU quota', 'Quota would stop the pod from being created, not empty its model directory.'],
        ['vLLM deletes the weights after loading them', 'vLLM reads the weights; it does not delete them.'],
      ],
    ),
  ],
};

export default check;

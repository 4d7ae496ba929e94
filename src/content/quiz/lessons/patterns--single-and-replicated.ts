import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'patterns/single-and-replicated';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'architecture' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'One vLLM replica serves an internal tool. Which signal says it is time to add replicas?',
        explanation: 'Requests waiting in the engine’s queue under normal load mean demand exceeds what one replica admits; the wait is added to every first token.',
        terms: ['waiting-queue', 'queue-time'],
      },
      'vllm:num_requests_waiting stays above zero under normal load',
      [
        ['GPU utilisation reads 90 %', 'A busy GPU can still meet every objective; utilisation says little about queueing.'],
        ['The prefix-cache hit rate is high', 'That is good news about reuse, not a capacity problem.'],
        ['The model uses two GPUs', 'The tensor-parallel degree is set by memory, not by load.'],
      ],
    ),
    numeric(
      {
        ...base(2),
        prompt: 'In the course’s model, one Qwen2.5-32B replica (TP 2, H100) serves chat at 10 requests per second for 120 s. What percentage of requests meets the 1 s TTFT and 50 ms ITL objective (its SLO attainment)?',
        explanation: 'The replica saturates: its queue grows, TTFT p90 reaches about 7 s and fewer than half the requests are served within the objective. Four replicas hold every request within it.',
        terms: ['slo-attainment', 'waiting-queue'],
      },
      43.6,
      '%',
      { absTolerance: 3, traps: [[100, 'That is four replicas at this rate, or one replica at 4 requests per second.']] },
    ),
    single(
      {
        ...base(3),
        prompt: 'Why does the balancer in front of LLM replicas matter more than in front of web servers?',
        explanation: 'Each replica holds a different prefix cache, and requests differ in cost by orders of magnitude; round robin ignores both. llm-d’s optimized baseline cut TTFT p90 from 154.1 s to 0.9 s against a Kubernetes Service.',
        terms: ['round-robin', 'prefix-cache-aware-routing', 'kubernetes-service'],
        source: SRC.llmdOptimizedBaseline.url,
      },
      'Replicas differ in what they have cached and requests differ hugely in cost, so the choice of replica changes the work done',
      [
        ['LLM replicas cannot share a Kubernetes Service', 'They can; the Service just balances without knowing about caches or load.'],
        ['Round robin breaks streaming responses', 'Streaming works over any balancer; the problem is efficiency.'],
        ['Only one replica may hold the weights at a time', 'Every replica holds its own copy of the weights.'],
      ],
    ),
    multiple(
      {
        ...base(4),
        prompt: 'Which of these can run an autoscaling pool of LLM replicas on KServe v0.20?',
        explanation: 'Knative mode uses the KPA; Standard mode uses KEDA on an engine metric; an LLMInferenceService scales with llm-d’s Workload Variant Autoscaler through `spec.scaling.wva`.',
        terms: ['kpa', 'keda', 'workload-variant-autoscaler'],
        source: SRC.kserveAutoscaling.url,
      },
      ['Knative mode with the KPA and minReplicas: 0', 'Standard mode with KEDA on vllm:num_requests_waiting', 'An LLMInferenceService with spec.scaling.wva'],
      [
        ['An LLMInferenceService with both spec.replicas and spec.scaling', 'The CRD rejects that combination: it is a fixed count or a scaling block.'],
        ['A Kubernetes Service with sessionAffinity', 'Affinity pins clients; it adds no replicas.'],
      ],
    ),
    numeric(
      {
        ...base(5),
        prompt: 'In the model’s diurnal day (mean 10 requests per second, 600 s), four fixed replicas spend 1.462 GPU-hours. The Knative pool with scale to zero spends 0.926. How many replicas does it run on average over the day?',
        explanation: 'Four replicas × 0.926 ÷ 1.462 ≈ 2.5 replicas on average. The price: three cold starts of about 80 s during the morning ramp, and SLO attainment falls from 1.00 to about 0.78.',
        terms: ['kpa', 'scale-to-zero', 'cold-start'],
      },
      2.5,
      'replicas',
      { absTolerance: 0.15, traps: [[4, 'That is the fixed pool.']] },
    ),
    single(
      {
        ...base(6),
        prompt: 'KServe’s Fluid sample scaled Llama-3.1-8B from zero. What changed the first response from 265 s to 50 s?',
        explanation: 'The weights came from a cache on the node instead of being downloaded by the storage initializer. Local weights are the largest single saving in a cold start.',
        terms: ['cold-start', 'local-model-cache', 'storage-initializer'],
        source: SRC.kserveModelCache.url,
      },
      'Serving the weights from a cache on the node instead of downloading them',
      [
        ['Switching from Knative to KEDA', 'The autoscaler does not change how long a pod takes to load.'],
        ['Using tensor parallelism', 'The sample used one GPU both times.'],
        ['Lowering the concurrency target', 'The target changes when pods are added, not how fast one starts.'],
      ],
    ),
  ],
};

export default check;

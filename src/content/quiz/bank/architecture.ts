/** Hand-written practice items on architecture choices and the stack as a whole. */
import { SRC } from '../../glossary/sources.ts';
import { match, multiple, order, single } from '../../../quiz/build.ts';
import type { QuizItem } from '../../../quiz/schema.ts';

const b = (slug: string, lesson: string) => ({ id: `bank:architecture:${slug}`, topic: 'architecture' as const, lesson });

export const ARCHITECTURE_BANK: QuizItem[] = [
  order(
    { ...b('kserve-gateway-epp-vllm', 'overview/the-serving-stack'), prompt: 'Order the path of a request through KServe → gateway → Endpoint Picker → vLLM for an LLMInferenceService.', explanation: 'The request hits the Gateway via the HTTPRoute KServe created; the proxy asks the EPP over ext_proc; the EPP returns a pod; the proxy forwards to that vLLM pod, which schedules the request onto the GPU.', terms: ['llm-inference-service', 'httproute', 'endpoint-picker', 'vllm'], source: SRC.kserveLlmisvc.url },
    [
      'Client calls the model’s URL on the Gateway',
      'The HTTPRoute created by KServe sends it to the InferencePool backend',
      'The proxy consults the Endpoint Picker over ext_proc',
      'The Endpoint Picker returns the chosen pod',
      'The proxy forwards the request to that vLLM pod',
      'vLLM schedules it into a batch on the GPU',
    ],
  ),
  match(
    { ...b('who-does-what', 'overview/the-serving-stack'), prompt: 'Match each job with the layer that does it.', explanation: 'KServe declares and creates; the EPP picks a pod per request; vLLM batches and manages KV memory; Knative or KEDA/HPA change replica counts.', terms: ['kserve', 'endpoint-picker', 'vllm', 'kpa'] },
    [
      ['Creates pods, routes and runtime config from one resource', 'KServe'],
      ['Chooses a replica for each request', 'The Endpoint Picker'],
      ['Batches tokens and manages KV blocks', 'vLLM'],
      ['Changes the number of replicas', 'An autoscaler (KPA, HPA or KEDA)'],
    ],
  ),
  multiple(
    { ...b('optional-layers', 'overview/the-serving-stack'), prompt: 'Which parts of the stack are optional for serving an LLM on Kubernetes?', explanation: 'Knative is only used by InferenceServices in Knative mode; llm-d routing is optional (a Service works, poorly); P/D is an advanced pattern. vLLM (or another engine) and GPUs are not optional.', terms: ['knative-serving', 'disaggregated-serving', 'llm-d'] },
    ['Knative', 'Prefill/decode disaggregation', 'The llm-d Endpoint Picker (a plain Service also works, with worse routing)'],
    [
      ['A model server such as vLLM', 'Something must run the model.'],
      ['GPUs or other accelerators', 'CPU serving exists but not for models of this size at useful speed.'],
    ],
  ),
  single(
    { ...b('start-here', 'patterns/choosing-an-architecture'), prompt: 'Which llm-d well-lit path is the usual starting point?', explanation: 'The optimized baseline (prefix- and load-aware routing); adopt precise routing, P/D, tiered caching or wide EP when measurements show the need.', terms: ['well-lit-path', 'prefix-cache-aware-routing'], source: SRC.llmdOptimizedBaseline.url },
    'The optimized baseline: prefix- and load-aware routing',
    [
      ['Wide expert parallelism', 'That targets large MoE models on many GPUs.'],
      ['P/D disaggregation', 'P/D is for specific workloads (long inputs, large models).'],
      ['Scale to zero', 'Not an llm-d path, and costly for LLMs.'],
    ],
  ),
  single(
    { ...b('benchmark-claim', 'patterns/choosing-an-architecture'), prompt: 'A vendor claims “up to 3× throughput”. What do you need before trusting it for your workload?', explanation: 'The baseline, hardware, model, input/output lengths, arrival pattern, latency at which throughput was measured, and date — then measure your own workload.', terms: ['throughput', 'goodput'] },
    'The baseline, hardware, model, token lengths, load pattern, latency target and date',
    [
      ['Only the GPU model', 'Workload and baseline matter at least as much.'],
      ['Nothing: “up to” means typical', '“Up to” is the best case.'],
      ['The number of GitHub stars', 'Popularity says nothing about performance on your workload.'],
    ],
  ),
];

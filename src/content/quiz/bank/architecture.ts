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
  match(
    { ...b('pattern-for-need', 'patterns/choosing-an-architecture'), prompt: 'Match each workload trait with the pattern it points to.', explanation: 'Each pattern answers one measured problem: prefix reuse → prefix-aware routing; reuse beyond HBM → KV tiers; ITL on long prompts → P/D; a daily curve → autoscaling with a warm floor; a model too big for one node → a multi-node replica.', terms: ['prefix-cache-aware-routing', 'tiered-prefix-cache', 'disaggregated-serving', 'kpa', 'leaderworkerset'] },
    [
      ['Shared system prompts and conversation history', 'Prefix-aware (caching-first) routing'],
      ['Reused documents far larger than the replicas’ HBM', 'A tiered KV cache'],
      ['Long prompts with a strict inter-token objective', 'Prefill/decode disaggregation'],
      ['Traffic that follows the working day', 'An autoscaling pool with a warm floor'],
      ['A model that does not fit in one node', 'A multi-node replica as a LeaderWorkerSet'],
    ],
  ),
  order(
    { ...b('selection-order', 'patterns/choosing-an-architecture'), prompt: 'Put the steps of choosing a serving architecture in a sensible order.', explanation: 'Size and tune one replica first, because every copy inherits its settings; then replicate behind a cache- and load-aware router; decide on elasticity; add specialised patterns only when a metric asks for them.', terms: ['tensor-parallelism', 'max-num-seqs', 'endpoint-picker'] },
    [
      'Pick the smallest tensor-parallel degree that fits with room for KV',
      'Load-test and tune one replica (max_num_seqs, token budget)',
      'Replicate it behind a prefix- and load-aware router',
      'Decide on autoscaling and its warm floor',
      'Add P/D, KV tiers or federation when a measurement calls for one',
    ],
  ),
  multiple(
    { ...b('anti-pattern-signals', 'patterns/choosing-an-architecture'), prompt: 'Which pairs of symptom and anti-pattern match?', explanation: 'A low hit rate with shared prompts means the router scatters them; TTFT p99 in minutes with a healthy p50 means cold starts; climbing preemptions with KV usage near 1 means too many sequences admitted.', terms: ['round-robin', 'cold-start', 'preemption'] },
    [
      'Prefix hit rate far below the workload’s sharing → round robin over shared prefixes',
      'TTFT p99 in minutes while p50 looks fine → scale to zero for a large model',
      'vllm:num_preemptions climbing with KV usage near 1 → an oversized max_num_seqs',
    ],
    [
      ['ITL doubles after moving TP 8 into one NVLink node → TP across nodes', 'Moving TP into one node is the fix; the slow case is TP over a slow link between nodes.'],
      ['One replica’s queue is empty while four small ones queue → one giant replica', 'The giant replica is the one whose queue grows on long prompts.'],
    ],
  ),
  single(
    { ...b('failover-loses-streams', 'patterns/federation-and-caching'), prompt: 'A region fails while it is streaming answers. What happens to those requests in a federated deployment?', explanation: 'A streamed answer cannot continue in another region; the requests are lost and the clients must retry. Later turns go to the surviving region at the inter-region round trip.', terms: ['region-failover', 'multi-region-federation'] },
    'They are lost; clients retry, and later turns go to the other region',
    [
      ['They continue in the other region from the last token', 'The KV cache and the stream live in the failed region.'],
      ['The global router replays them transparently at no cost', 'A replay is a retry from the start, with a new prefill.'],
      ['They finish, because pods drain before a region fails', 'A failure is not a graceful drain.'],
    ],
  ),
];

import { SRC } from '../../glossary/sources.ts';
import { numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'deployment/deploying-a-model';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'kserve' as const });
const FIRST_LLMISVC = 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20/getting-started/genai-first-llmisvc.md';
const FIRST_ISVC = 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20/getting-started/genai-first-isvc.md';

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'Which storage URI lets a new replica start without the storage initializer downloading the weights again?',
        explanation: 'A pvc:// URI mounts a volume that already holds the weights. hf://, s3:// and gs:// are downloaded by the storage initializer into /mnt/models on every new pod.',
        terms: ['storage-uri', 'storage-initializer', 'persistent-volume-claim'],
        source: SRC.kserveStorage.url,
      },
      'pvc://models-claim/qwen2.5-7b',
      [
        ['hf://Qwen/Qwen2.5-7B-Instruct', 'The storage initializer downloads it from the Hub on every new pod.'],
        ['s3://models/qwen2.5-7b', 'Also downloaded on every new pod, though usually faster than the Hub.'],
        ['gs://models/qwen2.5-7b', 'Downloaded like s3://.'],
      ],
    ),
    numeric(
      {
        ...base(2),
        prompt: 'KServe’s Fluid sample scaled Llama-3.1-8B-Instruct (15 GB) from zero: 265.3 s to the first response with the storage initializer, 50.1 s with a node-local cache. How many seconds did local weights save?',
        explanation: '265.3 − 50.1 = 215.2 s: most of that start-up was the download.',
        terms: ['local-model-cache', 'cold-start'],
        source: 'https://github.com/kserve/kserve/blob/v0.20.0/docs/samples/fluid/README.md',
      },
      215.2,
      's',
      { absTolerance: 0.5, traps: [[50.1, 'That is the start-up time with the cache, not the saving.']] },
    ),
    single(
      {
        ...base(3),
        prompt: 'An LLMInferenceService sets both replicas: 2 and a scaling block with minReplicas and maxReplicas. What happens?',
        explanation: 'The CRD has a validation rule that forbids setting both: a fixed count, or a scaling block for the Workload Variant Autoscaler.',
        terms: ['llm-inference-service', 'workload-variant-autoscaler'],
        source: 'https://github.com/kserve/kserve/blob/v0.20.0/pkg/apis/serving/v1alpha2/llm_inference_service_types.go',
      },
      'The API server rejects it: replicas and scaling are mutually exclusive',
      [
        ['replicas wins and scaling is ignored', 'The CRD does not pick one; it rejects the object.'],
        ['scaling wins and starts at 2 replicas', 'The CRD does not merge them.'],
        ['Both apply: 2 replicas per scaling step', 'There is no such combination.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'Where do you send a completion request for LLMInferenceService qwen in namespace llm-demo, through the shared Gateway?',
        explanation: 'The generated HTTPRoute matches /<namespace>/<name>/ and forwards to vLLM’s own routes, so the path is /llm-demo/qwen/v1/completions, with no /openai prefix.',
        terms: ['llm-inference-service', 'httproute'],
        source: FIRST_LLMISVC,
      },
      'http://<gateway address>/llm-demo/qwen/v1/completions',
      [
        ['http://<gateway address>/openai/v1/completions with Host: qwen.llm-demo', 'That is the Hugging Face runtime’s route for an InferenceService.'],
        ['http://qwen.llm-demo.svc:8080/v2/models/qwen/infer', 'That is the Open Inference Protocol route of predictive runtimes.'],
        ['http://<gateway address>/v1/completions with no prefix', 'The route is scoped by namespace and name.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'An InferenceService on the Hugging Face runtime serves chat completions at which path?',
        explanation: 'The runtime serves its OpenAI-compatible routes under /openai/v1/… (completions, chat/completions, embeddings, rerank); the gateway selects the service by the Host from status.url.',
        terms: ['huggingface-runtime', 'openai-compatible-api'],
        source: FIRST_ISVC,
      },
      '/openai/v1/chat/completions, with the Host header from status.url',
      [
        ['/v1/chat/completions, like plain vLLM', 'The Hugging Face runtime adds the /openai prefix (configurable with KSERVE_OPENAI_ROUTE_PREFIX).'],
        ['/<namespace>/<name>/v1/chat/completions', 'That is the LLMInferenceService gateway path.'],
        ['/v2/models/<name>/generate', 'That is a different protocol.'],
      ],
    ),
    single(
      {
        ...base(6),
        prompt: 'vLLM takes 6 minutes to load a 70B model, and the liveness probe keeps restarting the pod. What is the fix?',
        explanation: 'A startup probe with enough failureThreshold × periodSeconds holds off the liveness probe until the server is up; KServe’s vLLM runtime allows 60 × 30 s.',
        terms: ['readiness-probe', 'cold-start'],
        source: SRC.k8sProbes.url,
      },
      'Add a startup probe that allows enough time for loading',
      [
        ['Remove the readiness probe', 'Then traffic would reach a server that is still loading.'],
        ['Raise gpu_memory_utilization', 'Memory settings do not change loading time.'],
        ['Increase maxReplicas', 'More replicas would all be restarted the same way.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'How do you make sure the pods you start next month serve exactly the weights you tested today?',
        explanation: 'hf://org/repo follows the repository’s main branch; hf://org/repo:revision pins a commit. Copying the weights to your own store or a tagged modelcar image also pins them.',
        terms: ['storage-uri', 'hugging-face-hub'],
        source: 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20/model-serving/storage/providers/hf.md',
      },
      'Pin a commit in the URI (hf://org/repo:revision) or copy the weights to your own store',
      [
        ['Use imagePullPolicy: IfNotPresent', 'That concerns container images, not weights downloaded by the storage initializer.'],
        ['Set minReplicas: 1 so the pod never restarts', 'Pods are replaced by upgrades and node failures anyway.'],
        ['Nothing: Hugging Face model repositories never change', 'Repositories can receive new commits under the same name.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'An LLMInferenceService has router: {gateway: {}, route: {}} but no scheduler. What changes?',
        explanation: 'Without the scheduler there is no managed InferencePool with the llm-d Endpoint Picker, so requests are spread without the prefix-cache and load scorers (KServe ships a no-scheduler sample for this).',
        terms: ['endpoint-picker', 'inference-pool'],
        source: 'https://github.com/kserve/kserve/blob/v0.20.0/docs/samples/llmisvc/single-node-gpu/llm-inference-service-qwen2-7b-gpu-no-scheduler.yaml',
      },
      'Requests are spread without the llm-d Endpoint Picker’s cache- and load-aware scoring',
      [
        ['The service gets no route and cannot be reached', 'The route and gateway are still there.'],
        ['vLLM runs without a KV cache', 'The engine is unchanged; only the routing differs.'],
        ['Requests go to one replica only', 'They are still spread over the replicas, just without scoring.'],
      ],
    ),
    single(
      {
        ...base(9),
        prompt: 'An InferenceService requests nvidia.com/gpu: "1" but limits nvidia.com/gpu: "2". What happens?',
        explanation: 'GPUs are an extended resource and cannot be overcommitted: requests must equal limits, so the API server rejects the pod spec. Set both to the tensor-parallel degree.',
        terms: ['device-plugin', 'tensor-parallelism'],
        source: SRC.k8sDevicePlugins.url,
      },
      'The pod is rejected: for GPUs, requests must equal limits',
      [
        ['The pod gets one GPU and may burst to two', 'Extended resources do not burst.'],
        ['The pod gets two GPUs', 'The spec is invalid, so it gets none.'],
        ['vLLM picks tensor-parallel size 2 automatically', 'The pod never starts.'],
      ],
    ),
  ],
};

export default check;

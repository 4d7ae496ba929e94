import { SRC } from '../../glossary/sources.ts';
import { match, multiple, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'kserve/inference-service';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'kserve' as const });
const KS = 'https://github.com/kserve/kserve/blob/v0.20.0';

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'An InferenceService sets modelFormat.name: huggingface for a text-generation model and requests one GPU. What serves it?',
        explanation: 'The format selects the kserve-huggingfaceserver ClusterServingRuntime, which uses vLLM for generative tasks by default (falling back to Transformers) and picks its GPU image.',
        terms: ['huggingface-runtime', 'serving-runtime', 'inference-service'],
        source: SRC.kserveGenAi.url,
      },
      'The kserve-huggingfaceserver runtime, using vLLM by default',
      [
        ['An llm-d Endpoint Picker', 'An InferenceService does not involve the EPP; LLMInferenceService does.'],
        ['Plain Hugging Face Transformers, always', 'Transformers is the fallback when vLLM cannot serve the model.'],
        ['Triton Inference Server', 'Triton is another runtime, not selected by the huggingface format.'],
      ],
    ),
    match(
      {
        ...base(2),
        prompt: 'Match each deployment with the URL of its chat completions endpoint (KServe v0.20).',
        explanation: 'The Hugging Face runtime prefixes OpenAI routes with /openai (KSERVE_OPENAI_ROUTE_PREFIX); the vLLM runtime exposes vLLM’s own /v1 routes; an LLMInferenceService is reached on the shared gateway under /<namespace>/<name>, which its HTTPRoute strips before forwarding.',
        terms: ['huggingface-runtime', 'openai-compatible-api', 'llm-inference-service'],
        source: `${KS}/config/llmisvcconfig/config-llm-router-route.yaml`,
      },
      [
        ['InferenceService, huggingface format', '/openai/v1/chat/completions'],
        ['InferenceService, vLLM format', '/v1/chat/completions'],
        ['LLMInferenceService qwen in namespace demo', '/demo/qwen/v1/chat/completions'],
      ],
      ['/v2/models/qwen/infer'],
    ),
    multiple(
      {
        ...base(3),
        prompt: 'An InferenceService runs in Standard mode with the default autoscaler class and Gateway API enabled. Which objects does the KServe controller create?',
        explanation: 'Standard mode is plain Kubernetes: a Deployment and Service named <name>-predictor, an HPA (the default autoscalerClass hpa) and HTTPRoutes on the KServe gateway. Revisions and the activator belong to Knative mode.',
        terms: ['deployment-mode', 'kubernetes-deployment', 'hpa', 'httproute'],
        source: 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20/admin-guide/kubernetes-deployment.md',
      },
      ['A Deployment <name>-predictor', 'A Service <name>-predictor', 'A HorizontalPodAutoscaler', 'HTTPRoutes on the KServe gateway'],
      [
        ['A Knative Revision', 'Revisions exist only in Knative mode.'],
        ['An activator Deployment for the model', 'The activator is part of Knative Serving, shared by all revisions, and absent in Standard mode.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'You select the v0.20 vLLM runtime with modelFormat.name: vllm (lower case) and the InferenceService never becomes ready. What is the likely failure reason in status.modelStatus?',
        explanation: 'kserve-vllmserver declares the format “vLLM” and runtime auto-selection compares names case-sensitively, so no runtime matches: lastFailureInfo.reason is NoSupportingRuntime.',
        terms: ['serving-runtime', 'inference-service'],
        source: `${KS}/config/runtimes/kserve-vllmserver.yaml`,
      },
      'NoSupportingRuntime',
      [
        ['ModelLoadFailed', 'No server ever started, so nothing failed to load.'],
        ['RuntimeUnhealthy', 'That needs a selected runtime; none matched.'],
        ['InvalidPredictorSpec', 'The spec is valid against the schema; only the runtime lookup fails.'],
      ],
    ),
    multiple(
      {
        ...base(5),
        prompt: 'An LLMInferenceService has router: {gateway: {}, route: {}, scheduler: {}}. What does KServe v0.20 create for it?',
        explanation: 'route: {} makes an HTTPRoute attached to the shared gateway from inferenceservice-config; scheduler: {} makes an InferencePool (FailOpen) and an Endpoint Picker. With no gateway refs KServe does not create a Gateway of its own, and LLMInferenceService does not use Knative.',
        terms: ['llm-inference-service', 'inference-pool', 'endpoint-picker', 'httproute'],
        source: SRC.kserveLlmisvc.url,
      },
      ['An HTTPRoute on the shared KServe gateway', 'An InferencePool selecting the vLLM pods', 'A managed Endpoint Picker'],
      [
        ['A new Gateway named after the service', 'Without gateway.refs the route attaches to the shared kserve-ingress-gateway; the controller does not create Gateways.'],
        ['A Knative Service with scale-to-zero', 'LLMInferenceService builds on Gateway API and llm-d, not Knative.'],
      ],
    ),
    order(
      {
        ...base(6),
        prompt: 'Order the hops of a chat completion to an LLMInferenceService with a managed router.',
        explanation: 'The gateway matches the HTTPRoute rule for /<namespace>/<name>/v1/chat/completions, which rewrites the path to /v1/chat/completions and targets the InferencePool; the gateway asks the Endpoint Picker for a pod over ext_proc and forwards the request to vLLM on port 8000.',
        terms: ['llm-inference-service', 'inference-pool', 'endpoint-picker', 'ext-proc'],
        source: `${KS}/config/llmisvcconfig/config-llm-router-route.yaml`,
      },
      [
        'The client posts to /<namespace>/<name>/v1/chat/completions on the gateway',
        'The HTTPRoute rule matches and rewrites the path to /v1/chat/completions',
        'The gateway asks the Endpoint Picker which pod of the InferencePool to use',
        'The request reaches vLLM on port 8000 of the chosen pod',
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'kubectl get isvc shows READY False. PredictorReady is False, IngressReady is True, and the pod’s storage-initializer container keeps failing. Where do you look first?',
        explanation: 'The init container downloads the weights from storageUri; its log shows a wrong URI or missing credentials. The route is fine (IngressReady True), and the engine has not started yet.',
        terms: ['storage-initializer', 'storage-uri', 'inference-service'],
        source: SRC.kserveStorage.url,
      },
      'kubectl logs <pod> -c storage-initializer',
      [
        ['The HTTPRoute’s status', 'IngressReady is True: routing is not the problem.'],
        ['kubectl logs <pod> -c kserve-container', 'The server container does not start until the init container succeeds.'],
        ['The Knative activator’s log', 'The activator buffers requests; it does not download models.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'In which KServe release did LLMInferenceService first appear?',
        explanation: 'v0.16.0 introduced it as serving.kserve.io/v1alpha1; v1alpha2, the storage version in v0.20, followed in v0.17.0.',
        terms: ['llm-inference-service'],
        source: SRC.kserveRepo.url,
      },
      'v0.16',
      [
        ['v0.15', 'The repository history shows it first in v0.16.0.'],
        ['v0.20', 'v0.20 added the plain vLLM runtime; LLMInferenceService is older.'],
        ['v0.11', 'v0.11 predates the llm-d integration by two years.'],
      ],
    ),
  ],
};

export default check;

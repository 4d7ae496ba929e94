import { SRC } from '../../glossary/sources.ts';
import { match, multiple, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'kserve/inference-service';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'kserve' as const });

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
    single(
      {
        ...base(2),
        prompt: 'Where does the Hugging Face runtime expose the OpenAI chat endpoint?',
        explanation: 'OpenAI routes are prefixed with /openai (KSERVE_OPENAI_ROUTE_PREFIX), so chat completions are at /openai/v1/chat/completions.',
        terms: ['huggingface-runtime', 'openai-compatible-api'],
        source: SRC.kserveGenAi.url,
      },
      '/openai/v1/chat/completions',
      [
        ['/v1/chat/completions', 'That is vLLM’s native path; KServe’s runtime adds the /openai prefix.'],
        ['/v2/models/<name>/infer', 'That is the Open Inference Protocol path for predictive models.'],
        ['/<namespace>/<name>/v1/chat/completions', 'That is how an LLMInferenceService is exposed on its gateway.'],
      ],
    ),
    match(
      {
        ...base(3),
        prompt: 'Match each InferenceService field with its effect.',
        explanation: 'storageUri locates the weights; minReplicas: 0 allows scale-to-zero in Knative mode; canaryTrafficPercent splits traffic to a new revision; modelFormat selects the runtime.',
        terms: ['storage-uri', 'scale-to-zero', 'canary-rollout', 'serving-runtime'],
      },
      [
        ['storageUri', 'Where the model files are downloaded or mounted from'],
        ['minReplicas: 0', 'Lets the model scale to zero (Knative mode)'],
        ['canaryTrafficPercent', 'Share of traffic sent to the newest revision'],
        ['modelFormat.name', 'Selects the serving runtime'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'In which KServe release did LLMInferenceService first appear?',
        explanation: 'v0.16.0 introduced it as serving.kserve.io/v1alpha1; v1alpha2 followed in v0.17.0.',
        terms: ['llm-inference-service'],
        source: SRC.kserveRepo.url,
      },
      'v0.16',
      [
        ['v0.15', 'The repository history shows it first in v0.16.0.'],
        ['v0.20', 'v0.20 added the plain vLLM runtime; LLMInferenceService is older.'],
        ['v1.0', 'KServe had not reached 1.0 at the time of writing.'],
      ],
    ),
    multiple(
      {
        ...base(5),
        prompt: 'An LLMInferenceService has router: {gateway: {}, route: {}, scheduler: {}}. What does KServe create for it?',
        explanation: 'The router block makes KServe create (or use) a Gateway, an HTTPRoute, an InferencePool and a managed Endpoint Picker in front of the vLLM pods.',
        terms: ['llm-inference-service', 'inference-pool', 'endpoint-picker', 'httproute'],
        source: SRC.kserveLlmisvc.url,
      },
      ['An HTTPRoute on a Gateway', 'An InferencePool selecting the vLLM pods', 'A managed Endpoint Picker'],
      [
        ['A Knative Service with scale-to-zero', 'LLMInferenceService builds on Gateway API and llm-d, not Knative.'],
        ['A KEDA ScaledObject by default', 'Autoscaling is configured separately under scaling.'],
      ],
    ),
  ],
};

export default check;
